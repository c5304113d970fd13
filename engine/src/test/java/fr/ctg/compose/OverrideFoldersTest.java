package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folders of a convention's override templates and style: its own, then its Caf repository's. */
class OverrideFoldersTest {

    @TempDir
    Path dir;

    private Path repository() throws Exception {
        Path root = dir.resolve("depot").toAbsolutePath().normalize();
        Files.createDirectories(root.resolve("conventions/essai"));
        Files.writeString(root.resolve("ctg.yaml"), "# dépôt d’essai\n");
        return root;
    }

    @Test
    void aConventionOutsideACafRepositoryWithoutModelesHasNone() throws Exception {
        Files.createDirectories(dir.resolve("essai/modeles"));
        assertEquals(List.of(), OverrideFolders.of(dir.resolve("essai/convention.yaml"), null));
    }

    @Test
    void theConventionsOwnFolderComesBeforeTheRepositorys() throws Exception {
        Path root = repository();
        Files.createDirectories(root.resolve("modeles"));
        Files.createDirectories(root.resolve("conventions/essai/modeles-locaux"));

        assertEquals(List.of(root.resolve("conventions/essai/modeles-locaux"), root.resolve("modeles")),
                OverrideFolders.of(root.resolve("conventions/essai/convention.yaml"), "modeles-locaux"));
        assertEquals(List.of(root.resolve("modeles")), OverrideFolders.of(root.resolve("conventions/essai/convention.yaml"), null));
    }

    @Test
    void aRepositoryWithoutModelesFolderAddsNone() throws Exception {
        Path root = repository();
        assertEquals(List.of(), OverrideFolders.of(root.resolve("conventions/essai/convention.yaml"), null));
    }

    @Test
    void aRepositoryFolderThatLeadsOutOfTheRepositoryIsRefused() throws Exception {
        Path root = repository();
        Path outside = Files.createDirectories(dir.resolve("ailleurs"));
        Files.createSymbolicLink(root.resolve("modeles"), outside);

        CompositionException error = assertThrows(CompositionException.class,
                () -> OverrideFolders.of(root.resolve("conventions/essai/convention.yaml"), null));
        assertEquals("le dossier de modèles du dépôt (" + root.resolve("modeles") + ") mène hors du dépôt (" + root + ")", error.getMessage());
    }

    @Test
    void aTemplateThatLeadsOutOfItsFolderIsRefused() throws Exception {
        Path root = repository();
        Path folder = Files.createDirectories(root.resolve("modeles"));
        Path outside = Files.writeString(dir.resolve("secret.ftlx"), "<#macro article8></#macro>\n");
        Files.createSymbolicLink(folder.resolve("articles.ftlx"), outside);

        CompositionException error = assertThrows(CompositionException.class, () -> OverrideFolders.templates(folder));
        assertEquals("le modèle " + folder.resolve("articles.ftlx") + " mène, par un lien symbolique, hors de son dossier (" + folder + ")",
                error.getMessage());
    }

    @Test
    void theTemplatesOfAFolderAreItsFtlxFilesInTheOrderOfTheirPaths() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("modeles/partials/avenant"));
        for (String name : List.of("partials/signatures.ftlx", "partials/avenant/articles.ftlx", "LISEZMOI.md", "annexes.ftlx")) {
            Files.writeString(dir.resolve("modeles").resolve(name), "");
        }
        Path modeles = dir.resolve("modeles");
        assertEquals(List.of(modeles.resolve("annexes.ftlx"), modeles.resolve("partials/avenant/articles.ftlx"), modeles.resolve("partials/signatures.ftlx")),
                OverrideFolders.templates(modeles));
    }
}
