package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.CtgRule;
import java.time.LocalDate;
import java.time.Period;

@CtgRule(code = "CTG-PERIODE-MAX", resume = "Une CTG dure au plus cinq ans.")
public final class PeriodeMaximale implements Rule {

    static final int DUREE_MAXIMALE_ANS = 5;

    @Override
    public void check(Convention convention, Reporter rapport) {
        Periode periode = convention.periode();
        LocalDate finMaximale = periode.debut().plusYears(DUREE_MAXIMALE_ANS).minusDays(1);
        if (periode.fin().isAfter(finMaximale)) {
            Period depassement = Period.between(finMaximale, periode.fin());
            rapport.error(YamlPath.root().field("periode").field("fin"), "la date de fin (" + FrenchDates.shortForm(periode.fin()) + ") dépasse de "
                    + FrenchDates.duration(depassement) + " la durée maximale d’une CTG (" + DUREE_MAXIMALE_ANS + " ans)",
                    "ramenez la date de fin au " + FrenchDates.shortForm(finMaximale) + " au plus tard");
        }
    }
}
