package fr.ctg.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One generator shared by several threads gives each convention the bytes it gets alone. */
class DocumentGeneratorConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 2;

    @Test
    void sharedBetweenThreadsGivesTheSameBytesAsAlone(@TempDir Path dir) throws Exception {
        List<Path> files = List.of(
                MinimalConventions.write(dir, "a", "Val d’Amont"),
                MinimalConventions.write(dir, "b", "Haut-Pays"),
                MinimalConventions.write(dir, "c", "Plateau", "Garder les 20 places", "Garder les 25 places"),
                MinimalConventions.write(dir, "d", "Piémont", "statut: a_signer", "statut: projet"));
        List<ConventionSet> conventions = new ArrayList<>();
        for (Path file : files) {
            conventions.add(Generation.valid(file));
        }
        DocumentGenerator shared = new DocumentGenerator();
        DocumentGenerator sequential = new DocumentGenerator();
        List<Documents> alone = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            alone.add(Generation.convention(sequential, conventions.get(i)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Documents>> futures = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < files.size(); i++) {
                    int index = i;
                    futures.add(pool.submit(() -> Generation.convention(shared, conventions.get(index))));
                }
            }
            for (int f = 0; f < futures.size(); f++) {
                Documents expected = alone.get(f % files.size());
                Documents actual = futures.get(f).get();
                assertArrayEquals(expected.pdf(), actual.pdf(), "PDF " + f);
                assertArrayEquals(expected.docx(), actual.docx(), "DOCX " + f);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
