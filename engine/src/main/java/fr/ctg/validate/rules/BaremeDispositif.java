package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.DispositifCaf;
import fr.ctg.model.Financement;
import fr.ctg.model.LigneFinancement;
import fr.ctg.text.FrenchAmounts;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

@CtgRule(code = "CTG-BAREME", resume = "Une ligne d’un dispositif Caf payé à la place dit ses places et reste dans le barème"
        + " du guide de la Caf.")
public final class BaremeDispositif implements Rule<Convention> {

    /** Per-place amounts of the Caf guide for elected officials (2020); the bonus territoire gained 500 € in 2021. */
    private record Bareme(@Nullable BigDecimal minimum, BigDecimal maximum, String enClair) {

        boolean admet(BigDecimal parPlace) {
            return (minimum == null || parPlace.compareTo(minimum) >= 0) && parPlace.compareTo(maximum) <= 0;
        }
    }

    @Override
    public void check(Convention convention, Reporter rapport) {
        FinancementLines.forEach(convention, (chemin, financement, index, ligne) -> {
            if (ligne.dispositif() != null) {
                bareme(ligne.dispositif(), financement.annee()).ifPresent(bareme -> check(rapport, chemin, financement, ligne, bareme));
            }
        });
    }

    private static void check(Reporter rapport, YamlPath chemin, Financement financement, LigneFinancement ligne, Bareme bareme) {
        String quelle = "la ligne « " + ligne.intitule() + " » du financement " + financement.annee() + " de « "
                + financement.financeur() + " »";
        Integer places = ligne.places();
        if (places == null) {
            rapport.error(chemin.field("dispositif"), quelle + " ne dit pas pour combien de places : le dispositif est payé "
                    + bareme.enClair(), "ajoutez « places: » et le nombre de places financées");
            return;
        }
        if (places < 1) {
            rapport.error(chemin.field("places"), quelle + " finance " + places + " place", "écrivez le nombre de places financées,"
                    + " au moins 1");
            return;
        }
        BigDecimal parPlace = ligne.montant().divide(BigDecimal.valueOf(places), 2, RoundingMode.HALF_UP);
        if (!bareme.admet(parPlace)) {
            rapport.error(chemin.field("montant"), quelle + " fait " + FrenchAmounts.euros(parPlace) + " par place ("
                    + FrenchAmounts.euros(ligne.montant()) + " pour " + places + " places), hors du barème du guide de la Caf : "
                    + bareme.enClair(), "corrigez le montant ou le nombre de places",
                    rapport.label(chemin.field("places"), "les places"));
        }
    }

    private static Optional<Bareme> bareme(DispositifCaf dispositif, int annee) {
        return Optional.ofNullable(switch (dispositif) {
            case BONUS_TERRITOIRE -> annee <= 2020
                    ? new Bareme(euros(2100), euros(3100), "de 2\u202f100\u00a0€ à 3\u202f100\u00a0€ par place et par an jusqu’en 2020")
                    : new Bareme(euros(2600), euros(3600), "de 2\u202f600\u00a0€ à 3\u202f600\u00a0€ par place et par an depuis 2021");
            case BONUS_MIXITE_SOCIALE -> new Bareme(euros(300), euros(1200), "de 300\u00a0€ à 1\u202f200\u00a0€ par place et par an");
            case BONUS_INCLUSION_HANDICAP -> new Bareme(null, euros(1300), "jusqu’à 1\u202f300\u00a0€ par place et par an");
            case INVESTISSEMENT_EAJE -> new Bareme(null, euros(17000), "jusqu’à 17\u202f000\u00a0€ par place créée");
            case RENOVATION_EAJE -> new Bareme(null, euros(4000), "jusqu’à 4\u202f000\u00a0€ par place rénovée");
            default -> null;
        });
    }

    private static BigDecimal euros(int amount) {
        return BigDecimal.valueOf(amount);
    }
}
