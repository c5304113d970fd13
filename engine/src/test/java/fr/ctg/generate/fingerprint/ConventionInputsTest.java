package fr.ctg.generate.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionInputsTest {

    private static final String ENGINE = "1.0.0 abc";

    @TempDir
    Path dir;

    private Path convention;
    private String original;

    @BeforeEach
    void writeConventionFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("depot/conventions/amont"));
        convention = Files.writeString(folder.resolve("convention.yaml"), "id: amont\n");
        Files.createDirectories(folder.resolve("avenants"));
        Files.writeString(folder.resolve("avenants/avenant-01.yaml"), "numero: 1\n");
        Files.createDirectories(folder.resolve("deliberations"));
        Files.writeString(folder.resolve("deliberations/cc.pdf"), "%PDF-1.7 une page");
        Files.createDirectories(folder.resolve("modeles/partials"));
        Files.writeString(folder.resolve("modeles/partials/articles.ftlx"), "<p>article</p>");
        Files.createDirectories(dir.resolve("depot/modeles-caf"));
        Files.writeString(dir.resolve("depot/modeles-caf/convention.ftlx"), "<p>Caf</p>");
        original = fingerprint();
    }

    @Test
    void isTheSameWhileNothingChangesAndWhateverTheHiddenFilesOrTheFilesDates() throws IOException {
        Files.writeString(convention.resolveSibling(".convention.yaml.swp"), "brouillon de l’éditeur");
        Files.createDirectories(convention.resolveSibling(".git"));
        Files.writeString(convention.resolveSibling(".git/HEAD"), "ref: refs/heads/main");
        Files.setLastModifiedTime(convention, Files.getLastModifiedTime(convention.resolveSibling("avenants")));

        assertEquals(original, fingerprint());
    }

    @Test
    void isTheSameForTheFolderCopiedElsewhere() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("ailleurs/amont"));
        try (var files = Files.walk(convention.getParent())) {
            for (Path file : files.toList()) {
                Path target = copy.resolve(convention.getParent().relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }

        assertEquals(original, ConventionInputs.fingerprint(copy.resolve("convention.yaml"), ENGINE, List.of(dir.resolve("depot/modeles-caf"))));
    }

    @Test
    void changesWithTheYaml() throws IOException {
        assertChangedBy("convention.yaml", "id: aval\n");
    }

    @Test
    void changesWithAnAvenantOrOneMore() throws IOException {
        assertChangedBy("avenants/avenant-01.yaml", "numero: 2\n");
        assertChangedBy("avenants/avenant-02.yaml", "numero: 2\n");
    }

    @Test
    void changesWithAReferencedFile() throws IOException {
        assertChangedBy("deliberations/cc.pdf", "%PDF-1.7 deux pages");
        assertChangedBy("images/logo.png", "PNG");
    }

    @Test
    void changesWithATemplateOfTheConventionsOwnOverrideFolder() throws IOException {
        assertChangedBy("modeles/partials/articles.ftlx", "<p>autre article</p>");
    }

    @Test
    void changesWithATemplateOfAnOverrideFolderOutsideTheConvention() throws IOException {
        Files.writeString(dir.resolve("depot/modeles-caf/convention.ftlx"), "<p>Caf du Val</p>");

        assertNotEquals(original, fingerprint());
    }

    @Test
    void changesWithTheEngine() throws IOException {
        assertNotEquals(original, ConventionInputs.fingerprint(convention, "1.0.1 abc", List.of(dir.resolve("depot/modeles-caf"))));
    }

    @Test
    void changesWithTheNameOfTheConventionsFile() throws IOException {
        Path renamed = Files.move(convention, convention.resolveSibling("autre.yaml"));

        assertNotEquals(original, ConventionInputs.fingerprint(renamed, ENGINE, List.of(dir.resolve("depot/modeles-caf"))));
    }

    @Test
    void aFileMovedFromOneFolderToAnotherChangesIt() throws IOException {
        Files.move(convention.resolveSibling("deliberations/cc.pdf"), convention.resolveSibling("cc.pdf"));

        assertNotEquals(original, fingerprint());
    }

    private void assertChangedBy(String relative, String text) throws IOException {
        Path file = convention.resolveSibling(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);

        String changed = fingerprint();

        assertNotEquals(original, changed, relative);
        original = changed;
    }

    private String fingerprint() throws IOException {
        return ConventionInputs.fingerprint(convention, ENGINE, List.of(dir.resolve("depot/modeles-caf")));
    }
}
