package fr.ctg.echeances;

import fr.ctg.load.Placeholders;
import fr.ctg.model.Axe;
import fr.ctg.model.Comite;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.OrganeDeliberant;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
import fr.ctg.text.DeliberationAuthors;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Every deadline a convention sets or implies, by date. */
public final class Echeancier {

    /** Deadlines by date, then convention, then {@link TypeEcheance} order; ties keep the file's order. */
    public static final Comparator<Echeance> ORDER = Comparator.comparing(Echeance::date)
            .thenComparing(Echeance::conventionId)
            .thenComparing(Echeance::type);

    /** Article 12's notice when the file does not state one. */
    static final int DEFAULT_NOTICE_MONTHS = 6;
    /** The préfecture acknowledges an act transmitted through ACTES within days; two weeks leaves room. */
    static final int ACKNOWLEDGMENT_DELAY_DAYS = 15;
    /** Without a year of evaluation, it must be done early enough to decide on renewal. */
    static final int EVALUATION_MONTHS_BEFORE_END = 3;

    private Echeancier() {
    }

    /**
     * @param signed the convention as signed: the fiches it promises by avenant
     * @param consolidated the same with its signed avenants applied: what is in force, and when it ends
     */
    public static List<Echeance> echeances(Convention signed, Convention consolidated) {
        Convention convention = consolidated;
        List<Echeance> echeances = new ArrayList<>();
        deliberations(convention, echeances);
        accuseReception(convention, echeances);
        fichesParAvenant(signed, consolidated, echeances);
        comitesPilotage(convention, echeances);
        evaluation(convention, echeances);
        reconduction(convention, echeances);
        echeances.add(new Echeance(convention.periode().fin(), convention.id(), TypeEcheance.FIN, "fin",
                "Fin de la convention", false));
        echeances.sort(ORDER);
        return List.copyOf(echeances);
    }

    /** Signing needs every collectivity's deliberation; a signature not yet dated is expected by the start. */
    private static void deliberations(Convention convention, List<Echeance> echeances) {
        for (Partie partie : convention.parties()) {
            if (!partie.type().isCollectivity()) {
                continue;
            }
            List<Deliberation> own = convention.deliberations().stream().filter(d -> d.partie().equals(partie.id())).toList();
            boolean dated = own.stream().anyMatch(d -> d.date() != null);
            OrganeDeliberant organe = partie.organe() != null ? partie.organe()
                    : own.stream().map(Deliberation::organe).findFirst().orElse(null);
            echeances.add(new Echeance(signatureDay(convention), convention.id(), TypeEcheance.DELIBERATION,
                    "deliberation-" + partie.id(), "Délibération " + DeliberationAuthors.of(organe, partie) + " à obtenir", dated));
        }
    }

    private static void accuseReception(Convention convention, List<Echeance> echeances) {
        boolean received = convention.accuseReception() != null;
        if (convention.statut() == Statut.SIGNEE || received) {
            echeances.add(new Echeance(signatureDay(convention).plusDays(ACKNOWLEDGMENT_DELAY_DAYS), convention.id(),
                    TypeEcheance.ACCUSE_RECEPTION, "accuse-reception", "Accusé de réception de la préfecture à obtenir", received));
        }
    }

    /** The promise is the signed convention's; it is kept once an avenant in force brings the axis its fiches. */
    private static void fichesParAvenant(Convention signed, Convention consolidated, List<Echeance> echeances) {
        for (Axe axe : signed.axes()) {
            if (axe.fichesParAvenant() != null) {
                boolean brought = consolidated.axes().stream().anyMatch(a -> a.numero() == axe.numero() && !a.fiches().isEmpty());
                echeances.add(new Echeance(axe.fichesParAvenant(), signed.id(), TypeEcheance.FICHES_PAR_AVENANT,
                        "axe-" + axe.numero(),
                        "Fiches actions de l’axe " + axe.numero() + (Placeholders.isPlaceholder(axe.titre()) ? "" : " (" + axe.titre() + ")")
                                + " à adopter par avenant",
                        brought));
            }
        }
    }

    /** One meeting per calendar year of the period, by the 31st of December or the end of the convention. */
    private static void comitesPilotage(Convention convention, List<Echeance> echeances) {
        Comite comite = convention.gouvernance().comitePilotage();
        String label = "Réunir le comité de pilotage" + (comite.frequence() == null ? "" : " (" + comite.frequence() + ")");
        LocalDate end = convention.periode().fin();
        for (int year = convention.periode().debut().getYear(); year <= end.getYear(); year++) {
            LocalDate date = min(LocalDate.of(year, Month.DECEMBER, 31), end);
            int meetingYear = year;
            boolean met = comite.reunions().stream().anyMatch(day -> day.getYear() == meetingYear);
            echeances.add(new Echeance(date, convention.id(), TypeEcheance.COMITE_PILOTAGE, "comite-pilotage", label, met));
        }
    }

    private static void evaluation(Convention convention, List<Echeance> echeances) {
        Integer year = convention.evaluation().anneeDeploiement();
        LocalDate date = year != null ? LocalDate.of(year, Month.DECEMBER, 31)
                : convention.periode().fin().minusMonths(EVALUATION_MONTHS_BEFORE_END);
        echeances.add(new Echeance(date, convention.id(), TypeEcheance.EVALUATION, "evaluation",
                "Conduire l’évaluation préalable au renouvellement", convention.evaluation().realiseeLe() != null));
    }

    /**
     * The convention is only renewed expressly (article 10), and termination by mutual consent needs the
     * notice of article 12: both fall on the same day, the end minus the notice. They are one entry, not
     * two: past that day the partners can neither give notice in time nor leave the renewal undecided, so
     * staff have one decision to take, and a calendar one reminder to show.
     */
    private static void reconduction(Convention convention, List<Echeance> echeances) {
        int notice = Objects.requireNonNullElse(convention.preavisResiliationMois(), DEFAULT_NOTICE_MONTHS);
        echeances.add(new Echeance(convention.periode().fin().minusMonths(notice), convention.id(), TypeEcheance.RECONDUCTION,
                "reconduction", "Décider de la reconduction expresse ou notifier la résiliation (préavis de " + notice + " mois)",
                convention.decisionReconduction() != null));
    }

    private static LocalDate signatureDay(Convention convention) {
        return Optional.ofNullable(convention.signature()).map(s -> s.date()).orElse(convention.periode().debut());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
