package fr.ctg.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class InputOutputFailureTest {

    @Test
    void namesTheCommonCausesInFrench() {
        assertEquals("fichier ou dossier introuvable", InputOutputFailure.describe(new NoSuchFileException("/tmp/x")));
        assertEquals("accès refusé", InputOutputFailure.describe(new AccessDeniedException("/tmp/x")));
        assertEquals("disque plein", InputOutputFailure.describe(new FileSystemException("/tmp/x", null, "No space left on device")));
        assertEquals("disque plein", InputOutputFailure.describe(new IOException("No space left on device")));
        assertEquals("le disque n’accepte que la lecture", InputOutputFailure.describe(new FileSystemException("/x", null, "Read-only file system")));
    }

    @Test
    void neverRepeatsAnEnglishMessageItDoesNotKnow() {
        assertEquals("erreur d’entrée-sortie (IOException)", InputOutputFailure.describe(new IOException("Stale file handle")));
    }
}
