package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code ctg generer} killed outright (SIGKILL) in the middle of a batch, in a child process. */
class KilledGenerationTest {

    private static final int CONVENTIONS = 16;

    private static final int WAIT_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    void leavesEachDocumentWholeOldOrNewAndTheNextRunRemovesWhatItLeftBehind() throws Exception {
        Path conventions = dir.resolve("conventions");
        Path output = dir.resolve("sortie");
        writeConventions(conventions, "Exempleville");
        assertEquals(0, ctg("generer", conventions.toString(), "-o", output.toString()).code());
        Map<Path, byte[]> before = documents(output);

        writeConventions(conventions, "Exempleville-sur-Mer");
        Process child = CliRun.inChildProcess(dir.resolve("enfant.log"), "generer", conventions.toString(), "-o", output.toString());
        waitUntilOneDocumentChanged(output, before, child);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        Path expected = dir.resolve("attendu");
        assertEquals(0, ctg("generer", conventions.toString(), "-o", expected.toString()).code());
        Map<Path, byte[]> after = documents(expected);
        Map<Path, byte[]> leftByTheKill = documents(output);
        assertEquals(before.keySet(), leftByTheKill.keySet());
        int renewed = 0;
        for (Map.Entry<Path, byte[]> document : leftByTheKill.entrySet()) {
            boolean old = Arrays.equals(before.get(document.getKey()), document.getValue());
            boolean complete = Arrays.equals(after.get(document.getKey()), document.getValue());
            assertTrue(old || complete, document.getKey() + " n’est ni l’ancien document ni le nouveau entier");
            renewed += complete ? 1 : 0;
        }
        assertTrue(renewed > 0 && renewed < before.size(), "le processus devait être tué au milieu du lot : " + renewed);

        assertEquals(0, ctg("generer", conventions.toString(), "-o", output.toString()).code());
        assertEquals(List.of(), temporaries(output));
        Map<Path, byte[]> rerun = documents(output);
        assertEquals(after.keySet(), rerun.keySet());
        after.forEach((file, bytes) -> assertArrayEquals(bytes, rerun.get(file), file.toString()));
    }

    private void writeConventions(Path conventions, String place) {
        for (int i = 1; i <= CONVENTIONS; i++) {
            minimalConvention(conventions.resolve(String.format("convention-%02d", i)).resolve("convention.yaml"),
                    "lieu: Exempleville", "lieu: " + place);
        }
    }

    /** The wait is long enough for a cold child JVM on a crowded 2-core machine; on a quiet one it takes a few seconds. */
    private static void waitUntilOneDocumentChanged(Path output, Map<Path, byte[]> before, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "le processus s’est terminé avant d’être tué");
            for (Map.Entry<Path, byte[]> document : before.entrySet()) {
                byte[] now = Files.readAllBytes(output.resolve(document.getKey()));
                if (!Arrays.equals(now, document.getValue())) {
                    return;
                }
            }
            Thread.sleep(2);
        }
        throw new AssertionError("aucun document de " + output + " n’a changé en " + WAIT_SECONDS + " s");
    }

    /** Every PDF and DOCX under {@code folder}, by path relative to it. */
    private static Map<Path, byte[]> documents(Path folder) throws IOException {
        Map<Path, byte[]> documents = new HashMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pdf") || f.toString().endsWith(".docx")).toList()) {
                documents.put(folder.relativize(file), Files.readAllBytes(file));
            }
        }
        return documents;
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partiel")).toList();
        }
    }
}
