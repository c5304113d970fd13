package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MotFormulaireTest {

    private static final String EQUIPEMENT = """
            equipements:
              - partenaire: GESTIONNAIRE
                nom: Multi-accueil Les Lucioles
                type: EAJE
                nature: Multi accueil
                adresse: [ADRESSE]
                code_postal: "99000"
                commune: Exempleville
            """;

    @TempDir
    Path dossier;

    @Test
    void refusesTheLabelsOfAFormLeftInTheEquipmentOfAConventionToSign() {
        List<String> diagnostics = minimale().append(EQUIPEMENT).diagnostics(dossier);
        assertEquals(List.of(
                "87:17: erreur[CTG-MOT-FORMULAIRE]: le champ « partenaire » vaut « GESTIONNAIRE », l’intitulé d’une case de formulaire et non sa"
                        + " valeur | remplacez « GESTIONNAIRE » par la valeur définitive avant de faire signer la convention",
                "91:15: erreur[CTG-MOT-FORMULAIRE]: le champ « adresse » vaut « ADRESSE », l’intitulé d’une case de formulaire et non sa valeur"
                        + " | remplacez « ADRESSE » par la valeur définitive avant de faire signer la convention"), diagnostics);
    }

    @Test
    void quotesTheTextAroundTheLabelAndOnlyWarnsInADraft() {
        assertEquals(List.of("21:14: avertissement[CTG-MOT-FORMULAIRE]: le champ « nom » contient « NOM », l’intitulé d’une case de"
                + " formulaire et non sa valeur : « Claire NOM » | remplacez « NOM » par la valeur définitive avant de faire signer la convention"),
                minimale().with("nom: Claire MARTIN", "nom: Claire NOM").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }

    @Test
    void acceptsANameInCapitalsAndTheSameWordsInLowerCase() {
        assertEquals(List.of(), minimale().with("nom: Claire MARTIN", "nom: Claire NOMINE").with("qualite: Directrice", "qualite: Gestionnaire")
                .diagnostics(dossier));
    }
}
