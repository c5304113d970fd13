package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void readsTheChoiceFromTheFirstLetterOfAWordThatStartsWithAHyphen() {
        assertEquals(List.of("33:18: erreur[CTG-ALTERNATIVE]: le champ « qualite » laisse un choix à trancher : « Vice-présidente/Maire »"
                + " | gardez seulement ce qui convient (« Vice-présidente » ou « Maire ») avant de faire signer la convention"),
                minimale().with("qualite: Président", "qualite: \"-Vice-présidente/Maire\"").diagnostics(dossier));
    }

    /** Each start inside a long word once rescanned the rest of it: 400 000 « l’ » took minutes, and are now read once. */
    @Test
    void readsAWordOfAMillionCharactersOnce() {
        String word = "l’".repeat(400_000);

        List<String> found = minimale().with("qualite: Président", "qualite: " + word + " x/Maire").diagnostics(dossier);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).startsWith("33:18: erreur[CTG-ALTERNATIVE]: le champ « qualite » laisse un choix à trancher : « x/Maire »"),
                found.get(0));
    }
}
