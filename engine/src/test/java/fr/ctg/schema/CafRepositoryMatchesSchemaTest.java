package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.repository.CafRepository;
import fr.ctg.repository.NewConvention;
import fr.ctg.repository.RepositorySettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Caf's repository as ctg init, ctg nouveau and its staff fill it, checked as VS Code checks it: each YAML file against
 * the schema that .vscode/settings.json maps to it, read as YAML 1.2.
 */
class CafRepositoryMatchesSchemaTest {

    private static final String STYLE = """
            couleurs:
              titres: "#0A5EA8"
            taille: 11
            pied_de_page: Page {page} sur {pages}
            """;

    @TempDir
    Path temp;

    private Path repository;

    @BeforeEach
    void fill() throws Exception {
        repository = temp.resolve("depot");
        CafRepository.create(repository, "Caisse d’allocations familiales de l’Exemple", "0.1.0");
        NewConvention.create(RepositorySettings.find(repository), "exemple-2027-2031", LocalDate.of(2027, 1, 1));
        write("modeles/style/style-maison.yaml", STYLE);
        write("conventions/exemple-2027-2031/modeles-locaux/style/style-maison.yaml", STYLE.replace("11", "12"));
    }

    @Test
    void everyYamlFileHasOneSchemaThatAcceptsIt() throws IOException {
        Map<String, String> schemaOf = new TreeMap<>();
        Map<String, List<String>> refused = new TreeMap<>();
        for (String file : yamlFiles()) {
            List<String> schemas = schemasOf(file);
            schemaOf.put(file, String.join(" ", schemas));
            if (schemas.size() == 1) {
                List<String> errors = editor(schemas.get(0)).errors(repository.resolve(file));
                if (!errors.isEmpty()) {
                    refused.put(file, errors);
                }
            }
        }

        assertEquals(Map.of(
                "conventions/exemple-2027-2031/convention.yaml", "./conventions/ctg-convention.schema.json",
                "conventions/exemple-2027-2031/modeles-locaux/style/style-maison.yaml", "./conventions/ctg-style.schema.json",
                "ctg.yaml", "./conventions/ctg-depot.schema.json",
                "modeles/style/style-maison.yaml", "./conventions/ctg-style.schema.json"), schemaOf);
        assertEquals(Map.of(), refused);
    }

    @Test
    void acceptsTheCtgYamlOfACafThatFilledIt() throws IOException {
        String filled = settings().replace("\"XXXXXXXXX\"", "\"534089354\"").replace("adresse: XXXX", "adresse: 1 rue de l’Exemple, 04000 Digne")
                .replace("nom: XXXX", "nom: Claire MARTIN") + "    - civilite: M.\n      nom: Jean ROUX\n      qualite: Président\n";

        assertEquals(List.of(), editor("./conventions/ctg-depot.schema.json").errors(filled));
    }

    @Test
    void refusesAMisspelledKeyOfCtgYamlAtItsPath() throws IOException {
        String misspelled = settings().replace("  siren:", "  sirene:");

        assertEquals(List.of("$.caf: property 'sirene' is not defined in the schema and the schema does not allow additional properties",
                "$.caf: required property 'siren' not found"), editor("./conventions/ctg-depot.schema.json").errors(misspelled));
    }

    @Test
    void refusesAWrittenOutCivilityAndACafWithoutRepresentative() throws IOException {
        EditorValidation editor = editor("./conventions/ctg-depot.schema.json");

        assertEquals(List.of("$.caf.representants[0].civilite: does not have a value in the enumeration [\"M.\", \"Mme\"]"),
                editor.errors(settings().replace("civilite: Mme", "civilite: Madame")));
        assertEquals(List.of("$.caf.representants: must have at least 1 items but found 0"),
                editor.errors(settings().replaceFirst("(?s)  representants:\n.*", "  representants: []\n")));
    }

    private String settings() throws IOException {
        return Files.readString(repository.resolve(RepositorySettings.FILE_NAME), StandardCharsets.UTF_8);
    }

    /** The schemas whose patterns in .vscode/settings.json match the file, relative to the repository as VS Code reads them. */
    private List<String> schemasOf(String file) throws IOException {
        JsonNode mapping = new ObjectMapper().readTree(repository.resolve(".vscode/settings.json").toFile()).get("yaml.schemas");
        List<String> schemas = new ArrayList<>();
        mapping.fields().forEachRemaining(schema -> {
            for (JsonNode glob : schema.getValue()) {
                if (FileSystems.getDefault().getPathMatcher("glob:" + glob.asText()).matches(Path.of(file))) {
                    schemas.add(schema.getKey());
                    return;
                }
            }
        });
        return schemas;
    }

    private EditorValidation editor(String schema) {
        return EditorValidation.of(repository.resolve(schema).normalize());
    }

    private List<String> yamlFiles() throws IOException {
        try (Stream<Path> tree = Files.walk(repository)) {
            return tree.filter(p -> p.toString().endsWith(".yaml")).map(p -> repository.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private void write(String file, String text) throws IOException {
        Path path = repository.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, StandardCharsets.UTF_8);
    }
}
