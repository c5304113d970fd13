package fr.ctg.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** LibreOffice converting a DOCX to PDF, one call per document, as a Caf would without this engine. */
final class LibreOffice {

    private final Path soffice;

    private LibreOffice(Path soffice) {
        this.soffice = soffice;
    }

    /** LibreOffice when {@code soffice} is on the PATH. */
    static Optional<LibreOffice> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new LibreOffice(candidate));
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code docx} {@code calls} times after one unmeasured call (which creates the user profile).
     * The profile lives in {@code work}, away from the user's own.
     */
    Samples time(Path docx, Path work, int calls) throws IOException, InterruptedException {
        Path log = work.resolve("soffice.log");
        List<String> command = List.of(soffice.toString(), "-env:UserInstallation=" + work.resolve("profil").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", work.resolve("pdf").toString(), docx.toString());
        check(ChildProcess.run(command, log), log);
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            ChildProcess.Result result = ChildProcess.run(command, log);
            check(result, log);
            nanos.add(result.wall().toNanos());
        }
        return new Samples(nanos);
    }

    private static void check(ChildProcess.Result result, Path log) throws IOException {
        if (result.exitCode() != 0) {
            throw new IOException("soffice a échoué (code " + result.exitCode() + ") : " + Files.readString(log).strip());
        }
    }
}
