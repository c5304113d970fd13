package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ctg} in a fresh JVM of its own, with the JVM options a test chooses (a small heap, another line separator),
 * stopped and failed if it outlives its time budget.
 */
public final class ChildCtg {

    record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }

    private ChildCtg() {
    }

    /** The command line starting {@code ctg arguments} in a new JVM of this JVM's java and class path. */
    public static List<String> command(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "fr.ctg.cli.Ctg"));
        command.addAll(List.of(arguments));
        return command;
    }

    static Result run(Path workDir, Duration budget, List<String> jvmOptions, String... arguments) throws IOException, InterruptedException {
        List<String> command = command(jvmOptions, arguments);
        Path out = Files.createTempFile(workDir, "sortie-", ".txt");
        Path err = Files.createTempFile(workDir, "erreurs-", ".txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(budget.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            fail("ctg " + String.join(" ", arguments) + " dure plus de " + budget.toSeconds() + " s :\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
