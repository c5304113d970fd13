package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.avenant.AvenantRule;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.FicheAction;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.Modification;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An axis whose fiches the convention defers ("feront l'objet d'un avenant au plus tard le ...") gets
 * them from an avenant signed by that date. Reported on the avenant that brings them late, or on the
 * first avenant signed after the deadline that still does not bring them.
 */
@CtgRule(code = "CTG-AVENANT-ECHEANCE",
        resume = "Les fiches d’un axe promises par avenant au plus tard à une date sont apportées par un avenant signé à cette date.",
        severity = "avertissement")
public final class EcheanceAvenant implements AvenantRule {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Avenant avenant = contexte.avenant();
        LocalDate date = avenant.date();
        if (date == null) {
            return;
        }
        for (Axe axe : contexte.base().axes()) {
            LocalDate echeance = axe.fichesParAvenant();
            if (echeance == null || !date.isAfter(echeance)) {
                continue;
            }
            if (apporteLesFiches(avenant, axe.numero())) {
                rapport.warning(YamlPath.root().field("date"),
                        "les fiches de l’axe " + axe.numero() + " étaient promises par avenant au plus tard le "
                        + FrenchDates.shortForm(echeance) + " ; l’avenant n° " + avenant.numero() + " qui les apporte est signé le "
                        + FrenchDates.shortForm(date), "l’échéance est dépassée : mentionnez-le au comité de pilotage");
            } else if (signeAvantOuSansDate(contexte.precedents(), echeance)) {
                rapport.warning(YamlPath.root().field("date"),
                        "les fiches de l’axe " + axe.numero() + " étaient promises par avenant au plus tard le "
                        + FrenchDates.shortForm(echeance) + " ; l’avenant n° " + avenant.numero() + ", signé le " + FrenchDates.shortForm(date)
                        + ", ne les apporte toujours pas", "ajoutez-les par « ajout_fiches » dans cet avenant ou le suivant");
            }
        }
    }

    /** The first avenant past the deadline reports the miss; the later ones stay silent. */
    private static boolean signeAvantOuSansDate(List<Avenant> precedents, LocalDate echeance) {
        return precedents.stream().allMatch(p -> p.date() == null || !p.date().isAfter(echeance));
    }

    private static boolean apporteLesFiches(Avenant avenant, int axe) {
        return avenant.modifications().stream()
                .map(Modification::ajoutFiches)
                .filter(Objects::nonNull)
                .flatMap(a -> a.fiches().stream())
                .map(FicheAction::numero)
                .anyMatch(numero -> numero.strip().startsWith(axe + "."));
    }
}
