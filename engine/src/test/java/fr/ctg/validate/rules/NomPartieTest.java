package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomPartieTest {

    private static final String HINT = " | écrivez le nom entier de la partie (« Commune de Limans », pas « Commune de ») avant de faire signer la convention";

    @TempDir
    Path dossier;

    @Test
    void refusesANameThatStopsOnACommaInAConventionToSign() {
        assertEquals(List.of("25:10: erreur[CTG-NOM-PARTIE]: le champ « nom » vaut « Commune de , », un nom inachevé qui s’arrête sur « de , »" + HINT),
                minimale().with("nom: Communauté de communes du Val d’Exemple", "nom: \"Commune de ,\"").diagnostics(dossier));
    }

    @Test
    void refusesANameThatStopsOnItsPreposition() {
        assertEquals(List.of("25:10: erreur[CTG-NOM-PARTIE]: le champ « nom » vaut « Commune de », un nom inachevé qui s’arrête sur « de »" + HINT),
                minimale().with("nom: Communauté de communes du Val d’Exemple", "nom: Commune de").diagnostics(dossier));
    }

    @Test
    void refusesTheTypeAloneAsAName() {
        assertEquals(List.of("25:10: erreur[CTG-NOM-PARTIE]: le champ « nom » vaut « Communauté de communes », le seul type de la partie sans son"
                + " nom propre" + HINT),
                minimale().with("nom: Communauté de communes du Val d’Exemple", "nom: Communauté de communes").diagnostics(dossier));
    }

    @Test
    void readsTheShortNameAndTheDesignationToo() {
        assertEquals(List.of("28:16: erreur[CTG-NOM-PARTIE]: le champ « nom_court » vaut « la Commune d’ », un nom inachevé qui s’arrête sur"
                + " « d’ »" + HINT),
                minimale().with("nom_court: la Communauté de communes", "nom_court: la Commune d’").diagnostics(dossier));
    }

    @Test
    void onlyWarnsInADraftAndAcceptsAShortNameThatIsTheType() {
        assertEquals(List.of("25:10: avertissement[CTG-NOM-PARTIE]: le champ « nom » vaut « Commune de », un nom inachevé qui s’arrête sur"
                + " « de »" + HINT),
                minimale().with("nom: Communauté de communes du Val d’Exemple", "nom: Commune de").with("statut: a_signer", "statut: projet")
                        .diagnostics(dossier));
        assertEquals(List.of(), minimale().with("nom_court: la Communauté de communes", "nom_court: la Communauté").diagnostics(dossier));
    }
}
