package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.avenant.Consolidation;
import fr.ctg.load.YamlPath;
import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.FicheAction;
import fr.ctg.model.NumeroFiche;
import fr.ctg.model.Partie;
import fr.ctg.model.avenant.AjoutAxe;
import fr.ctg.model.avenant.AjoutFiches;
import fr.ctg.model.avenant.AjoutPartie;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.EnregistrementDeliberation;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.RemplacementAxe;
import fr.ctg.model.avenant.RemplacementEquipement;
import fr.ctg.model.avenant.RemplacementFiche;
import fr.ctg.model.avenant.RetraitPartie;
import fr.ctg.model.avenant.SuppressionAxe;
import fr.ctg.model.avenant.SuppressionEquipement;
import fr.ctg.model.avenant.SuppressionFiche;
import fr.ctg.model.avenant.SuppressionFinancement;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Each change is checked against the convention as the changes before it in the same avenant leave it. */
@CtgRule(code = "CTG-AVENANT-CIBLE",
        resume = "Ce qu’une modification vise existe (fiche, axe, partie, ligne d’équipement, financement) ; ce qu’elle ajoute n’existe pas"
                + " encore.")
public final class CibleAvenant implements Rule<AvenantContext> {

    private final Consolidation consolidation = new Consolidation();

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        Avenant avenant = contexte.avenant();
        Convention courante = contexte.base();
        List<Modification> modifications = avenant.modifications();
        for (int i = 0; i < modifications.size(); i++) {
            Modification m = modifications.get(i);
            check(m, YamlPath.root().field("modifications").index(i).field(m.type()), courante, avenant, rapport);
            courante = consolidation.apply(courante, avenant, m);
        }
    }

    /** A prolongation, added equipment or financing, a text to write target nothing: the period is CTG-AVENANT-DUREE's, the clauses CTG-AVENANT-CLAUSE's. */
    private void check(Modification m, YamlPath chemin, Convention c, Avenant avenant, Reporter rapport) {
        if (m instanceof AjoutFiches ajout) {
            List<FicheAction> fiches = ajout.fiches();
            for (int j = 0; j < fiches.size(); j++) {
                checkNouvelleFiche(fiches.get(j).numero(), chemin.field("fiches").index(j).field("numero"), c, rapport);
            }
        } else if (m instanceof RemplacementFiche remplacement) {
            ficheExiste(remplacement.fiche().numero(), chemin.field("fiche").field("numero"), c, rapport);
        } else if (m instanceof SuppressionFiche suppression) {
            ficheExiste(suppression.numero(), chemin.field("numero"), c, rapport);
        } else if (m instanceof AjoutAxe ajout) {
            if (axe(c, ajout.axe().numero())) {
                rapport.error(chemin.field("numero"), "l’axe " + ajout.axe().numero() + " existe déjà",
                        "pour le modifier, écrivez « remplacement_axe » ; sinon prenez le numéro " + (maxAxe(c) + 1));
            }
        } else if (m instanceof RemplacementAxe remplacement) {
            axeExiste(remplacement.axe().numero(), chemin.field("numero"), c, rapport);
        } else if (m instanceof SuppressionAxe suppression) {
            axeExiste(suppression.numero(), chemin.field("numero"), c, rapport);
        } else if (m instanceof AjoutPartie ajout) {
            String id = ajout.reference().partie();
            if (partie(c, id)) {
                rapport.error(chemin.field("partie"), "la partie « " + id + " » est déjà partie à la convention", "retirez cette modification");
            } else if (avenant.partiesAjoutees().stream().noneMatch(p -> p.id().equals(id))) {
                rapport.error(chemin.field("partie"), "la partie « " + id + " » n’est pas décrite dans « parties_ajoutees »",
                        "décrivez-la sous « parties_ajoutees: » comme les parties de la convention");
            }
        } else if (m instanceof RetraitPartie retrait) {
            partieExiste(retrait.reference().partie(), chemin.field("partie"), c, rapport);
        } else if (m instanceof RemplacementEquipement remplacement) {
            ligneExiste(remplacement.ligne(), chemin.field("ligne"), c, rapport);
        } else if (m instanceof SuppressionEquipement suppression) {
            ligneExiste(suppression.ligne(), chemin.field("ligne"), c, rapport);
        } else if (m instanceof EnregistrementDeliberation enregistrement) {
            partieExiste(enregistrement.deliberation().partie(), chemin.field("partie"), c, rapport);
        } else if (m instanceof SuppressionFinancement suppression) {
            financementExiste(suppression, chemin.field("annee"), c, rapport);
        }
    }

    private void financementExiste(SuppressionFinancement s, YamlPath chemin, Convention c, Reporter rapport) {
        if (c.financements().stream().noneMatch(f -> f.annee() == s.annee() && f.financeur().equals(s.financeur())
                && f.beneficiaire().equals(s.beneficiaire()))) {
            rapport.error(chemin, "la convention n’a pas de financement versé par « " + s.financeur() + " » à « " + s.beneficiaire()
                    + " » pour l’année " + s.annee(), c.financements().isEmpty() ? "la convention n’a aucun financement"
                    : "financements : " + c.financements().stream().map(f -> f.annee() + " (" + f.financeur() + " à " + f.beneficiaire() + ")")
                            .collect(Collectors.joining(", ")));
        }
    }

    private void checkNouvelleFiche(String numero, YamlPath chemin, Convention c, Reporter rapport) {
        Optional<NumeroFiche> lu = NumeroFiche.read(numero);
        if (lu.isEmpty()) {
            rapport.error(chemin, "le numéro de fiche « " + numero + " » n’a pas la forme AXE.N", "écrivez par exemple « 5.1 »");
        } else if (!axe(c, lu.get().axe())) {
            rapport.error(chemin, "la fiche " + numero + " se rattache à l’axe " + lu.get().axe() + ", qui n’existe pas",
                    "axes existants : " + c.axes().stream().map(a -> String.valueOf(a.numero())).collect(Collectors.joining(", "))
                            + " ; un nouvel axe s’ajoute par « ajout_axe », avant cette modification");
        } else if (fiche(c, numero)) {
            rapport.error(chemin, "la fiche " + numero + " existe déjà", "pour la modifier, écrivez « remplacement_fiche »");
        }
    }

    private void partieExiste(String id, YamlPath chemin, Convention c, Reporter rapport) {
        if (!partie(c, id)) {
            rapport.error(chemin, "« " + id + " » n’est pas une partie de la convention", "parties : " + ids(c));
        }
    }

    private void ficheExiste(String numero, YamlPath chemin, Convention c, Reporter rapport) {
        if (!fiche(c, numero)) {
            rapport.error(chemin, "la fiche " + numero + " n’existe pas dans la convention", "fiches existantes : "
                    + c.fichesActions().stream().map(FicheAction::numero).collect(Collectors.joining(", ")));
        }
    }

    private void axeExiste(int numero, YamlPath chemin, Convention c, Reporter rapport) {
        if (!axe(c, numero)) {
            rapport.error(chemin, "l’axe " + numero + " n’existe pas dans la convention", "axes existants : "
                    + c.axes().stream().map(a -> String.valueOf(a.numero())).collect(Collectors.joining(", ")));
        }
    }

    private void ligneExiste(int ligne, YamlPath chemin, Convention c, Reporter rapport) {
        int lignes = c.equipements().size();
        if (ligne < 1 || ligne > lignes) {
            rapport.error(chemin, "l’annexe 2 n’a pas de ligne " + ligne + " (elle en compte " + lignes + ")",
                    lignes == 0 ? "l’annexe 2 est vide : ajoutez des lignes par « ajout_equipements »"
                            : "écrivez un rang de ligne entre 1 et " + lignes);
        }
    }

    private static boolean fiche(Convention c, String numero) {
        return c.fichesActions().stream().anyMatch(f -> f.numero().equals(numero));
    }

    private static boolean axe(Convention c, int numero) {
        return c.axes().stream().anyMatch(a -> a.numero() == numero);
    }

    private static int maxAxe(Convention c) {
        return c.axes().stream().mapToInt(Axe::numero).max().orElse(0);
    }

    private static boolean partie(Convention c, String id) {
        return c.parties().stream().anyMatch(p -> p.id().equals(id));
    }

    private static String ids(Convention c) {
        return c.parties().stream().map(Partie::id).collect(Collectors.joining(", "));
    }
}
