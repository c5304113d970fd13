package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Every YAML file of the repository, checked as VS Code checks it: against the schema its first line names, read as YAML
 * 1.2. The intentionally invalid examples are refused where their fault is one of form, and left to the engine's rules
 * otherwise.
 */
class RepositoryYamlMatchesSchemaTest {

    private static final Path REPOSITORY = Path.of("..");
    private static final Pattern MODELINE = Pattern.compile("\\A# yaml-language-server: \\$schema=(\\S+)\n");
    private static final Path INVALID_EXAMPLES = REPOSITORY.resolve("examples/invalides");

    /**
     * The invalid examples whose fault the schema sees (the alias bomb hangs under a key it does not know); the others
     * break a rule of the engine, or YAML itself.
     */
    private static final Set<String> REFUSED_BY_THE_SCHEMA = Set.of(
            "alias-bombe", "champ-inconnu", "champ-manquant", "date-francaise", "date-impossible", "type-incorrect", "valeur-inconnue");

    /** The invalid examples that are not even YAML an editor reads: a key twice, an unknown tag, a tabulation in the indentation. */
    private static final Set<String> NOT_YAML = Set.of("cle-double", "etiquette-yaml", "tabulation");

    @Test
    void acceptsEveryConventionAndAvenantOfTheRepository() throws IOException {
        Map<String, List<String>> refused = new TreeMap<>();
        List<Path> files = yamlFiles().stream().filter(file -> !file.startsWith(INVALID_EXAMPLES)).toList();
        for (Path file : files) {
            List<String> errors = editorOf(file).errors(file);
            if (!errors.isEmpty()) {
                refused.put(file.toString(), errors);
            }
        }

        assertEquals(Map.of(), refused);
        assertTrue(files.size() >= 5, "conventions et exemples trouvés : " + files);
    }

    @Test
    void refusesTheInvalidExamplesWhoseFaultIsOfForm() throws IOException {
        Set<String> refused = new TreeSet<>();
        Set<String> notYaml = new TreeSet<>();
        for (Path file : yamlFiles().stream().filter(file -> file.startsWith(INVALID_EXAMPLES)).toList()) {
            String example = file.getParent().getFileName().toString();
            try {
                if (!editorOf(file).errors(file).isEmpty()) {
                    refused.add(example);
                }
            } catch (YamlEngineException e) {
                notYaml.add(example);
            }
        }

        assertEquals(new TreeSet<>(REFUSED_BY_THE_SCHEMA), refused);
        assertEquals(new TreeSet<>(NOT_YAML), notYaml);
    }

    @Test
    void refusesAMisspelledKeyInTheBundledConvention() throws IOException {
        Path file = REPOSITORY.resolve("conventions/forcalquier-2022-2024/convention.yaml");
        String misspelled = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("\nterritoire:", "\nteritoire:");

        assertEquals(List.of("$: property 'teritoire' is not defined in the schema and the schema does not allow additional properties",
                "$: required property 'territoire' not found"), editorOf(file).errors(misspelled));
    }

    /** The schema the file's first line names, relative to the file, as the YAML extension reads it. */
    private static EditorValidation editorOf(Path file) throws IOException {
        Matcher modeline = MODELINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        assertTrue(modeline.find(), file + " ne désigne pas son schéma en première ligne");
        return EditorValidation.of(file.getParent().resolve(modeline.group(1)).normalize());
    }

    private static List<Path> yamlFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("conventions", "examples")) {
            try (Stream<Path> tree = Files.walk(REPOSITORY.resolve(folder))) {
                tree.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
