package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Signature;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.time.LocalDate;

@CtgRule(code = "CTG-SIGNATURE",
        resume = "Une convention à signer indique le lieu et la date de signature, qui ne suit pas la fin de sa période.")
public final class SignatureRequise implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Signature signature = convention.signature();
        boolean projet = convention.statut().isDraft();
        if (signature == null) {
            if (!projet) {
                rapport.error(YamlPath.root().field("signature"), "la convention n’indique ni le lieu ni la date de sa signature",
                        "ajoutez une rubrique « signature: » avec « lieu: » et « date: » (AAAA-MM-JJ)");
            }
            return;
        }
        LocalDate date = signature.date();
        if (date == null) {
            if (!projet) {
                YamlPath chemin = YamlPath.root().field("signature").field("date");
                String brut = rapport.rawText(chemin);
                rapport.error(chemin, brut == null || brut.isBlank()
                        ? "la date de signature manque"
                        : "la date de signature n’est pas encore connue : « " + brut + " »",
                        "indiquez la date de signature au format AAAA-MM-JJ");
            }
            return;
        }
        LocalDate fin = convention.periode().fin();
        if (date.isAfter(fin)) {
            rapport.error(YamlPath.root().field("signature").field("date"), "la signature (" + FrenchDates.shortForm(date)
                    + ") viendrait après la fin de la convention (" + FrenchDates.shortForm(fin) + ")",
                    "signez au plus tard le " + FrenchDates.shortForm(fin) + ", ou corrigez la période",
                    rapport.label(YamlPath.root().field("periode").field("fin"), "fin de la convention"));
        }
    }
}
