package fr.ctg.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.OperatingSystemMXBean;
import fr.ctg.cli.Ctg;
import fr.ctg.write.pdf.DeliberationPdfs;
import fr.ctg.write.pdf.VeraPdf;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What {@code ctg} owes any input, checked on one command run in this JVM: it ends within {@link #BUDGET} of
 * processor time, with exit code 0, 1 or 2, its messages in French and no stack trace; every PDF it writes passes
 * veraPDF (PDF/A-2u and PDF/UA-1) and carries no JavaScript, automatic action or embedded file. The memory bound
 * is the JVM's heap. Processor time rather than wall-clock time: the machine running the tests is often shared,
 * and a quadratic step over a few hundred thousand characters burns minutes of it anyway.
 */
final class CommandContract {

    static final Duration BUDGET = Duration.ofSeconds(60);
    private static final Set<Integer> EXIT_CODES = Set.of(Ctg.SUCCESS, Ctg.ERRORS, Ctg.USAGE_OR_UNREADABLE);
    /** Signs of a stack trace, of an unforeseen failure or of a library's English message reaching the user. */
    private static final List<String> FORBIDDEN = List.of("Exception", "Error", "\tat ", "erreur interne", " the ", " is ", " not ",
            " of ", "cannot", "expected", "unexpected", "failed", "invalid", "Invalid");

    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private CommandContract() {
    }

    /** {@code ctg valider folder}. */
    static void validate(Path folder) {
        run("valider", folder.toString());
    }

    /** {@code ctg generer folder -o out}, then every PDF written under {@code out}. */
    static void generate(Path folder, Path out) throws Exception {
        run("generer", folder.toString(), "-o", out.toString());
        for (Path pdf : pdfs(out)) {
            byte[] bytes = Files.readAllBytes(pdf);
            assertEquals(List.of(), VeraPdf.failures(bytes), pdf.toString());
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertEquals(List.of(), DeliberationPdfs.activeContent(document), pdf.toString());
            }
        }
    }

    private static void run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = PROCESS.getProcessCpuTime();
        int code = Ctg.execute(arguments, new PrintWriter(out), new PrintWriter(err));
        Duration took = Duration.ofNanos(PROCESS.getProcessCpuTime() - start);
        String what = "ctg " + arguments[0] + " (code " + code + ", " + took.toMillis() + " ms de processeur)\n" + out + err;
        assertTrue(took.compareTo(BUDGET) < 0, what);
        assertTrue(EXIT_CODES.contains(code), what);
        assertFalse(code != Ctg.SUCCESS && (out + err.toString()).isBlank(), what);
        for (String forbidden : FORBIDDEN) {
            assertFalse(out.toString().contains(forbidden) || err.toString().contains(forbidden), "« " + forbidden + " » : " + what);
        }
    }

    private static List<Path> pdfs(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
