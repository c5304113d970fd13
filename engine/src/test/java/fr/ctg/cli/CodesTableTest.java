package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.avenant.rules.AvenantRules;
import fr.ctg.load.LoadCode;
import fr.ctg.model.Convention;
import fr.ctg.style.StyleRules;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import fr.ctg.validate.Rules;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesTableTest {

    @CtgRule(code = "CTG-ESSAI", resume = "Le début | la fin.", severity = {RuleSeverity.ERROR_UNLESS_DRAFT, RuleSeverity.ERROR})
    static final class TestRule implements Rule<Convention> {
        @Override
        public void check(Convention convention, Reporter reporter) {
        }
    }

    private final CodesTable table = new CodesTable(List.of(new TestRule()));

    @Test
    void listsTheRulesThenTheLoadersCodesThenTheTemplatesInAMarkdownTable() {
        List<String> lines = table.markdown().lines().toList();

        assertEquals(List.of(
                "| Code | Gravité | Règle |",
                "| --- | --- | --- |",
                "| `CTG-ESSAI` | erreur ; dans certains cas, avertissement en projet | Le début \\| la fin. |",
                "| `CTG-YAML-TAILLE` | erreur | Le fichier pèse au plus 5 Mo ; alias développés, il compte au plus 200 000 valeurs et 2 millions de caractères de texte. |"), lines.subList(0, 4));
        assertEquals("| `CTG-VALEUR-INCONNUE` | erreur | Les champs à choix prennent l’une des valeurs prévues. |", lines.get(lines.size() - 2));
        assertEquals("| `CTG-MODELE` | erreur | Les modèles (.ftlx) sont du FreeMarker bien formé, n’emploient que les valeurs du modèle"
                + " de données et aucune construction qui exécuterait du code (?new, ?api, ?eval, ?interpret) ; le document qu’ils composent"
                + " respecte templates/XHTML.md et reste dans les limites de taille, de durée et d’imbrication de la composition. |", lines.get(lines.size() - 1));
        assertEquals(4 + LoadCode.values().length, lines.size());
        assertEquals('\n', table.markdown().charAt(table.markdown().length() - 1));
    }

    @Test
    void alignsTheColumnsForTheTerminal() {
        List<String> lines = table.text().lines().toList();

        assertEquals("CTG-ESSAI             erreur ; dans certains cas, avertissement en projet  Le début | la fin.", lines.get(0));
        assertEquals("CTG-YAML-TAILLE       erreur                                               Le fichier pèse au plus 5 Mo ; alias développés, il compte"
                + " au plus 200 000 valeurs et 2 millions de caractères de texte.", lines.get(1));
    }

    @Test
    void theEnginesTableHasEveryRuleEveryLoaderCodeAndTheTemplatesCodeOnce() {
        List<String> codes = CodesTable.ofEngine().rows().stream().map(CodesTable.Row::code).toList();

        assertEquals(Rules.all().size() + AvenantRules.all().size() + StyleRules.all().size() + LoadCode.values().length + 1, codes.size());
        assertEquals(codes.size(), codes.stream().distinct().count(), "un code apparaît deux fois : " + codes);
        for (Rule<?> rule : Rules.all()) {
            assertEquals(true, codes.contains(rule.description().code()), rule.description().code());
        }
    }

    @Test
    void findsARowByItsCodeWhateverItsCaseAndKnowsWhereItsPageIs() {
        assertEquals(new CodesTable.Row("CTG-ESSAI", "erreur ; dans certains cas, avertissement en projet", "Le début | la fin.",
                "fr/ctg/cli/CodesTableTest$TestRule.md"), table.row("ctg-essai").orElseThrow());
        assertEquals(new CodesTable.Row("CTG-YAML-VIDE", "erreur", "Le fichier n’est pas vide.", "fr/ctg/load/CTG-YAML-VIDE.md"),
                table.row("CTG-YAML-VIDE").orElseThrow());
        assertEquals(true, table.row("CTG-INCONNU").isEmpty());
    }

    @Test
    void reglesPrintsTheEnginesTable() {
        assertEquals(new CliRun(0, CodesTable.ofEngine().markdown(), ""), CliRun.ctg("regles", "--format", "markdown"));
        assertEquals(new CliRun(0, CodesTable.ofEngine().text(), ""), CliRun.ctg("regles"));
    }
}
