package fr.ctg.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {

    @TempDir
    Path folder;

    private final Semaphore changes = new Semaphore(0);

    @Test
    void callsBackForAFileOfTheFolderOrOfAFolderCreatedBelowIt() throws Exception {
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), changes::release)) {
            Files.writeString(folder.resolve("convention.yaml"), "id: x\n");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "enregistrement du YAML");

            Files.createDirectories(folder.resolve("modeles/partials"));
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "dossier créé");
            Files.writeString(folder.resolve("modeles/partials/page-de-titre.ftlx"), "<p/>\n");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "modèle du dossier créé après le début");
        }
    }

    @Test
    void callsBackForAFileOfAnyFolderItWatches(@TempDir Path repository) throws Exception {
        Path modeles = Files.createDirectories(repository.resolve("modeles/style"));
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder, repository.resolve("modeles")), changes::release)) {
            Files.writeString(modeles.resolve("style-maison.yaml"), "taille: 12\n");
            assertTrue(changes.tryAcquire(10, TimeUnit.SECONDS), "style du dépôt");
        }
    }

    @Test
    void ignoresHiddenAndBackupFiles() throws Exception {
        try (FolderWatcher watcher = new FolderWatcher(List.of(folder), changes::release)) {
            Files.writeString(folder.resolve(".convention.yaml.swp"), "x");
            Files.writeString(folder.resolve("convention.yaml~"), "x");
            Thread.sleep(300);
            assertEquals(0, changes.availablePermits());
        }
    }
}
