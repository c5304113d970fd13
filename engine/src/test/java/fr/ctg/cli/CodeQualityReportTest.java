package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeQualityReportTest {

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesAnIssuePerDiagnosticWithItsCodeSeverityAndFirstLine() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "statut: a_signer", "statut: a_signe");

        CliRun run = ctg("valider", "--format", "codequality", file.toString());

        assertEquals(1, run.code());
        JsonNode issues = json.readTree(run.out());
        assertEquals(json.readTree("""
                [{"description": "« a_signe » n’est pas une valeur possible pour « statut » (aide : vouliez-vous dire « a_signer » ?)",
                  "check_name": "CTG-VALEUR-INCONNUE", "fingerprint": "%s", "severity": "critical",
                  "location": {"path": "%s", "lines": {"begin": 4}}}]
                """.formatted(issues.get(0).get("fingerprint").asText(), file)), issues);
        assertEquals(true, issues.get(0).get("fingerprint").asText().matches("[0-9a-f]{32}"));
    }

    @Test
    void keepsTheFingerprintWhenTheLinesMoveAndChangesItWithTheProblem() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "statut: a_signer", "statut: a_signe");
        JsonNode before = json.readTree(ctg("valider", "--format", "codequality", file.toString()).out()).get(0);
        Files.writeString(file, "# une ligne de plus\n" + Files.readString(file));
        JsonNode moved = json.readTree(ctg("valider", "--format", "codequality", file.toString()).out()).get(0);
        Files.writeString(file, Files.readString(file).replace("statut: a_signe", "statut: a_signee"));
        JsonNode other = json.readTree(ctg("valider", "--format", "codequality", file.toString()).out()).get(0);

        assertEquals(5, moved.get("location").get("lines").get("begin").asInt());
        assertEquals(before.get("fingerprint"), moved.get("fingerprint"));
        assertNotEquals(before.get("fingerprint"), other.get("fingerprint"));
    }

    @Test
    void tellsTheSameProblemTwiceApart() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "date: 2023-11-20", "date: XXXX");
        Files.writeString(file, Files.readString(file).replace("  date: 2023-12-15", "  date: XXXX"));

        JsonNode issues = json.readTree(ctg("valider", "--format", "codequality", file.toString()).out());

        assertEquals(2, issues.findValuesAsText("fingerprint").stream().distinct().count(), issues.toPrettyString());
    }

    @Test
    void reportsAFileThatCouldNotBeReadAsABlocker() throws Exception {
        Path missing = dir.resolve("absente/convention.yaml");

        CliRun run = ctg("valider", "--format", "codequality", missing.toString());

        assertEquals(2, run.code());
        JsonNode issues = json.readTree(run.out());
        assertEquals(json.readTree("""
                [{"description": "le fichier %1$s n’existe pas", "check_name": "fichier-illisible", "fingerprint": "%2$s",
                  "severity": "blocker", "location": {"path": "%1$s", "lines": {"begin": 1}}}]
                """.formatted(missing, issues.get(0).get("fingerprint").asText())), issues);
    }
}
