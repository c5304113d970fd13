package fr.ctg.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Diagnostics as a GitLab Code Quality report: an array of issues, each with its code, its file and first line, a
 * severity (an error is {@code critical}, a warning {@code minor}, a file that could not be read {@code blocker}) and a
 * fingerprint that stays the same while the problem does, lines moved or not, so that a merge request shows only the
 * problems it brings.
 */
final class CodeQualityReport {

    /** The check of a file that could not be read: no rule of the catalogue, the file itself. */
    static final String UNREADABLE_CHECK = "fichier-illisible";

    private final ObjectMapper json = new ObjectMapper();
    private final ReportPaths paths;

    CodeQualityReport(ReportPaths paths) {
        this.paths = paths;
    }

    void write(Validation validation, PrintWriter out) {
        ArrayNode issues = json.createArrayNode();
        Map<String, Integer> seen = new HashMap<>();
        for (ValidationResult result : validation.results()) {
            for (Diagnostic diagnostic : result.diagnostics()) {
                String path = paths.of(diagnostic.position().file());
                add(issues, seen, diagnostic.code(), SarifReport.withHint(diagnostic), diagnostic.isError() ? "critical" : "minor", path,
                        Math.max(1, diagnostic.position().line()), diagnostic.message());
            }
        }
        for (UnreadableFile unreadable : validation.unreadable()) {
            String path = paths.of(unreadable.file());
            add(issues, seen, UNREADABLE_CHECK, unreadable.message(), "blocker", path, 1, "");
        }
        out.println(issues.toPrettyString());
    }

    /** The same problem twice in one file (same code, same message) is told apart by its rank. */
    private void add(ArrayNode issues, Map<String, Integer> seen, String check, String description, String severity, String path,
            int line, String identity) {
        String key = check + "\n" + path + "\n" + identity;
        int rank = seen.merge(key, 1, Integer::sum);
        ObjectNode issue = issues.addObject();
        issue.put("description", description);
        issue.put("check_name", check);
        issue.put("fingerprint", fingerprint(key + "\n" + rank));
        issue.put("severity", severity);
        ObjectNode location = issue.putObject("location");
        location.put("path", path);
        location.putObject("lines").put("begin", line);
    }

    private static String fingerprint(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 manque à cette machine Java", e);
        }
    }
}
