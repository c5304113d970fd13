package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureRequiseTest {

    static final String SIGNATURE = "signature:\n  lieu: Exempleville\n  date: 2023-12-15\n";

    @TempDir
    Path dossier;

    @Test
    void reportsAMissingSignatureInAConventionToSign() {
        assertEquals(List.of("2:1: erreur[CTG-SIGNATURE]: la convention n’indique ni le lieu ni la date de sa signature | ajoutez une"
                + " rubrique « signature: » avec « lieu: » et « date: » (AAAA-MM-JJ)"),
                minimale().with(SIGNATURE, "").diagnostics(dossier));
    }

    @Test
    void acceptsADraftWithoutSignature() {
        assertEquals(List.of(), minimale().with(SIGNATURE, "").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }

    @Test
    void quotesAPlaceholderDate() {
        assertEquals(List.of("11:9: erreur[CTG-SIGNATURE]: la date de signature n’est pas encore connue : « XXXX » | indiquez la date de"
                + " signature au format AAAA-MM-JJ"),
                minimale().with("date: 2023-12-15", "date: XXXX").diagnostics(dossier));
    }

    @Test
    void reportsASignatureAfterTheEndOfThePeriod() {
        assertEquals(List.of("11:9: erreur[CTG-SIGNATURE]: la signature (15/01/2029) viendrait après la fin de la convention (31/12/2028)"
                + " | signez au plus tard le 31/12/2028, ou corrigez la période | 8:8-8:18 fin de la convention"),
                minimale().with("date: 2023-12-15", "date: 2029-01-15").diagnostics(dossier));
    }
}
