package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {

    private static final String CAF = "Caisse d’allocations familiales des Alpes-de-Haute-Provence";

    @TempDir
    Path dir;

    @Test
    void createsTheRepositoryOfACaf() throws IOException {
        Path repository = dir.resolve("ctg-caf04");

        CliRun run = ctg("init", repository.toString(), "--caf", CAF);

        assertEquals(new CliRun(0, "ctg : dépôt créé dans " + repository + " ; complétez ctg.yaml, puis, dans ce dossier,"
                + " « ctg nouveau IDENTIFIANT » pour chaque convention (voir GUIDE.md)\n", ""), run);
        assertEquals(List.of(".github/workflows/ctg.yml", ".gitignore", ".gitlab-ci.yml", ".vscode/extensions.json", ".vscode/settings.json",
                ".vscode/tasks.json", "GUIDE.md", "conventions/ctg-avenant.schema.json", "conventions/ctg-convention.schema.json",
                "conventions/ctg-depot.schema.json", "conventions/ctg-style.schema.json", "ctg.yaml", "modeles/LISEZMOI.md"),
                files(repository));
        assertEquals("out/", Files.readString(repository.resolve(".gitignore")).lines().filter(l -> !l.startsWith("#")).findFirst().orElseThrow());
    }

    @Test
    void writesTheCafsDefaultsAndTheEngineVersionInCtgYaml() throws IOException {
        Path repository = dir.resolve("depot");

        ctg("init", repository.toString(), "--caf", "Caf « test » : l’essai");

        assertEquals("""
                # Conventions territoriales globales : Caf « test » : l’essai. Dépôt créé par « ctg init ».
                # La version du moteur ctg que ce dépôt attend ; la CI installe celle-ci.
                version_moteur: 0.1.0
                # Ce que « ctg nouveau ID » reprend dans chaque nouvelle convention : remplacez les « XXXX ».
                caf:
                  nom: 'Caf « test » : l’essai'
                  siren: "XXXXXXXXX"
                  adresse: XXXX
                  representants:
                    - civilite: Mme
                      nom: XXXX
                      qualite: Directrice
                """, Files.readString(repository.resolve("ctg.yaml"), StandardCharsets.UTF_8));
    }

    @Test
    void writesTheSameSchemasAsTheSchemaCommand() throws IOException {
        Path repository = dir.resolve("depot");

        ctg("init", repository.toString(), "--caf", CAF);

        assertEquals(ctg("schema").out(), Files.readString(repository.resolve("conventions/ctg-convention.schema.json")));
        assertEquals(ctg("schema", "--avenant").out(), Files.readString(repository.resolve("conventions/ctg-avenant.schema.json")));
        assertEquals(ctg("schema", "--depot").out(), Files.readString(repository.resolve("conventions/ctg-depot.schema.json")));
        assertEquals(ctg("schema", "--style").out(), Files.readString(repository.resolve("conventions/ctg-style.schema.json")));
    }

    @Test
    void acceptsAnEmptyFolder() throws IOException {
        Path repository = Files.createDirectory(dir.resolve("vide"));

        assertEquals(0, ctg("init", repository.toString(), "--caf", CAF).code());
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Path repository = Files.createDirectory(dir.resolve("plein"));
        Files.writeString(repository.resolve("notes.txt"), "à garder");

        assertEquals(new CliRun(2, "", "ctg : le dossier " + repository + " n’est pas vide :"
                + " ctg init crée un dépôt dans un dossier vide ou qui n’existe pas encore\n"), ctg("init", repository.toString(), "--caf", CAF));
        assertEquals(List.of("notes.txt"), files(repository));
    }

    @Test
    void refusesAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("depot"), "");

        assertEquals(new CliRun(2, "", "ctg : " + file + " est un fichier :"
                + " ctg init crée un dépôt dans un dossier vide ou qui n’existe pas encore\n"), ctg("init", file.toString(), "--caf", CAF));
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
