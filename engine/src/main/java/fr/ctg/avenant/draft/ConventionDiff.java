package fr.ctg.avenant.draft;

import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.Equipement;
import fr.ctg.model.FicheAction;
import fr.ctg.model.Partie;
import fr.ctg.model.avenant.ARediger;
import fr.ctg.model.avenant.AjoutAxe;
import fr.ctg.model.avenant.AjoutEquipements;
import fr.ctg.model.avenant.AjoutFiches;
import fr.ctg.model.avenant.AjoutPartie;
import fr.ctg.model.avenant.EnregistrementDeliberation;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.ModificationFinancement;
import fr.ctg.model.avenant.Prolongation;
import fr.ctg.model.avenant.ReferencePartie;
import fr.ctg.model.avenant.RemplacementAxe;
import fr.ctg.model.avenant.RemplacementEquipement;
import fr.ctg.model.avenant.RemplacementFiche;
import fr.ctg.model.avenant.RetraitPartie;
import fr.ctg.model.avenant.SuppressionAxe;
import fr.ctg.model.avenant.SuppressionEquipement;
import fr.ctg.model.avenant.SuppressionFiche;
import fr.ctg.model.shape.RecordShape;
import fr.ctg.text.FrenchDates;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The typed changes between two versions of a convention, in the order an avenant states them. What it
 * cannot type becomes an {@code a_rediger} change naming the path that changed: nothing is dropped.
 */
public final class ConventionDiff {

    /** Components compared by the typed part of the diff; every other one is compared generically. */
    private static final Set<String> TYPED = Set.of("periode", "parties", "axes", "fiches_actions", "equipements", "financements", "deliberations");

    /** The changes, and the parties the later version adds (for the avenant's {@code parties_ajoutees}). */
    public record Result(List<Modification> modifications, List<Partie> partiesAjoutees) {
    }

    public Result diff(Convention avant, Convention apres) {
        List<Modification> changes = new ArrayList<>();
        periode(avant, apres, changes);
        List<Partie> ajoutees = parties(avant, apres, changes);
        axesEtFiches(avant, apres, changes);
        equipements(avant.equipements(), apres.equipements(), changes);
        keyed(avant.financements(), apres.financements(), f -> f.annee() + "/" + f.financeur() + "/" + f.beneficiaire(),
                ModificationFinancement::new, "financements", changes);
        keyed(avant.deliberations().stream().filter(d -> present(apres, d.partie())).toList(), apres.deliberations(),
                d -> d.partie() + "/" + d.organe().yaml(), EnregistrementDeliberation::new, "deliberations", changes);
        for (RecordShape.Component component : RecordShape.of(Convention.class).components()) {
            if (!TYPED.contains(component.key())) {
                generic(component.key(), component.read(avant), component.read(apres), changes);
            }
        }
        return new Result(List.copyOf(changes), ajoutees);
    }

    private static void periode(Convention avant, Convention apres, List<Modification> changes) {
        if (!avant.periode().debut().equals(apres.periode().debut())) {
            changes.add(aRediger("periode.debut", "la date de début passe du " + FrenchDates.shortForm(avant.periode().debut()) + " au "
                    + FrenchDates.shortForm(apres.periode().debut())));
        }
        if (apres.periode().fin().isAfter(avant.periode().fin())) {
            changes.add(new Prolongation(apres.periode().fin()));
        } else if (apres.periode().fin().isBefore(avant.periode().fin())) {
            changes.add(aRediger("periode.fin", "la date de fin est avancée du " + FrenchDates.shortForm(avant.periode().fin()) + " au "
                    + FrenchDates.shortForm(apres.periode().fin())));
        }
    }

    private static List<Partie> parties(Convention avant, Convention apres, List<Modification> changes) {
        List<Partie> ajoutees = new ArrayList<>();
        for (Partie partie : apres.parties()) {
            Optional<Partie> ancienne = avant.parties().stream().filter(p -> p.id().equals(partie.id())).findFirst();
            if (ancienne.isEmpty()) {
                ajoutees.add(partie);
                changes.add(new AjoutPartie(new ReferencePartie(partie.id())));
            } else if (!ancienne.get().equals(partie)) {
                generic("parties[" + partie.id() + "]", ancienne.get(), partie, changes);
            }
        }
        for (Partie partie : avant.parties()) {
            if (!present(apres, partie.id())) {
                changes.add(new RetraitPartie(new ReferencePartie(partie.id())));
            }
        }
        return List.copyOf(ajoutees);
    }

    private static void axesEtFiches(Convention avant, Convention apres, List<Modification> changes) {
        for (Axe axe : apres.axes()) {
            Optional<Axe> ancien = avant.axes().stream().filter(a -> a.numero() == axe.numero()).findFirst();
            if (ancien.isEmpty()) {
                changes.add(new AjoutAxe(sansFiches(axe)));
            } else if (!ancien.get().titre().equals(axe.titre()) || !ancien.get().domaines().equals(axe.domaines())
                    || (axe.fichesParAvenant() != null && !axe.fichesParAvenant().equals(ancien.get().fichesParAvenant()))) {
                changes.add(new RemplacementAxe(sansFiches(axe)));
            }
        }
        List<FicheAction> ajoutees = new ArrayList<>();
        for (FicheAction fiche : apres.fichesActions()) {
            Optional<FicheAction> ancienne = avant.fichesActions().stream().filter(f -> f.numero().equals(fiche.numero())).findFirst();
            if (ancienne.isEmpty()) {
                ajoutees.add(fiche);
            } else if (!ancienne.get().equals(fiche)) {
                changes.add(new RemplacementFiche(fiche));
            }
        }
        if (!ajoutees.isEmpty()) {
            changes.add(new AjoutFiches(List.copyOf(ajoutees)));
        }
        for (FicheAction fiche : avant.fichesActions()) {
            if (apres.fichesActions().stream().noneMatch(f -> f.numero().equals(fiche.numero()))) {
                changes.add(new SuppressionFiche(fiche.numero()));
            }
        }
        for (Axe axe : avant.axes()) {
            if (apres.axes().stream().noneMatch(a -> a.numero() == axe.numero())) {
                changes.add(new SuppressionAxe(axe.numero()));
            }
        }
    }

    /**
     * Rows that left annex 2 are paired, in order, with the rows that came in: a pair is a replacement,
     * the rest removals (from the last, so that each line number still names the row it meant) or additions.
     */
    private static void equipements(List<Equipement> avant, List<Equipement> apres, List<Modification> changes) {
        List<Integer> parties = new ArrayList<>();
        for (int i = 0; i < avant.size(); i++) {
            if (!apres.contains(avant.get(i))) {
                parties.add(i + 1);
            }
        }
        List<Equipement> venues = apres.stream().filter(e -> !avant.contains(e)).toList();
        int paires = Math.min(parties.size(), venues.size());
        for (int i = 0; i < paires; i++) {
            changes.add(new RemplacementEquipement(parties.get(i), venues.get(i)));
        }
        for (int i = parties.size() - 1; i >= paires; i--) {
            changes.add(new SuppressionEquipement(parties.get(i)));
        }
        if (venues.size() > paires) {
            changes.add(new AjoutEquipements(List.copyOf(venues.subList(paires, venues.size()))));
        }
    }

    /** Added or changed items become the change {@code typed} makes of them; a removed item cannot be typed and is left to write. */
    private static <T> void keyed(List<T> avant, List<T> apres, Function<T, String> key, Function<T, Modification> typed, String chemin,
            List<Modification> changes) {
        for (T item : apres) {
            Optional<T> ancien = avant.stream().filter(a -> key.apply(a).equals(key.apply(item))).findFirst();
            if (ancien.isEmpty() || !ancien.get().equals(item)) {
                changes.add(typed.apply(item));
            }
        }
        for (T item : avant) {
            if (apres.stream().noneMatch(a -> key.apply(a).equals(key.apply(item)))) {
                changes.add(aRediger(chemin, "l’élément « " + key.apply(item) + " » a été retiré"));
            }
        }
    }

    /** Descends into records to name the deepest path that changed; a list or a value that changed is one entry. */
    private static void generic(String chemin, Object avant, Object apres, List<Modification> changes) {
        if (Objects.equals(avant, apres)) {
            return;
        }
        if (avant instanceof Record && apres instanceof Record && avant.getClass() == apres.getClass()) {
            for (RecordShape.Component component : RecordShape.of(avant.getClass()).components()) {
                generic(chemin + "." + component.key(), component.read(avant), component.read(apres), changes);
            }
            return;
        }
        String description;
        if (avant == null) {
            description = "« " + chemin + " » a été ajouté";
        } else if (apres == null) {
            description = "« " + chemin + " » a été retiré";
        } else if (avant instanceof List<?> a && apres instanceof List<?> b) {
            description = "la liste « " + chemin + " » a changé (" + a.size() + " élément" + (a.size() > 1 ? "s" : "") + " avant, "
                    + b.size() + " après)";
        } else {
            description = "« " + chemin + " » a changé : « " + avant + " » devient « " + apres + " »";
        }
        changes.add(aRediger(chemin, description));
    }

    private static Modification aRediger(String chemin, String description) {
        return new ARediger(chemin, description);
    }

    /** The axis as an avenant adds or renames it: its fiches come by {@code ajout_fiches}. */
    private static Axe sansFiches(Axe axe) {
        return new Axe(axe.numero(), axe.titre(), axe.domaines(), List.of(), axe.fichesParAvenant());
    }

    private static boolean present(Convention convention, String partie) {
        return convention.parties().stream().anyMatch(p -> p.id().equals(partie));
    }
}
