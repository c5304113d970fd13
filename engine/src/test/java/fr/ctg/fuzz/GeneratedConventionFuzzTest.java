package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes {@code ctg valider} and {@code ctg generer} with conventions built by generators of the hostile kinds byte
 * mutations seldom reach: long runs of spaces, huge scalars, alias trees, annexed PDFs. Each input must keep the
 * {@link CommandContract}: bounded time, exit code 0, 1 or 2, French messages, no stack trace, PDFs that pass
 * veraPDF and carry no JavaScript.
 *
 * <p>The fuzzer's last byte chooses the generator ({@code GeneratedConventionFuzzTestInputs/generated/} holds one seed
 * for each); without {@code JAZZER_FUZZ} only those seeds are replayed.
 */
class GeneratedConventionFuzzTest {

    private static final List<ConventionGenerator> GENERATORS = List.of(new SpaceRuns(), new HugeScalars(), new AliasTrees(), new AnnexedPdfs());
    private static final List<String> NAMES = List.of("espaces", "grands scalaires", "arbres d’alias", "PDF joints");
    private static final AtomicLongArray INPUTS = new AtomicLongArray(GENERATORS.size());
    /** The longest time an input of each generator took, in milliseconds: how close the runs come to the budget. */
    private static final AtomicLongArray LONGEST = new AtomicLongArray(GENERATORS.size());
    private static final Path ROOT = FuzzFolders.temporary("ctg-fuzz-generes-");

    @FuzzTest(maxDuration = "10s")
    void generated(FuzzedDataProvider data) throws Exception {
        int choice = data.consumeInt(0, GENERATORS.size() - 1);
        INPUTS.incrementAndGet(choice);
        Path input = Files.createTempDirectory(ROOT, "entree-");
        Path folder = Files.createDirectories(input.resolve("minimale"));
        long start = System.nanoTime();
        try {
            boolean generate = GENERATORS.get(choice).write(data, folder);
            CommandContract.validate(folder);
            if (generate) {
                CommandContract.generate(folder, input.resolve("sortie"));
            }
        } catch (AssertionError e) {
            throw new AssertionError(NAMES.get(choice) + " : " + e.getMessage(), e);
        } finally {
            LONGEST.accumulateAndGet(choice, (System.nanoTime() - start) / 1_000_000, Math::max);
            FuzzFolders.delete(input);
        }
    }

    @AfterAll
    static void reportAndClean() throws IOException {
        for (int choice = 0; choice < GENERATORS.size(); choice++) {
            System.out.printf("GeneratedConventionFuzzTest, %s : %d entrées, la plus longue en %d ms%n", NAMES.get(choice), INPUTS.get(choice),
                    LONGEST.get(choice));
        }
        FuzzFolders.delete(ROOT);
    }
}
