package fr.ctg.cli;

import fr.ctg.avenant.rules.AvenantRules;
import fr.ctg.compose.TemplateFiles;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.LoadCode;
import fr.ctg.style.StyleRules;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import fr.ctg.validate.Rules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Every diagnostic code the engine can report: the CTG rules (conventions, avenants, house style), in their order, then the loader's codes
 * for a file that cannot be read as a convention, then the code of template errors. The README embeds {@link #markdown()} between its
 * {@code <!-- codes:debut -->} and {@code <!-- codes:fin -->} markers.
 */
public final class CodesTable {

    /**
     * One code: what it is, how serious, what it requires, and where its explanation page is among the resources
     * ({@link ExplanationPage}).
     */
    public record Row(String code, String severity, String resume, String page) {
    }

    private final List<Row> rows;

    /** @param rules convention and avenant rules, each class annotated with {@link CtgRule} */
    public CodesTable(List<? extends Rule<?>> rules) {
        List<Row> all = new ArrayList<>();
        for (Rule<?> rule : rules) {
            CtgRule description = rule.description();
            all.add(new Row(description.code(), RuleSeverity.wording(RuleSeverity.declaredBy(description)), description.resume(),
                    rule.getClass().getName().replace('.', '/') + ".md"));
        }
        String loaderFolder = LoadCode.class.getPackageName().replace('.', '/') + "/";
        for (LoadCode code : LoadCode.values()) {
            all.add(new Row(code.code(), RuleSeverity.wording(EnumSet.of(RuleSeverity.ERROR)), code.resume(),
                    loaderFolder + code.code() + ".md"));
        }
        all.add(new Row(Diagnostic.TEMPLATE_CODE, RuleSeverity.wording(EnumSet.of(RuleSeverity.ERROR)), TemplateFiles.RESUME,
                TemplateFiles.class.getPackageName().replace('.', '/') + "/" + Diagnostic.TEMPLATE_CODE + ".md"));
        this.rows = List.copyOf(all);
    }

    /**
     * The table of the engine as built: {@link Rules#all()}, {@link AvenantRules#all()}, {@link StyleRules#all()},
     * {@link LoadCode} and templates'.
     */
    public static CodesTable ofEngine() {
        List<Rule<?>> rules = new ArrayList<>(Rules.all());
        rules.addAll(AvenantRules.all());
        rules.addAll(StyleRules.all());
        return new CodesTable(rules);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The row of a code, whatever its case ({@code ctg-periode-max}). */
    public Optional<Row> row(String code) {
        return rows.stream().filter(row -> row.code().equalsIgnoreCase(code)).findFirst();
    }

    /** A Markdown table, one line per code, ending with a line feed. */
    public String markdown() {
        StringBuilder table = new StringBuilder("| Code | Gravité | Règle |\n| --- | --- | --- |\n");
        for (Row row : rows) {
            table.append("| `").append(row.code()).append("` | ").append(cell(row.severity())).append(" | ")
                    .append(cell(row.resume())).append(" |\n");
        }
        return table.toString();
    }

    /** Aligned columns for the terminal. */
    public String text() {
        int codeWidth = rows.stream().mapToInt(r -> r.code().length()).max().orElse(0);
        int severityWidth = rows.stream().mapToInt(r -> r.severity().length()).max().orElse(0);
        StringBuilder table = new StringBuilder();
        for (Row row : rows) {
            table.append(pad(row.code(), codeWidth)).append("  ").append(pad(row.severity(), severityWidth)).append("  ")
                    .append(row.resume()).append('\n');
        }
        return table.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
