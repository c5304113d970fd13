package fr.ctg.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.generate.GenerationException;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.validate.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the whole way of a convention: load → validate → compose → write (PDF and DOCX, in memory).
 *
 * <p>Each input goes through twice at most. First as the {@code convention.yaml} itself: the seeds
 * ({@code PipelineFuzzTestInputs/pipeline/}: the minimal convention, a real one and cases of the hostile corpus) are
 * valid or nearly valid conventions, and libFuzzer's mutations of them fuzz the reader and the rules. Few of those
 * mutants stay valid, so when the first pass produced nothing the input's first line replaces one value of the
 * minimal convention ({@link #spliced}): most of those reach the templates and the writers. The file is written in a
 * folder named after its {@code id} when that is a plain name, so that CTG-ID-DOSSIER does not stop every mutant.
 *
 * <p>The contract: an input ends as diagnostics, or as one of the checked exceptions the command line turns into a
 * French message ({@link UnreadableInputException}, {@link GenerationException}); any other exception is a bug.
 *
 * <p>Without {@code JAZZER_FUZZ} (e.g. {@code mvn test -Dtest=PipelineFuzzTest}) only the seeds are replayed; the
 * {@code fuzz} execution of {@code engine/pom.xml} fuzzes for {@code maxDuration}.
 */
class PipelineFuzzTest {

    private static final Pattern ID = Pattern.compile("(?m)^id:[ \\t]*([a-z0-9][a-z0-9._-]{0,63})[ \\t]*\\r?$");
    private static final String DEFAULT_FOLDER = "minimale";
    private static final Path ROOT = FuzzFolders.temporary("ctg-fuzz-");
    private static final ConventionPipeline PIPELINE = new ConventionPipeline();
    private static final DocumentGenerator GENERATOR = new DocumentGenerator();

    /** How far the inputs went, printed at the end: a run whose inputs never reach the writers proves little. */
    private static final AtomicLong INPUTS = new AtomicLong();
    private static final AtomicLong UNREADABLE = new AtomicLong();
    private static final AtomicLong REJECTED = new AtomicLong();
    private static final AtomicLong NOT_GENERATED = new AtomicLong();
    private static final AtomicLong PRODUCED = new AtomicLong();

    @FuzzTest(maxDuration = "10s")
    @DictionaryFile(resourcePath = "convention.dict")
    void pipeline(byte[] input) throws IOException {
        if (!run(input)) {
            run(spliced(input));
        }
    }

    /**
     * Loads, validates and, when valid, writes one file's bytes.
     *
     * @return whether the documents were produced
     */
    private static boolean run(byte[] input) throws IOException {
        INPUTS.incrementAndGet();
        Path file = write(input);
        ConventionSet loaded;
        try {
            loaded = PIPELINE.load(file);
        } catch (UnreadableInputException e) {
            assertFrench(e);
            UNREADABLE.incrementAndGet();
            return false;
        }
        List<Diagnostic> diagnostics = loaded.diagnostics();
        for (Diagnostic diagnostic : diagnostics) {
            assertFalse(diagnostic.message().isBlank(), diagnostic.code() + " sans message");
        }
        boolean rejected = diagnostics.stream().anyMatch(Diagnostic::isError);
        Convention convention = loaded.convention();
        if (convention == null) {
            assertTrue(rejected, "aucune convention lue, mais aucune erreur pour le dire");
        }
        if (rejected) {
            REJECTED.incrementAndGet();
            return false;
        }
        Documents documents;
        try {
            documents = Generation.convention(GENERATOR, loaded);
        } catch (GenerationException e) {
            assertFrench(e);
            NOT_GENERATED.incrementAndGet();
            return false;
        }
        assertTrue(startsWith(documents.pdf(), "%PDF-"), "le PDF ne commence pas par %PDF-");
        assertTrue(startsWith(documents.docx(), "PK"), "le DOCX n’est pas une archive ZIP");
        PRODUCED.incrementAndGet();
        return true;
    }

    /**
     * The minimal convention with one value replaced by the input's first line (after its first byte, which chooses
     * the value): most of these stay valid, so they reach the templates and the writers. The first byte's lowest bit
     * says whether the line goes in as written (YAML syntax fuzzed too) or as a double-quoted YAML string (any text
     * then reaches the documents).
     */
    private static byte[] spliced(byte[] input) {
        int choice = input.length == 0 ? 0 : input[0] & 0xff;
        String text = new String(input, StandardCharsets.UTF_8).substring(input.length == 0 ? 0 : 1);
        int end = text.indexOf('\n');
        String value = end < 0 ? text : text.substring(0, end);
        return MinimalConvention.withValue(choice >> 1, (choice & 1) == 1 ? MinimalConvention.quoted(value) : value)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <root>/<id>/convention.yaml}, the id read from the input when it is a plain folder name. */
    private static Path write(byte[] input) throws IOException {
        Matcher id = ID.matcher(new String(input, StandardCharsets.UTF_8));
        String folder = id.find() ? id.group(1) : DEFAULT_FOLDER;
        if (folder.equals(".") || folder.equals("..")) {
            folder = DEFAULT_FOLDER;
        }
        Path file = Files.createDirectories(ROOT.resolve(folder)).resolve("convention.yaml");
        return Files.write(file, input);
    }

    private static void assertFrench(Exception e) {
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), e.getClass().getSimpleName() + " sans message");
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (bytes[i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    @AfterAll
    static void reportAndClean() throws IOException {
        System.out.printf("PipelineFuzzTest : %d entrées ; %d illisibles, %d rejetées (diagnostics), %d refusées à la génération,"
                + " %d produites (PDF et DOCX)%n", INPUTS.get(), UNREADABLE.get(), REJECTED.get(), NOT_GENERATED.get(), PRODUCED.get());
        FuzzFolders.delete(ROOT);
    }
}
