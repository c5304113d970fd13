package fr.ctg.validate.rules;

import fr.ctg.load.YamlPath;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.Partie;
import fr.ctg.model.Signature;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@CtgRule(code = "CTG-DELIBERATION-TARDIVE",
        resume = "Une collectivité délibère avant la signature de la convention, pas après.",
        severity = RuleSeverity.ERROR_UNLESS_DRAFT)
public final class DeliberationTardive implements Rule<Convention> {

    @Override
    public void check(Convention convention, Reporter rapport) {
        Signature signature = convention.signature();
        LocalDate signee = signature == null ? null : signature.date();
        if (signee == null) {
            return;
        }
        Set<String> collectivites = convention.parties().stream().filter(p -> p.type().isCollectivity())
                .map(Partie::id).collect(Collectors.toSet());
        List<Deliberation> deliberations = convention.deliberations();
        for (int i = 0; i < deliberations.size(); i++) {
            Deliberation deliberation = deliberations.get(i);
            LocalDate date = deliberation.date();
            if (date != null && date.isAfter(signee) && collectivites.contains(deliberation.partie())) {
                rapport.errorUnlessDraft(YamlPath.root().field("deliberations").index(i).field("date"), "la délibération de « "
                        + deliberation.partie() + " » (" + FrenchDates.shortForm(date) + ") est postérieure à la signature de la convention ("
                        + FrenchDates.shortForm(signee) + ")",
                        "une collectivité ne signe qu’après avoir délibéré : corrigez la date de la délibération ou celle de la signature",
                        rapport.label(YamlPath.root().field("signature").field("date"), "signature de la convention"));
            }
        }
    }
}
