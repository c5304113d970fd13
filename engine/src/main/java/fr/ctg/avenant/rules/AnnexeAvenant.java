package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.avenant.Consolidation;
import fr.ctg.load.YamlPath;
import fr.ctg.model.avenant.AjoutAnnexe;
import fr.ctg.model.avenant.Annexe;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.RemplacementAnnexe;
import fr.ctg.model.avenant.SuppressionAnnexe;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import fr.ctg.validate.rules.FichierReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The annexes an avenant adds come after the national ones (1 to 6) under a free number; those it replaces or removes
 * were added by an avenant (the national annexes change by their own typed changes); each has a text or a PDF of the
 * convention's folder, not both. Each change is checked against the annexes the changes before it leave.
 */
@CtgRule(code = "CTG-AVENANT-ANNEXE",
        resume = "Une annexe ajoutée porte un numéro libre après les annexes nationales, une annexe remplacée ou supprimée a été ajoutée par"
                + " un avenant, et chacune a soit un texte, soit un PDF lisible du dossier de la convention.",
        severity = {RuleSeverity.ERROR, RuleSeverity.ERROR_UNLESS_DRAFT})
public final class AnnexeAvenant implements Rule<AvenantContext> {

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        List<Annexe> annexes = new ArrayList<>();
        contexte.precedents().forEach(precedent -> precedent.modifications().forEach(m -> Consolidation.applyToAnnexes(annexes, m)));
        Path dossier = contexte.file().toAbsolutePath().normalize().getParent().getParent();
        Avenant avenant = contexte.avenant();
        List<Modification> modifications = avenant.modifications();
        for (int i = 0; i < modifications.size(); i++) {
            Modification m = modifications.get(i);
            YamlPath chemin = YamlPath.root().field("modifications").index(i).field(m.type());
            if (m instanceof AjoutAnnexe ajout) {
                checkNouvelle(ajout.annexe(), chemin.field("numero"), annexes, rapport);
                checkContenu(ajout.annexe(), chemin, dossier, rapport);
            } else if (m instanceof RemplacementAnnexe remplacement) {
                checkAjoutee(remplacement.annexe().numero(), chemin.field("numero"), annexes, rapport);
                checkContenu(remplacement.annexe(), chemin, dossier, rapport);
            } else if (m instanceof SuppressionAnnexe suppression) {
                checkAjoutee(suppression.numero(), chemin.field("numero"), annexes, rapport);
            }
            Consolidation.applyToAnnexes(annexes, m);
        }
    }

    private static void checkNouvelle(Annexe annexe, YamlPath chemin, List<Annexe> annexes, Reporter rapport) {
        int numero = annexe.numero();
        if (numero <= Annexe.DERNIERE_ANNEXE_NATIONALE) {
            rapport.error(chemin, "les annexes 1 à " + Annexe.DERNIERE_ANNEXE_NATIONALE + " sont celles du texte national",
                    "numérotez l’annexe ajoutée " + suivante(annexes));
        } else {
            ajoutee(annexes, numero).ifPresent(existante -> rapport.error(chemin, "l’annexe " + numero + " existe déjà (« " + existante.titre()
                    + " »)", "pour la modifier, écrivez « remplacement_annexe » ; sinon numérotez l’annexe ajoutée " + suivante(annexes)));
        }
    }

    private static void checkAjoutee(int numero, YamlPath chemin, List<Annexe> annexes, Reporter rapport) {
        if (numero >= 1 && numero <= Annexe.DERNIERE_ANNEXE_NATIONALE) {
            rapport.error(chemin, "l’annexe " + numero + " est une annexe nationale : elle change par les modifications de son contenu",
                    "écrivez les modifications typées de ce qu’elle présente (équipements, fiches actions, axes, délibérations)");
        } else if (ajoutee(annexes, numero).isEmpty()) {
            rapport.error(chemin, "la convention n’a pas d’annexe " + numero, annexes.isEmpty()
                    ? "aucun avenant n’a encore ajouté d’annexe : écrivez « ajout_annexe »"
                    : "annexes ajoutées par les avenants : " + annexes.stream().map(a -> String.valueOf(a.numero())).collect(Collectors.joining(", ")));
        }
    }

    private static void checkContenu(Annexe annexe, YamlPath chemin, Path dossier, Reporter rapport) {
        String aide = "écrivez « texte » pour une annexe rédigée dans l’avenant, ou « fichier » pour un PDF joint";
        if (annexe.texte() != null && annexe.fichier() != null) {
            rapport.error(chemin.field("fichier"), "l’annexe " + annexe.numero() + " a à la fois un texte et un fichier", aide);
        } else if (annexe.texte() == null && annexe.fichier() == null) {
            rapport.error(chemin.field("titre"), "l’annexe " + annexe.numero() + " n’a ni texte ni fichier", aide);
        } else if (annexe.fichier() != null) {
            FichierReference.checkAnnexPdf(dossier, annexe.fichier(), chemin.field("fichier"), rapport);
        }
    }

    private static Optional<Annexe> ajoutee(List<Annexe> annexes, int numero) {
        return annexes.stream().filter(a -> a.numero() == numero).findFirst();
    }

    private static int suivante(List<Annexe> annexes) {
        return annexes.stream().mapToInt(Annexe::numero).max().orElse(Annexe.DERNIERE_ANNEXE_NATIONALE) + 1;
    }
}
