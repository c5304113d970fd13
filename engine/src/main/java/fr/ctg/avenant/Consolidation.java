package fr.ctg.avenant;

import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.model.Equipement;
import fr.ctg.model.FicheAction;
import fr.ctg.model.Financement;
import fr.ctg.model.NumeroFiche;
import fr.ctg.model.Partie;
import fr.ctg.model.Periode;
import fr.ctg.model.avenant.AjoutAnnexe;
import fr.ctg.model.avenant.AjoutAxe;
import fr.ctg.model.avenant.AjoutEquipements;
import fr.ctg.model.avenant.AjoutFiches;
import fr.ctg.model.avenant.AjoutPartie;
import fr.ctg.model.avenant.Annexe;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.ClauseChange;
import fr.ctg.model.avenant.ConventionConsolidee;
import fr.ctg.model.avenant.EnregistrementDeliberation;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.ModificationFinancement;
import fr.ctg.model.avenant.Prolongation;
import fr.ctg.model.avenant.RemplacementAnnexe;
import fr.ctg.model.avenant.RemplacementAxe;
import fr.ctg.model.avenant.RemplacementEquipement;
import fr.ctg.model.avenant.RemplacementFiche;
import fr.ctg.model.avenant.RetraitPartie;
import fr.ctg.model.avenant.SuppressionAnnexe;
import fr.ctg.model.avenant.SuppressionAxe;
import fr.ctg.model.avenant.SuppressionEquipement;
import fr.ctg.model.avenant.SuppressionFiche;
import fr.ctg.model.avenant.SuppressionFinancement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Applies avenants to a convention: a pure function, the records are copied with their changes.
 * A change whose target is missing is left out (validation reports it as {@code CTG-AVENANT-CIBLE}).
 */
public final class Consolidation {

    /** The convention as amended by these avenants, in order. */
    public ConventionConsolidee apply(Convention convention, List<Avenant> avenants) {
        Convention amended = convention;
        List<Modification> textes = new ArrayList<>();
        List<Annexe> annexes = new ArrayList<>();
        for (Avenant avenant : avenants) {
            amended = amend(amended, avenant);
            avenant.modifications().stream().filter(Consolidation::changesText).forEach(textes::add);
            avenant.modifications().forEach(m -> applyToAnnexes(annexes, m));
        }
        int dernier = avenants.isEmpty() ? 0 : avenants.get(avenants.size() - 1).numero();
        return new ConventionConsolidee(amended, dernier, List.copyOf(textes), List.copyOf(annexes));
    }

    /**
     * The annexes added by avenants after one more change, in the order of their numbers; a change to an annex that is
     * not there (validation reports it as {@code CTG-AVENANT-ANNEXE}) changes nothing.
     */
    public static void applyToAnnexes(List<Annexe> annexes, Modification modification) {
        if (modification instanceof AjoutAnnexe ajout) {
            int numero = ajout.annexe().numero();
            if (numero > Annexe.DERNIERE_ANNEXE_NATIONALE && annexes.stream().noneMatch(a -> a.numero() == numero)) {
                annexes.add(ajout.annexe());
                annexes.sort(Comparator.comparingInt(Annexe::numero));
            }
        } else if (modification instanceof RemplacementAnnexe remplacement) {
            annexes.replaceAll(a -> a.numero() == remplacement.annexe().numero() ? remplacement.annexe() : a);
        } else if (modification instanceof SuppressionAnnexe suppression) {
            annexes.removeIf(a -> a.numero() == suppression.numero());
        }
    }

    /** The convention as amended by one avenant. */
    public Convention amend(Convention convention, Avenant avenant) {
        Convention amended = convention;
        for (Modification modification : avenant.modifications()) {
            amended = apply(amended, avenant, modification);
        }
        return amended;
    }

    /** The convention after one change of an avenant (the avenant gives the parties it adds). */
    public Convention apply(Convention c, Avenant avenant, Modification modification) {
        Editable e = new Editable(c);
        if (modification instanceof Prolongation prolongation) {
            e.periode = new Periode(c.periode().debut(), prolongation.fin());
        } else if (modification instanceof AjoutFiches ajout) {
            ajout.fiches().forEach(e::addFiche);
        } else if (modification instanceof RemplacementFiche remplacement) {
            FicheAction fiche = remplacement.fiche();
            e.fiches.replaceAll(f -> f.numero().equals(fiche.numero()) ? fiche : f);
        } else if (modification instanceof SuppressionFiche suppression) {
            e.removeFiches(f -> f.numero().equals(suppression.numero()));
        } else if (modification instanceof AjoutAxe ajout) {
            Axe axe = ajout.axe();
            if (e.axes.stream().noneMatch(a -> a.numero() == axe.numero())) {
                e.axes.add(axe);
                e.axes.sort(Comparator.comparingInt(Axe::numero));
            }
        } else if (modification instanceof RemplacementAxe remplacement) {
            Axe axe = remplacement.axe();
            e.axes.replaceAll(a -> a.numero() != axe.numero() ? a
                    : new Axe(axe.numero(), axe.titre(), axe.domaines(), axe.fiches().isEmpty() ? a.fiches() : axe.fiches(),
                            axe.fichesParAvenant()));
        } else if (modification instanceof SuppressionAxe suppression) {
            int numero = suppression.numero();
            List<String> fiches = e.axes.stream().filter(a -> a.numero() == numero).flatMap(a -> a.fiches().stream()).toList();
            e.removeFiches(f -> fiches.contains(f.numero()) || NumeroFiche.read(f.numero()).filter(n -> n.axe() == numero).isPresent());
            e.axes.removeIf(a -> a.numero() == numero);
        } else if (modification instanceof AjoutPartie ajout) {
            String id = ajout.reference().partie();
            if (e.parties.stream().noneMatch(p -> p.id().equals(id))) {
                avenant.partiesAjoutees().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(e.parties::add);
            }
        } else if (modification instanceof RetraitPartie retrait) {
            String id = retrait.reference().partie();
            e.parties.removeIf(p -> p.id().equals(id));
            e.deliberations.removeIf(d -> d.partie().equals(id));
        } else if (modification instanceof AjoutEquipements ajout) {
            e.equipements.addAll(ajout.equipements());
        } else if (modification instanceof RemplacementEquipement r) {
            if (r.ligne() >= 1 && r.ligne() <= e.equipements.size()) {
                e.equipements.set(r.ligne() - 1, r.equipement());
            }
        } else if (modification instanceof SuppressionEquipement suppression) {
            int ligne = suppression.ligne();
            if (ligne >= 1 && ligne <= e.equipements.size()) {
                e.equipements.remove(ligne - 1);
            }
        } else if (modification instanceof ModificationFinancement m) {
            Financement f = m.financement();
            Predicate<Financement> same = x -> x.annee() == f.annee() && x.financeur().equals(f.financeur())
                    && x.beneficiaire().equals(f.beneficiaire());
            replaceOrAdd(e.financements, same, f);
        } else if (modification instanceof SuppressionFinancement s) {
            e.financements.removeIf(x -> x.annee() == s.annee() && x.financeur().equals(s.financeur())
                    && x.beneficiaire().equals(s.beneficiaire()));
        } else if (modification instanceof EnregistrementDeliberation enregistrement) {
            Deliberation d = enregistrement.deliberation();
            replaceOrAdd(e.deliberations, x -> x.partie().equals(d.partie()) && x.organe() == d.organe(), d);
        }
        // changes to the text of articles: the text is the templates' (see ConventionConsolidee.textes); annexes: see
        // applyToAnnexes; a_rediger changes nothing yet
        return e.build();
    }

    /** Whether the change rewrites the text of the articles: a clause replaced, inserted after or deleted. */
    public static boolean changesText(Modification m) {
        return m instanceof ClauseChange;
    }

    private static <T> void replaceOrAdd(List<T> list, Predicate<T> same, T value) {
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (same.test(list.get(i))) {
                index = i;
                break;
            }
        }
        if (index >= 0) {
            list.set(index, value);
        } else {
            list.add(value);
        }
    }

    /** The parts of a convention an avenant may change, as mutable copies. */
    private static final class Editable {

        private final Convention original;
        private Periode periode;
        private final List<Partie> parties;
        private final List<Deliberation> deliberations;
        private final List<Equipement> equipements;
        private final List<Axe> axes;
        private final List<FicheAction> fiches;
        private final List<Financement> financements;

        Editable(Convention c) {
            original = c;
            periode = c.periode();
            parties = new ArrayList<>(c.parties());
            deliberations = new ArrayList<>(c.deliberations());
            equipements = new ArrayList<>(c.equipements());
            axes = new ArrayList<>(c.axes());
            fiches = new ArrayList<>(c.fichesActions());
            financements = new ArrayList<>(c.financements());
        }

        /** Adds the fiche to annex 3 and to its axis, which then no longer waits for an avenant. */
        void addFiche(FicheAction fiche) {
            if (fiches.stream().anyMatch(f -> f.numero().equals(fiche.numero()))) {
                return;
            }
            Optional<NumeroFiche> numero = NumeroFiche.read(fiche.numero());
            if (numero.isEmpty() || axes.stream().noneMatch(a -> a.numero() == numero.get().axe())) {
                return;
            }
            fiches.add(fiche);
            axes.replaceAll(a -> {
                if (a.numero() != numero.get().axe()) {
                    return a;
                }
                List<String> numeros = new ArrayList<>(a.fiches());
                if (!numeros.contains(fiche.numero())) {
                    numeros.add(fiche.numero());
                }
                return new Axe(a.numero(), a.titre(), a.domaines(), List.copyOf(numeros), null);
            });
        }

        void removeFiches(Predicate<FicheAction> removed) {
            List<String> numeros = fiches.stream().filter(removed).map(FicheAction::numero).toList();
            fiches.removeIf(removed);
            axes.replaceAll(a -> new Axe(a.numero(), a.titre(), a.domaines(),
                    a.fiches().stream().filter(n -> !numeros.contains(n)).toList(), a.fichesParAvenant()));
        }

        /** The amended convention; the signed PDF's fingerprint belongs to the original act, not to this version. */
        Convention build() {
            Convention c = original;
            return new Convention(c.id(), c.titre(), c.territoire(), c.statut(), periode, c.signature(), List.copyOf(parties),
                    c.visas(), List.copyOf(deliberations), c.preambule(), c.objectifsPartages(), c.diagnostic(), c.gouvernance(),
                    c.communication(), c.preavisResiliationMois(), List.copyOf(equipements), List.copyOf(axes), List.copyOf(fiches),
                    c.evaluation(), List.copyOf(financements), c.accuseReception(), c.decisionReconduction(), c.modeles(), null,
                    c.transmission());
        }
    }
}
