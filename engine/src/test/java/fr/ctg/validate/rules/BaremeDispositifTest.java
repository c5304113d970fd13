package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.validate.ConventionSnippet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaremeDispositifTest {

    @TempDir
    Path dossier;

    /** A financing of {@code annee} whose lines follow, from line 86 (its first line at 91). */
    private static ConventionSnippet ligne(int annee, String champs) {
        return minimale().append("""
                financements:
                  - annee: %d
                    financeur: la Caf
                    beneficiaire: la Communauté de communes
                    lignes:
                """.formatted(annee) + champs);
    }

    @Test
    void acceptsBonusesWithinTheGuideScaleAndSchemesWithoutOne() {
        assertEquals(List.of(), ligne(2024, """
                      - dispositif: bonus_territoire
                        places: 12
                        montant: 43200
                      - dispositif: bonus_mixite_sociale
                        places: 20
                        montant: 6000
                      - dispositif: psu
                        montant: 1500000
                """).diagnostics(dossier));
    }

    @Test
    void aBonusTerritoireAboveTheScaleSinceTwentyTwentyOneIsAnErrorOnItsAmount() {
        assertEquals(List.of("93:18: erreur[CTG-BAREME]: la ligne « Bonus territoire CTG » du financement 2024 de « la Caf » fait"
                + " 3\u202f750\u00a0€ par place (45\u202f000\u00a0€ pour 12 places), hors du barème du guide de la Caf : de 2\u202f600\u00a0€"
                + " à 3\u202f600\u00a0€ par place et par an depuis 2021 | corrigez le montant ou le nombre de places | 92:17-92:19 les places"),
                ligne(2024, """
                      - dispositif: bonus_territoire
                        places: 12
                        montant: 45000
                """).diagnostics(dossier));
    }

    @Test
    void theBonusTerritoireScaleOfTwentyTwentyIsFiveHundredEurosLower() {
        assertEquals(List.of("93:18: erreur[CTG-BAREME]: la ligne « Bonus territoire CTG » du financement 2020 de « la Caf » fait"
                + " 3\u202f500\u00a0€ par place (35\u202f000\u00a0€ pour 10 places), hors du barème du guide de la Caf : de 2\u202f100\u00a0€"
                + " à 3\u202f100\u00a0€ par place et par an jusqu’en 2020 | corrigez le montant ou le nombre de places | 92:17-92:19 les places"),
                ligne(2020, """
                      - dispositif: bonus_territoire
                        places: 10
                        montant: 35000
                """).diagnostics(dossier));
    }

    @Test
    void aBonusMixiteSocialeBelowItsFloorIsAnError() {
        assertEquals(List.of("94:18: erreur[CTG-BAREME]: la ligne « bonus mixité du multi-accueil » du financement 2024 de « la Caf »"
                + " fait 250\u00a0€ par place (5\u202f000\u00a0€ pour 20 places), hors du barème du guide de la Caf : de 300\u00a0€ à"
                + " 1\u202f200\u00a0€ par place et par an | corrigez le montant ou le nombre de places | 93:17-93:19 les places"),
                ligne(2024, """
                      - dispositif: bonus_mixite_sociale
                        libelle: bonus mixité du multi-accueil
                        places: 20
                        montant: 5000
                """).diagnostics(dossier));
    }

    @Test
    void aSchemePaidPerPlaceWithoutPlacesIsAnErrorOnItsScheme() {
        assertEquals(List.of("91:21: erreur[CTG-BAREME]: la ligne « Bonus «\u00a0inclusion handicap\u00a0» » du financement 2024 de"
                + " « la Caf » ne dit pas pour combien de places : le dispositif est payé jusqu’à 1\u202f300\u00a0€ par place et par an"
                + " | ajoutez « places: » et le nombre de places financées"), ligne(2024, """
                      - dispositif: bonus_inclusion_handicap
                        montant: 13000
                """).diagnostics(dossier));
    }

    @Test
    void noPlaceIsAnErrorOnThePlaces() {
        assertEquals(List.of("92:17: erreur[CTG-BAREME]: la ligne « Aide à la rénovation des places d’accueil du jeune enfant » du"
                + " financement 2024 de « la Caf » finance 0 place | écrivez le nombre de places financées, au moins 1"),
                ligne(2024, """
                      - dispositif: renovation_eaje
                        places: 0
                        montant: 4000
                """).diagnostics(dossier));
    }
}
