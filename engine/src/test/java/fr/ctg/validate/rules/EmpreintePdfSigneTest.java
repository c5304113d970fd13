package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmpreintePdfSigneTest {

    private static final String EMPREINTE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path dossier;

    @Test
    void acceptsTheFingerprintOfASignedConvention() {
        assertEquals(List.of(), minimale().with("statut: a_signer", "statut: signee")
                .append("empreinte_pdf_signe: " + EMPREINTE.toUpperCase() + "\n").diagnostics(dossier));
    }

    @Test
    void warnsWhenASignedConventionDoesNotRecordItsFingerprint() {
        assertEquals(List.of("5:9: avertissement[CTG-EMPREINTE]: la convention est signée mais n’indique pas l’empreinte de son PDF signé :"
                + " rien n’empêche de le remplacer par une nouvelle génération | enregistrez le PDF signé par"
                + " « ctg enregistrer-signature DOSSIER PDF », qui écrit son empreinte et le copie dans signe/"),
                minimale().with("statut: a_signer", "statut: signee").diagnostics(dossier));
    }

    @Test
    void refusesAFingerprintThatIsNotASha256() {
        assertEquals(List.of("86:22: erreur[CTG-EMPREINTE]: l’empreinte « " + EMPREINTE.substring(1) + "z » n’est pas une empreinte SHA-256"
                + " (64 chiffres hexadécimaux, 64 caractères ici) | retirez cette ligne et enregistrez le PDF signé"
                + " par « ctg enregistrer-signature DOSSIER PDF », qui écrit son empreinte"),
                minimale().append("empreinte_pdf_signe: " + EMPREINTE.substring(1) + "z\n").diagnostics(dossier));
    }

    @Test
    void quotesOnlyTheStartOfAVeryLongValue() {
        assertEquals(List.of("86:22: erreur[CTG-EMPREINTE]: l’empreinte « " + "a".repeat(77) + "… » n’est pas une empreinte SHA-256"
                + " (64 chiffres hexadécimaux, 1000 caractères ici) | retirez cette ligne et enregistrez le PDF signé"
                + " par « ctg enregistrer-signature DOSSIER PDF », qui écrit son empreinte"),
                minimale().append("empreinte_pdf_signe: " + "a".repeat(1000) + "\n").diagnostics(dossier));
    }
}
