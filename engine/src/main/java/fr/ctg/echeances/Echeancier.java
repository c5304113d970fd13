package fr.ctg.echeances;

import fr.ctg.load.Placeholders;
import fr.ctg.model.Axe;
import fr.ctg.model.Comite;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.OrganeDeliberant;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
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
    public static final Comparator<Echeance> ORDRE = Comparator.comparing(Echeance::date)
            .thenComparing(Echeance::conventionId)
            .thenComparing(Echeance::type);

    /** Article 12's notice when the file does not state one. */
    static final int PREAVIS_PAR_DEFAUT_MOIS = 6;
    /** The préfecture acknowledges an act transmitted through ACTES within days; two weeks leaves room. */
    static final int DELAI_ACCUSE_RECEPTION_JOURS = 15;
    /** Without a year of evaluation, it must be done early enough to decide on renewal. */
    static final int MOIS_EVALUATION_AVANT_FIN = 3;

    private Echeancier() {
    }

    public static List<Echeance> echeances(Convention convention) {
        List<Echeance> echeances = new ArrayList<>();
        deliberations(convention, echeances);
        accuseReception(convention, echeances);
        fichesParAvenant(convention, echeances);
        comitesPilotage(convention, echeances);
        evaluation(convention, echeances);
        reconduction(convention, echeances);
        echeances.add(new Echeance(convention.periode().fin(), convention.id(), TypeEcheance.FIN, "fin",
                "Fin de la convention", false));
        echeances.sort(ORDRE);
        return List.copyOf(echeances);
    }

    /** Signing needs every collectivity's deliberation; a signature not yet dated is expected by the start. */
    private static void deliberations(Convention convention, List<Echeance> echeances) {
        for (Partie partie : convention.parties()) {
            if (!partie.type().isCollectivity()) {
                continue;
            }
            List<Deliberation> siennes = convention.deliberations().stream().filter(d -> d.partie().equals(partie.id())).toList();
            boolean datee = siennes.stream().anyMatch(d -> d.date() != null);
            OrganeDeliberant organe = partie.organe() != null ? partie.organe()
                    : siennes.stream().map(Deliberation::organe).findFirst().orElse(null);
            echeances.add(new Echeance(jourDeSignature(convention), convention.id(), TypeEcheance.DELIBERATION,
                    "deliberation-" + partie.id(), "Délibération " + duConseil(organe) + deLaPartie(partie) + " à obtenir", datee));
        }
    }

    private static void accuseReception(Convention convention, List<Echeance> echeances) {
        boolean recu = convention.accuseReception() != null;
        if (convention.statut() == Statut.SIGNEE || recu) {
            echeances.add(new Echeance(jourDeSignature(convention).plusDays(DELAI_ACCUSE_RECEPTION_JOURS), convention.id(),
                    TypeEcheance.ACCUSE_RECEPTION, "accuse-reception", "Accusé de réception de la préfecture à obtenir", recu));
        }
    }

    private static void fichesParAvenant(Convention convention, List<Echeance> echeances) {
        for (Axe axe : convention.axes()) {
            if (axe.fichesParAvenant() != null) {
                echeances.add(new Echeance(axe.fichesParAvenant(), convention.id(), TypeEcheance.FICHES_PAR_AVENANT,
                        "axe-" + axe.numero(),
                        "Fiches actions de l’axe " + axe.numero() + (Placeholders.isPlaceholder(axe.titre()) ? "" : " (" + axe.titre() + ")")
                                + " à adopter par avenant",
                        !axe.fiches().isEmpty()));
            }
        }
    }

    /** One meeting per calendar year of the period, by the 31st of December or the end of the convention. */
    private static void comitesPilotage(Convention convention, List<Echeance> echeances) {
        Comite comite = convention.gouvernance().comitePilotage();
        String libelle = "Réunir le comité de pilotage" + (comite.frequence() == null ? "" : " (" + comite.frequence() + ")");
        LocalDate fin = convention.periode().fin();
        for (int annee = convention.periode().debut().getYear(); annee <= fin.getYear(); annee++) {
            LocalDate date = min(LocalDate.of(annee, Month.DECEMBER, 31), fin);
            echeances.add(new Echeance(date, convention.id(), TypeEcheance.COMITE_PILOTAGE, "comite-pilotage", libelle, false));
        }
    }

    private static void evaluation(Convention convention, List<Echeance> echeances) {
        Integer annee = convention.evaluation().anneeDeploiement();
        LocalDate date = annee != null ? LocalDate.of(annee, Month.DECEMBER, 31)
                : convention.periode().fin().minusMonths(MOIS_EVALUATION_AVANT_FIN);
        echeances.add(new Echeance(date, convention.id(), TypeEcheance.EVALUATION, "evaluation",
                "Conduire l’évaluation préalable au renouvellement", false));
    }

    /**
     * The convention is only renewed expressly (article 10), and termination by mutual consent needs the
     * notice of article 12: both fall on the same day, the end minus the notice. They are one entry, not
     * two: past that day the partners can neither give notice in time nor leave the renewal undecided, so
     * staff have one decision to take, and a calendar one reminder to show.
     */
    private static void reconduction(Convention convention, List<Echeance> echeances) {
        int preavis = Objects.requireNonNullElse(convention.preavisResiliationMois(), PREAVIS_PAR_DEFAUT_MOIS);
        echeances.add(new Echeance(convention.periode().fin().minusMonths(preavis), convention.id(), TypeEcheance.RECONDUCTION,
                "reconduction", "Décider de la reconduction expresse ou notifier la résiliation (préavis de " + preavis + " mois)", false));
    }

    private static LocalDate jourDeSignature(Convention convention) {
        return Optional.ofNullable(convention.signature()).map(s -> s.date()).orElse(convention.periode().debut());
    }

    private static String duConseil(@Nullable OrganeDeliberant organe) {
        if (organe == null) {
            return "";
        }
        return (organe == OrganeDeliberant.COMMISSION_PERMANENTE ? "de la " : "du ") + organe.label() + " ";
    }

    private static String deLaPartie(Partie partie) {
        String de = switch (partie.article()) {
            case LE -> "du ";
            case LA -> "de la ";
            case L_APOSTROPHE -> "de l’";
            case LES -> "des ";
        };
        return de + partie.nom();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
