package fr.ctg.cli;

import fr.ctg.hostile.ChildCtg;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One run of {@code ctg} in the test's JVM: exit code, standard output, standard error. */
public record CliRun(int code, String out, String err) {

    public static CliRun ctg(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Ctg.execute(arguments, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Writes the minimal valid convention, changed in one place, to {@code file}. */
    static Path minimalConvention(Path file, String passage, String replacement) {
        try (InputStream in = CliRun.class.getResourceAsStream("/fr/ctg/load/minimale.yaml")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(passage)) {
                throw new IllegalArgumentException("passage absent de minimale.yaml : " + passage);
            }
            Files.createDirectories(file.getParent());
            // The id must name the folder (CTG-ID-DOSSIER).
            String folderName = file.getParent().getFileName().toString();
            return Files.writeString(file, text.replace(passage, replacement).replaceFirst("(?m)^id: minimale$", "id: " + folderName),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ctg} in a child JVM of the test's class path, its output and errors together in {@code log}. */
    static Process inChildProcess(Path log, String... arguments) throws IOException {
        return new ProcessBuilder(ChildCtg.command(List.of(), arguments)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    static Path minimalConvention(Path file) {
        return minimalConvention(file, "", "");
    }
}
