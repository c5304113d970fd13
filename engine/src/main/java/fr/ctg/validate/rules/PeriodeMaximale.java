package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.time.LocalDate;
import java.time.Period;

@CtgRule(code = "CTG-PERIODE-MAX", resume = "Une CTG dure au plus cinq ans.")
public final class PeriodeMaximale implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Periode periode = convention.periode();
        LocalDate finMaximale = periode.finMaximale();
        if (periode.fin().isAfter(finMaximale)) {
            Period depassement = Period.between(finMaximale, periode.fin());
            rapport.error(YamlPath.root().field("periode").field("fin"), "la date de fin (" + FrenchDates.shortForm(periode.fin()) + ") dépasse de "
                    + FrenchDates.duration(depassement) + " la durée maximale d’une CTG (" + Periode.DUREE_MAXIMALE_ANS + " ans)",
                    "ramenez la date de fin au " + FrenchDates.shortForm(finMaximale) + " au plus tard");
        }
    }
}
