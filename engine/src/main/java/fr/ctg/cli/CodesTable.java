package fr.ctg.cli;

import fr.ctg.avenant.rules.AvenantRules;
import fr.ctg.compose.TemplateFiles;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Severity;
import fr.ctg.load.LoadCode;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * Every diagnostic code the engine can report: the CTG rules, in their order, then the loader's codes
 * for a file that cannot be read as a convention, then the code of template errors. The README embeds {@link #markdown()} between its
 * {@code <!-- codes:debut -->} and {@code <!-- codes:fin -->} markers.
 */
public final class CodesTable {

    /** One code: what it is, how serious, what it requires. */
    public record Row(String code, String severity, String resume) {
    }

    private final List<Row> rows;

    /** @param rules convention and avenant rules, each class annotated with {@link CtgRule} */
    public CodesTable(List<?> rules) {
        List<Row> all = new ArrayList<>();
        for (Object rule : rules) {
            CtgRule description = rule.getClass().getAnnotation(CtgRule.class);
            all.add(new Row(description.code(), description.severity(), description.resume()));
        }
        for (LoadCode code : LoadCode.values()) {
            all.add(new Row(code.code(), Severity.ERROR.label(), code.resume()));
        }
        all.add(new Row(Diagnostic.TEMPLATE_CODE, Severity.ERROR.label(), TemplateFiles.RESUME));
        this.rows = List.copyOf(all);
    }

    /** The table of the engine as built: {@link Rules#all()}, {@link AvenantRules#all()}, {@link LoadCode} and templates'. */
    public static CodesTable ofEngine() {
        List<Object> rules = new ArrayList<>(Rules.all());
        rules.addAll(AvenantRules.all());
        return new CodesTable(rules);
    }

    public List<Row> rows() {
        return rows;
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
