package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.AccuseReception;
import fr.ctg.model.Convention;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.time.LocalDate;

@CtgRule(code = "CTG-ACTES-DATE", resume = "La préfecture reçoit la convention au plus tôt le jour de sa signature.")
public final class AccuseApresSignature implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        AccuseReception accuse = convention.accuseReception();
        LocalDate signee = convention.signature() == null ? null : convention.signature().date();
        if (accuse == null || signee == null || !accuse.dateReception().isBefore(signee)) {
            return;
        }
        rapport.error(YamlPath.root().field("accuse_reception").field("date_reception"), "la préfecture aurait reçu la convention le "
                + FrenchDates.shortForm(accuse.dateReception()) + ", avant sa signature (le " + FrenchDates.shortForm(signee) + ")",
                "recopiez la date de réception de l’accusé, ou corrigez la date de signature",
                rapport.label(YamlPath.root().field("signature").field("date"), "date de signature"));
    }
}
