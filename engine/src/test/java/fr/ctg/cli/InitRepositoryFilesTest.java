package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

/**
 * The files ctg init writes for the CI and the editor: the CI files parse as YAML and call real ctg commands with options
 * those commands have; VS Code maps the schemas to the files they describe and its problem matcher reads ctg valider.
 */
class InitRepositoryFilesTest {

    @TempDir
    Path dir;

    private Path repository;

    @BeforeEach
    void init() {
        repository = dir.resolve("depot");
        ctg("init", repository.toString(), "--caf", "Caisse d’allocations familiales de l’Exemple");
    }

    @Test
    void gitlabValidatesReportsChecksTheDeadlinesAndKeepsThePdfsFromOneRunToTheNext() throws IOException {
        Map<String, Object> ci = yaml(".gitlab-ci.yml");

        assertEquals(List.of("valider conventions/ --format codequality", "valider conventions/", "echeances conventions/ --strict",
                "generer conventions/ -o out"), ctgCalls(ci));
        assertEquals(Map.of("codequality", "gl-code-quality-report.json"), map(map(ci.get("valider")).get("artifacts")).get("reports"));
        assertEquals(List.of("out/"), map(map(ci.get("documents")).get("artifacts")).get("paths"));
        assertEquals(Map.of("key", "ctg-out-$CI_COMMIT_REF_SLUG", "fallback_keys", List.of("ctg-out-$CI_DEFAULT_BRANCH"), "paths", List.of("out/")),
                map(ci.get("documents")).get("cache"));
        assertEquals(List.of(Map.of("if", "$CI_PIPELINE_SOURCE == \"merge_request_event\""), Map.of("if", "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH")),
                map(ci.get("workflow")).get("rules"));
    }

    @Test
    void githubValidatesReportsChecksTheDeadlinesAndKeepsThePdfsFromOneRunToTheNext() throws IOException {
        Map<String, Object> ci = yaml(".github/workflows/ctg.yml");

        assertEquals(List.of("valider conventions/ --format sarif", "valider conventions/", "echeances conventions/ --strict",
                "generer conventions/ -o out"), ctgCalls(ci));
        List<Object> steps = list(map(map(ci.get("jobs")).get("conventions")).get("steps"));
        assertEquals(List.of("actions/checkout@v4", "actions/setup-java@v4", "github/codeql-action/upload-sarif@v3", "actions/cache@v4",
                        "actions/upload-artifact@v4"),
                steps.stream().map(step -> map(step).get("uses")).filter(uses -> uses != null).toList());
        assertEquals(Map.of("path", "out/", "key", "ctg-out-${{ github.ref }}-${{ github.sha }}",
                        "restore-keys", "ctg-out-${{ github.ref }}-\nctg-out-\n"),
                steps.stream().map(step -> map(step)).filter(step -> "actions/cache@v4".equals(step.get("uses"))).findFirst().orElseThrow().get("with"));
        // SnakeYAML reads the key « on » as YAML 1.1's true, as GitHub does not: either way, both triggers are there
        Map<String, Object> triggers = map(ci.containsKey("on") ? ci.get("on") : ci.get(true));
        assertEquals(List.of("pull_request", "push"), List.copyOf(triggers.keySet()));
    }

    @Test
    void mapsEachSchemaToItsFiles() throws IOException {
        JsonNode schemas = json(".vscode/settings.json").get("yaml.schemas");

        assertEquals("{\"./conventions/ctg-convention.schema.json\":[\"conventions/*/convention.yaml\"],"
                + "\"./conventions/ctg-avenant.schema.json\":[\"conventions/*/avenants/*.yaml\"],"
                + "\"./conventions/ctg-depot.schema.json\":[\"ctg.yaml\"],"
                + "\"./conventions/ctg-style.schema.json\":[\"modeles/style/style-maison.yaml\",\"conventions/**/style/style-maison.yaml\"]}",
                schemas.toString());
        schemas.fieldNames().forEachRemaining(schema -> assertEquals(true, Files.isRegularFile(repository.resolve(schema)), schema));
        assertEquals("[\"redhat.vscode-yaml\"]", json(".vscode/extensions.json").get("recommendations").toString());
    }

    @Test
    void theProblemMatcherReadsTheErrorsAndWarningsOfCtgValider() throws IOException {
        JsonNode task = json(".vscode/tasks.json").get("tasks").get(0);
        Path error = minimalConvention(repository.resolve("conventions/erreur/convention.yaml"), "statut: a_signer\n", "statu: a_signer\n");
        Path warning = minimalConvention(repository.resolve("conventions/projet/convention.yaml"),
                "territoire: Communauté de communes du Val d’Exemple\nstatut: a_signer", "territoire: XXXX\nstatut: projet");
        List<String> command = new ArrayList<>();
        task.get("args").forEach(arg -> command.add(arg.asText()));
        String output = ctg(command.stream().map(arg -> arg.equals("conventions/") ? repository.resolve(arg).toString() : arg)
                .toArray(String[]::new)).out();

        List<String> problems = new ArrayList<>();
        for (JsonNode matcher : task.get("problemMatcher")) {
            JsonNode pattern = matcher.get("pattern");
            Pattern regexp = Pattern.compile(pattern.get("regexp").asText());
            output.lines().map(regexp::matcher).filter(Matcher::matches).forEach(found -> problems.add(matcher.get("severity").asText() + " "
                    + found.group(pattern.get("file").asInt()) + " " + found.group(pattern.get("line").asInt()) + ":"
                    + found.group(pattern.get("column").asInt()) + " " + found.group(pattern.get("code").asInt()) + " "
                    + found.group(pattern.get("message").asInt())));
        }

        assertEquals("ctg", task.get("command").asText());
        assertEquals(List.of(
                "error " + error + " 4:1 CTG-CHAMP-INCONNU le champ « statu » n’existe pas dans la convention",
                "warning " + warning + " 3:13 CTG-ESPACE-RESERVE le champ « territoire » vaut encore « XXXX », un texte à compléter"), problems);
    }

    /** Every call of ctg in the scripts, its arguments up to a redirection or a «  || »; each is checked against the real command. */
    private static List<String> ctgCalls(Object node) {
        List<String> calls = new ArrayList<>();
        for (String line : scriptLines(node)) {
            String command = line.strip();
            if (!command.startsWith("ctg ")) {
                continue;
            }
            String call = command.substring(4).split(" (>|\\|\\|) ")[0];
            assertKnownToCtg(call);
            calls.add(call);
        }
        return calls;
    }

    /** The subcommand exists and has every option named (values are not checked: other formats may be added). */
    private static void assertKnownToCtg(String call) {
        List<String> words = Arrays.asList(call.split(" "));
        CommandLine command = new CommandLine(new Ctg()).getSubcommands().get(words.get(0));
        assertNotNull(command, "ctg n’a pas de commande « " + words.get(0) + " »");
        for (String word : words.subList(1, words.size())) {
            if (word.startsWith("-")) {
                assertNotNull(command.getCommandSpec().findOption(word), "ctg " + words.get(0) + " n’a pas d’option " + word);
            }
        }
    }

    /** The lines of every script, in the file's order (GitLab's script and before_script, GitHub's run). */
    private static List<String> scriptLines(Object node) {
        List<String> lines = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if (List.of("script", "before_script", "run").contains(key)) {
                    (value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of(value.toString()))
                            .forEach(text -> lines.addAll(text.lines().toList()));
                } else {
                    lines.addAll(scriptLines(value));
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> lines.addAll(scriptLines(item)));
        }
        return lines;
    }

    private JsonNode json(String file) throws IOException {
        return new ObjectMapper().readTree(Files.readString(repository.resolve(file)));
    }

    private Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(repository.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object node) {
        return (List<Object>) node;
    }
}
