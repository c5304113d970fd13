package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlternativeBarreTest {

    @TempDir
    Path dossier;

    @Test
    void refusesAnOfficeLeftAsAChoiceInAConventionToSign() {
        assertEquals(List.of("33:18: erreur[CTG-ALTERNATIVE]: le champ « qualite » laisse un choix à trancher : « Présidente/Président/Maire »"
                + " | gardez seulement ce qui convient (« Présidente », « Président » ou « Maire ») avant de faire signer la convention"),
                minimale().with("qualite: Président", "qualite: Présidente/Président/Maire").diagnostics(dossier));
    }

    @Test
    void onlyWarnsInADraftAndReadsAChoiceWithSpaces() {
        assertEquals(List.of("22:18: avertissement[CTG-ALTERNATIVE]: le champ « qualite » laisse un choix à trancher : « Directeur / Directrice »"
                + " | gardez seulement ce qui convient (« Directeur » ou « Directrice ») avant de faire signer la convention"),
                minimale().with("qualite: Directrice", "qualite: Directeur / Directrice").with("statut: a_signer", "statut: projet")
                        .diagnostics(dossier));
    }

    @Test
    void leavesSaSonToThePlaceholderRuleSoThatItIsReportedOnce() {
        assertEquals(List.of("33:18: erreur[CTG-ESPACE-RESERVE]: le champ « qualite » contient « sa/son », un texte à compléter : « sa/son"
                + " Président » | remplacez « sa/son » par le texte définitif avant de faire signer la convention"),
                minimale().with("qualite: Président", "qualite: sa/son Président").diagnostics(dossier));
    }

    @Test
    void readsOnlyThePartiesWhereASlashIsOrdinaryProseElsewhere() {
        assertEquals(List.of(), minimale().with("- La parentalité", "- L’accès aux droits / jeunes adultes").diagnostics(dossier));
    }
}
