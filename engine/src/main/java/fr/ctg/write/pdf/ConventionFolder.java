package fr.ctg.write.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The convention's folder: the only place on disk the writer reads from. Paths the document names are
 * relative to it and may not leave it, neither by {@code ..}, nor as absolute paths, nor through a symbolic link.
 */
final class ConventionFolder {

    private final Path root;

    ConventionFolder(Path directory) {
        try {
            this.root = directory.toRealPath();
        } catch (IOException e) {
            throw new PdfWriteException("Le dossier de la convention « " + directory + " » est introuvable.", e);
        }
        if (!Files.isDirectory(root)) {
            throw new PdfWriteException("« " + directory + " » n’est pas un dossier.");
        }
    }

    Path root() {
        return root;
    }

    /**
     * The regular file at {@code relative}, if it exists.
     *
     * @throws PdfWriteException if the path is absolute, climbs with {@code ..} or leads out of the folder
     */
    Optional<Path> existingFile(String relative) {
        Path path = parse(relative);
        if (path.isAbsolute() || path.getRoot() != null || relative.startsWith("/") || relative.startsWith("\\")) {
            throw new PdfWriteException("Le chemin « " + relative
                    + " » doit être relatif au dossier de la convention (chemin absolu refusé).");
        }
        for (Path part : path) {
            if (part.toString().equals("..")) {
                throw new PdfWriteException("Le chemin « " + relative
                        + " » ne doit pas remonter hors du dossier de la convention (« .. » refusé).");
            }
        }
        Path resolved = root.resolve(path).normalize();
        if (!Files.exists(resolved)) {
            return Optional.empty();
        }
        Path real = realPath(resolved, relative);
        if (!real.startsWith(root)) {
            throw new PdfWriteException("Le chemin « " + relative
                    + " » mène, par un lien symbolique, hors du dossier de la convention : refusé.");
        }
        return Files.isRegularFile(real) ? Optional.of(real) : Optional.empty();
    }

    /** Whether {@code path}, once its links are followed, lies inside the folder. */
    boolean contains(Path path) {
        try {
            return path.toRealPath().startsWith(root);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path parse(String relative) {
        try {
            return Path.of(relative);
        } catch (InvalidPathException e) {
            throw new PdfWriteException("Le chemin « " + relative + " » n’est pas un chemin de fichier valide.", e);
        }
    }

    private static Path realPath(Path path, String relative) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new PdfWriteException("Le fichier « " + relative + " » ne peut pas être lu.", e);
        }
    }
}
