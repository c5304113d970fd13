package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.VariantDiagnostics;
import fr.ctg.load.YamlPath;
import fr.ctg.model.avenant.Modification;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.List;

/** An item of « modifications » with no type or several cannot be read as a change: the loader reports it, in this rule's words. */
@CtgRule(code = "CTG-AVENANT-MODIFICATION",
        resume = "Un avenant apporte au moins une modification, et chaque modification est d’un seul type (prolongation, ajout_fiches…).")
public final class ModificationAvenant implements Rule<AvenantContext> {

    static final String TYPES = String.join(", ", Modification.TYPES.keys());

    /** What loading says of an item of « modifications » that does not name exactly one type. */
    public static final VariantDiagnostics AU_CHARGEMENT = new VariantDiagnostics() {

        private final String code = ModificationAvenant.class.getAnnotation(CtgRule.class).code();

        @Override
        public Diagnostic noKey(Position position, int rank) {
            return Diagnostic.error(code, position, "la modification " + rank + " ne dit pas de quel type elle est",
                    "commencez-la par l’un des types : " + TYPES);
        }

        @Override
        public Diagnostic severalKeys(Position position, int rank, List<String> keys) {
            return Diagnostic.error(code, position, "la modification " + rank + " mêle plusieurs types (" + String.join(", ", keys) + ")",
                    "écrivez une modification par type, chacune précédée de « - »");
        }
    };

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        if (contexte.avenant().modifications().isEmpty()) {
            rapport.error(YamlPath.root().field("modifications"), "l’avenant n’apporte aucune modification",
                    "ajoutez sous « modifications: » une ligne « - TYPE: » suivie de ses champs ; types possibles : " + TYPES);
        }
    }
}
