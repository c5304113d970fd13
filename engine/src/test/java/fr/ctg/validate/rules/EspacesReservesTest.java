package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspacesReservesTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAPlaceholderNameAsAnErrorInAConventionToSign() {
        assertEquals(List.of("21:14: erreur[CTG-ESPACE-RESERVE]: le champ « nom » vaut encore « Prénom NOM », un texte à compléter"
                + " | remplacez « Prénom NOM » par le texte définitif avant de faire signer la convention"),
                minimale().with("nom: Claire MARTIN", "nom: Prénom NOM").diagnostics(dossier));
    }

    @Test
    void onlyWarnsInADraft() {
        assertEquals(List.of("21:14: avertissement[CTG-ESPACE-RESERVE]: le champ « nom » vaut encore « Prénom NOM », un texte à"
                + " compléter | remplacez « Prénom NOM » par le texte définitif avant de faire signer la convention"),
                minimale().with("nom: Claire MARTIN", "nom: Prénom NOM").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }

    @Test
    void quotesTheTextAroundAPlaceholder() {
        assertEquals(List.of("4:13: erreur[CTG-ESPACE-RESERVE]: le champ « territoire » contient « XXXX », un texte à compléter :"
                + " « Communauté de communes de XXXX » | remplacez « XXXX » par le texte définitif avant de faire signer la convention"),
                minimale().with("territoire: Communauté de communes du Val d’Exemple", "territoire: Communauté de communes de XXXX")
                        .diagnostics(dossier));
    }

    @Test
    void cutsALongTextAroundThePlaceholder() {
        assertEquals(List.of("75:15: erreur[CTG-ESPACE-RESERVE]: le champ « contexte » contient « … », un texte à compléter :"
                + " « (...) seul mode d’accueil collectif du … depuis son ouverture en 2015, (...) » | remplacez « … » par le texte"
                + " définitif avant de faire signer la convention"),
                minimale().with("collectif du territoire.", "collectif du … depuis son ouverture en 2015, avec une liste d’attente.")
                        .diagnostics(dossier));
    }

    @Test
    void findsPlaceholdersInListsByTheirPath() {
        assertEquals(List.of("42:7: erreur[CTG-ESPACE-RESERVE]: le champ « thematiques » vaut encore « XXXX », un texte à compléter"
                + " | remplacez « XXXX » par le texte définitif avant de faire signer la convention"),
                minimale().with("    - La petite enfance\n    - La parentalité", "    - XXXX\n    - La parentalité").diagnostics(dossier));
    }

    @Test
    void findsPlaceholdersInOptionalTexts() {
        assertEquals(List.of("39:12: erreur[CTG-ESPACE-RESERVE]: le champ « objet » contient « sa/son », un texte à compléter :"
                + " « autorisant sa/son Président à signer » | remplacez « sa/son » par le texte définitif avant de faire signer la"
                + " convention"),
                minimale().with("    numero: 2023-112\n", "    numero: 2023-112\n    objet: autorisant sa/son Président à signer\n")
                        .diagnostics(dossier));
    }

    @Test
    void reportsAnEmptyRequiredText() {
        assertEquals(List.of("22:18: erreur[CTG-ESPACE-RESERVE]: le champ « qualite » est vide | écrivez sa valeur définitive avant"
                + " de faire signer la convention"),
                minimale().with("qualite: Directrice", "qualite: \"\"").diagnostics(dossier));
    }

    @Test
    void leavesAnEmptyOptionalTextAlone() {
        assertEquals(List.of(), minimale().with("numero: 2023-112", "numero:").diagnostics(dossier));
    }
}
