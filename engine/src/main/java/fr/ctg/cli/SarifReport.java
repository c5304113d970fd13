package fr.ctg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Diagnostics as SARIF 2.1.0, the format code scanning reads (GitHub, GitLab, editors): one run whose tool lists every
 * code of the catalogue with its summary and its page, one result per diagnostic, the files that could not be read as
 * notifications of a run that did not succeed. Columns count characters, as the engine does.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private final ObjectMapper json = new ObjectMapper();
    private final ReportPaths paths;
    private final List<CodesTable.Row> rules;

    SarifReport(ReportPaths paths, CodesTable catalogue) {
        this.paths = paths;
        this.rules = catalogue.rows();
    }

    void write(Validation validation, PrintWriter out) {
        ObjectNode root = json.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "ctg");
        driver.put("fullName", "Moteur des Conventions Territoriales Globales (CTG)");
        Map<String, Integer> ruleIndex = new HashMap<>();
        ArrayNode ruleList = driver.putArray("rules");
        for (CodesTable.Row row : rules) {
            ruleIndex.put(row.code(), ruleIndex.size());
            ObjectNode rule = ruleList.addObject();
            rule.put("id", row.code());
            rule.putObject("shortDescription").put("text", row.resume());
            ExplanationPage.of(row).ifPresent(page -> rule.putObject("help").put("text", page.text()).put("markdown", page.text()));
            rule.putObject("properties").put("gravite", row.severity());
        }
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", validation.unreadable().isEmpty());
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (UnreadableFile unreadable : validation.unreadable()) {
            ObjectNode notification = notifications.addObject();
            notification.put("level", "error");
            notification.putObject("message").put("text", unreadable.message());
            notification.putArray("locations").addObject().putObject("physicalLocation").putObject("artifactLocation")
                    .put("uri", paths.uri(unreadable.file()));
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (ValidationResult result : validation.results()) {
            for (Diagnostic diagnostic : result.diagnostics()) {
                results.add(result(diagnostic, ruleIndex));
            }
        }
        out.println(root.toPrettyString());
    }

    private ObjectNode result(Diagnostic diagnostic, Map<String, Integer> ruleIndex) {
        ObjectNode result = json.createObjectNode();
        result.put("ruleId", diagnostic.code());
        Integer index = ruleIndex.get(diagnostic.code());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", diagnostic.severity() == Severity.ERROR ? "error" : "warning");
        result.putObject("message").put("text", withHint(diagnostic));
        result.putArray("locations").addObject().set("physicalLocation", physicalLocation(diagnostic.position()));
        if (!diagnostic.labels().isEmpty()) {
            ArrayNode related = result.putArray("relatedLocations");
            for (Label label : diagnostic.labels()) {
                ObjectNode location = related.addObject();
                location.put("id", related.size() - 1);
                location.set("physicalLocation", physicalLocation(label.position()));
                location.putObject("message").put("text", label.note());
            }
        }
        return result;
    }

    /** The message, then how to fix it: machine reports have one text for both. */
    static String withHint(Diagnostic diagnostic) {
        return diagnostic.hint() == null ? diagnostic.message() : diagnostic.message() + " (aide : " + diagnostic.hint() + ")";
    }

    /**
     * The file and the stretch of the value; a point underlines one character, as the text report does. A position
     * before the first line (the file as a whole) has no region.
     */
    private ObjectNode physicalLocation(Position position) {
        ObjectNode location = json.createObjectNode();
        location.putObject("artifactLocation").put("uri", paths.uri(position.file()));
        if (position.line() < 1 || position.column() < 1) {
            return location;
        }
        ObjectNode region = location.putObject("region");
        region.put("startLine", position.line());
        region.put("startColumn", position.column());
        region.put("endLine", position.endLine());
        region.put("endColumn", position.isPoint() ? position.column() + 1 : position.endColumn());
        return location;
    }
}
