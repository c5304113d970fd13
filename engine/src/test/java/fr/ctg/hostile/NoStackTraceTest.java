package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.cli.Ctg;
import fr.ctg.generate.fingerprint.OutputRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Whatever the file, the command line answers with an exit code and French messages, never a stack trace. */
class NoStackTraceTest {

    private static final Set<Integer> EXIT_CODES = Set.of(Ctg.SUCCESS, Ctg.ERRORS, Ctg.USAGE_OR_UNREADABLE);

    @TempDir
    Path out;

    record Run(int code, String out, String err) {
        static Run ctg(String... arguments) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Ctg.execute(arguments, new PrintWriter(out), new PrintWriter(err));
            return new Run(code, out.toString(), err.toString());
        }

        void assertClean(String what) {
            assertTrue(EXIT_CODES.contains(code), what + " : code de sortie " + code);
            for (String stream : List.of(out, err)) {
                assertFalse(stream.contains("Exception") || stream.contains("\tat ") || stream.contains("erreur interne"), what + " :\n" + stream);
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> validatingAnyCaseGivesAnExitCodeAndNoStackTrace() {
        return HostileCase.all().stream().flatMap(hostile -> Stream.of("texte", "json").map(format -> DynamicTest.dynamicTest(
                hostile.name() + " --format " + format,
                () -> Run.ctg("valider", hostile.convention().toString(), "--format", format).assertClean(hostile.name()))));
    }

    @Test
    void generatingTheWholeCorpusProducesExactlyTheValidConventionsAndWritesNowhereElse() throws IOException {
        List<Path> corpusBefore = tree(HostileCase.CORPUS);

        Run run = Run.ctg("generer", HostileCase.CORPUS.toString(), "-o", out.toString());

        run.assertClean("generer");
        assertEquals(Ctg.ERRORS, run.code());
        List<Path> expected = new ArrayList<>();
        for (HostileCase hostile : HostileCase.all()) {
            if (hostile.expectedDiagnostics().stream().noneMatch(d -> d.contains(": erreur["))) {
                expected.add(Path.of(hostile.name(), OutputRecord.FILE_NAME));
                expected.add(Path.of(hostile.name(), "convention.docx"));
                expected.add(Path.of(hostile.name(), "convention.pdf"));
            }
        }
        assertEquals(expected, tree(out).stream().filter(p -> !Files.isDirectory(out.resolve(p))).toList());
        assertEquals(corpusBefore, tree(HostileCase.CORPUS));
    }

    /** Every file and folder under {@code root}, relative to it, in name order. */
    private static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> !p.equals(root)).map(root::relativize).sorted().toList();
        }
    }
}
