package fr.ctg.cli;

import static fr.ctg.cli.CliRun.minimalConvention;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A {@code ctg generer} stopped as Ctrl-C stops it (a signal that runs the shutdown hooks), in a child process. */
class InterruptedGenerationTest {

    private static final int CONVENTIONS = 24;

    @TempDir
    Path dir;

    @Test
    void saysWhatWasDoneBeforeTheInterruption() throws Exception {
        Path conventions = dir.resolve("conventions");
        for (int i = 1; i <= CONVENTIONS; i++) {
            minimalConvention(conventions.resolve(String.format("convention-%02d", i)).resolve("convention.yaml"));
        }
        Path log = dir.resolve("enfant.log");
        Process child = CliRun.inChildProcess(log, "generer", conventions.toString(), "-o", dir.resolve("sortie").toString());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (Files.readString(log, StandardCharsets.UTF_8).isEmpty() && System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "le processus s’est terminé avant d’être interrompu");
            Thread.sleep(5);
        }
        child.destroy();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        int produced = (int) lines.stream().filter(line -> line.matches("convention-[0-9]{2} : .*")).count();
        assertEquals("", lines.get(lines.size() - 3));
        assertEquals("ctg : interrompu après " + produced + (produced > 1 ? " conventions" : " convention") + " sur " + CONVENTIONS,
                lines.get(lines.size() - 2));
        Matcher summary = Pattern.compile("(\\d+) conventions? produites?, 0 en échec, en \\d+,\\d s").matcher(lines.get(lines.size() - 1));
        assertTrue(summary.matches(), lines.toString());
        assertEquals(produced, Integer.parseInt(summary.group(1)));
        assertTrue(produced < CONVENTIONS, "interrompu avant la fin : " + lines);
    }
}
