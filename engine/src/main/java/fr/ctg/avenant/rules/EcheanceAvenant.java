package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.NumeroFiche;
import fr.ctg.model.avenant.AjoutFiches;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.text.FrenchDates;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * An axis whose fiches the convention defers ("feront l'objet d'un avenant au plus tard le ...") gets
 * them from an avenant signed by that date. Reported on the avenant that brings them late, or on the
 * first avenant signed after the deadline that still does not bring them.
 */
@CtgRule(code = "CTG-AVENANT-ECHEANCE",
        resume = "Les fiches d’un axe promises par avenant au plus tard à une date sont apportées par un avenant signé à cette date.",
        severity = RuleSeverity.WARNING)
public final class EcheanceAvenant implements Rule<AvenantContext> {

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
                .flatMap(m -> m instanceof AjoutFiches ajout ? ajout.fiches().stream() : Stream.empty())
                .map(fiche -> NumeroFiche.read(fiche.numero()))
                .anyMatch(numero -> numero.filter(n -> n.axe() == axe).isPresent());
    }
}
