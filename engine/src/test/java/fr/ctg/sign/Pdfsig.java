package fr.ctg.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Poppler's pdfsig, a verifier independent of the engine: the validation line of each signature it finds. */
final class Pdfsig {

    private Pdfsig() {
    }

    static boolean installed() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "pdfsig"))) {
                return true;
            }
        }
        return false;
    }

    /** « Signature Validation: … » for every signed field, in pdfsig's order. */
    static List<String> validations(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdfsig", pdf.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("pdfsig ne répond pas");
        }
        List<String> validations = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.strip().startsWith("- Signature Validation:")) {
                validations.add(line.strip().substring(2));
            }
        }
        return validations;
    }
}
