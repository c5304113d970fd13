package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same convention gives the same bytes: in another run, under another default time zone, locale and line
 * separator, and
 * when several are rendered at once by threads sharing one generator.
 */
class DeterminismTest {

    /** A financing table, template syntax in a text field, and an appended deliberation PDF. */
    private static final List<String> CASES = List.of("montant-valide", "gabarit-interpolation", "fichier-valide");
    private static final int THREADS = 4;

    private record Rendering(HostileCase hostile, ConventionSet set) {
        Documents with(DocumentGenerator generator) throws Exception {
            return Generation.convention(generator, set);
        }
    }

    @Test
    void sameBytesInAnotherRunUnderAnotherTimeZoneAndLocale() throws Exception {
        List<Rendering> renderings = renderings();
        List<Documents> reference = sequentially(renderings, new DocumentGenerator());
        TimeZone timeZone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            // UTC+14, and the locale whose "i".toUpperCase() is not "I"
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertSame(reference, sequentially(renderings, new DocumentGenerator()));
        } finally {
            TimeZone.setDefault(timeZone);
            Locale.setDefault(locale);
        }
    }

    /** Windows' line separator once changed the XMP packet of every PDF; the JVM reads it once, at its start. */
    @Test
    void sameBytesUnderWindowsLineSeparator(@TempDir Path dir) throws Exception {
        Path convention = HostileCase.CORPUS.resolve("fichier-valide").toAbsolutePath();
        for (String separator : List.of("\n", "\r\n")) {
            ChildCtg.Result result = ChildCtg.run(dir, Duration.ofSeconds(120), List.of("-Dline.separator=" + separator),
                    "generer", convention.toString(), "-o", dir.resolve(separator.length() == 1 ? "lf" : "crlf").toString());
            assertEquals(0, result.exitCode(), result.all());
        }
        for (String name : List.of("convention.pdf", "convention.docx")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("lf/fichier-valide").resolve(name)),
                    Files.readAllBytes(dir.resolve("crlf/fichier-valide").resolve(name)), name);
        }
    }

    @Test
    void sameBytesWhenThreadsShareOneGenerator() throws Exception {
        List<Rendering> renderings = renderings();
        DocumentGenerator shared = new DocumentGenerator();
        List<Documents> reference = sequentially(renderings, shared);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<List<Future<Documents>>> perThread = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                List<Future<Documents>> futures = new ArrayList<>();
                for (Rendering rendering : renderings) {
                    futures.add(pool.submit(() -> rendering.with(shared)));
                }
                perThread.add(futures);
            }
            for (List<Future<Documents>> futures : perThread) {
                List<Documents> results = new ArrayList<>();
                for (Future<Documents> future : futures) {
                    results.add(future.get());
                }
                assertSame(reference, results);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Rendering> renderings() throws Exception {
        List<Rendering> renderings = new ArrayList<>();
        for (String name : CASES) {
            HostileCase hostile = new HostileCase(HostileCase.CORPUS.resolve(name));
            renderings.add(new Rendering(hostile, Generation.valid(hostile.convention())));
        }
        return renderings;
    }

    private static List<Documents> sequentially(List<Rendering> renderings, DocumentGenerator generator) throws Exception {
        List<Documents> documents = new ArrayList<>();
        for (Rendering rendering : renderings) {
            documents.add(rendering.with(generator));
        }
        return documents;
    }

    private static void assertSame(List<Documents> expected, List<Documents> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).pdf(), actual.get(i).pdf(), CASES.get(i) + " : PDF différent");
            assertArrayEquals(expected.get(i).docx(), actual.get(i).docx(), CASES.get(i) + " : DOCX différent");
        }
    }
}
