package fr.ctg.cli;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The paths machine reports give: relative to one folder (the current one) for the files below it, with {@code /}
 * whatever the system, so that a CI run from the repository's root names {@code conventions/x/convention.yaml} however
 * it was typed; absolute for the files elsewhere.
 */
final class ReportPaths {

    private final Path base;

    ReportPaths(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    static ReportPaths ofCurrentFolder() {
        return new ReportPaths(Path.of(""));
    }

    /** {@code conventions/x/convention.yaml} below the folder, {@code /ailleurs/x/convention.yaml} elsewhere. */
    String of(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }

    /** The same path as a URI reference: relative below the folder, a {@code file:} URI elsewhere; spaces and accents percent-encoded. */
    String uri(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(base)) {
            return absolute.toUri().toASCIIString();
        }
        try {
            return new URI(null, null, of(file), null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("chemin impossible à écrire en URI : " + file, e);
        }
    }
}
