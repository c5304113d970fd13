package fr.ctg.compose;

import fr.ctg.diagnostic.InputOutputFailure;
import fr.ctg.repository.RepositorySettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The folders where a Caf keeps what overrides the national templates and style for one convention, the first
 * winning: the folder the convention names ({@code modeles:}, relative to its own folder and confined to it), then
 * the {@code modeles/} folder at the root of the Caf repository it is in (beside {@code ctg.yaml}, confined to the
 * repository). A convention outside a Caf repository without {@code modeles:} has none. The composer reads its
 * templates from them; whatever else a Caf overrides there (its style) is read from the same folders, in the same
 * order.
 */
public final class OverrideFolders {

    /** The name of the repository's folder, at its root. */
    public static final String REPOSITORY_FOLDER = "modeles";

    private static final String TEMPLATE_EXTENSION = ".ftlx";

    private OverrideFolders() {
    }

    /**
     * @param conventionFile the convention's YAML file
     * @param modeles the folder its {@code modeles:} names, or null
     * @return absolute, normalized paths (links not followed), each an existing folder
     * @throws CompositionException when a folder is missing or leads out of where it must stay
     */
    public static List<Path> of(Path conventionFile, @Nullable String modeles) throws CompositionException {
        Path conventionFolder = conventionFile.toAbsolutePath().normalize().getParent();
        List<Path> folders = new ArrayList<>();
        if (modeles != null) {
            Path named = conventionFolder.resolve(modeles).normalize();
            if (!named.startsWith(conventionFolder)) {
                throw new CompositionException("le dossier de modèles « " + modeles + " » doit se trouver dans le dossier de la convention ("
                        + conventionFolder + ")");
            }
            if (!Files.isDirectory(named)) {
                throw new CompositionException("le dossier de modèles « " + modeles + " » n’existe pas (" + named + ")");
            }
            confine(named, conventionFolder, "le dossier de modèles « " + modeles + " » mène hors du dossier de la convention ("
                    + conventionFolder + ")");
            folders.add(named);
        }
        Optional<Path> root = RepositorySettings.root(conventionFolder);
        if (root.isPresent()) {
            Path repository = root.get().resolve(REPOSITORY_FOLDER);
            if (Files.isDirectory(repository) && !folders.contains(repository)) {
                confine(repository, root.get(), "le dossier de modèles du dépôt (" + repository + ") mène hors du dépôt (" + root.get() + ")");
                folders.add(repository);
            }
        }
        return List.copyOf(folders);
    }

    /**
     * The templates of an override folder: its {@code .ftlx} files, subfolders included, in the order of their paths.
     *
     * @throws CompositionException when the folder cannot be read or a file leads, by a link, out of it
     */
    public static List<Path> templates(Path folder) throws CompositionException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.getFileName().toString().endsWith(TEMPLATE_EXTENSION) && !Files.isDirectory(f)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(folder, e);
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new CompositionException("le modèle " + file + " n’est pas un fichier ordinaire (tube, périphérique ou lien vers rien) :"
                        + " remplacez-le par un fichier " + TEMPLATE_EXTENSION + ", ou retirez-le du dossier");
            }
            confine(file, folder, "le modèle " + file + " mène, par un lien symbolique, hors de son dossier (" + folder + ")");
        }
        return files;
    }

    /** Refuses a folder or file whose real path, links followed, leaves {@code within}'s. */
    static void confine(Path folder, Path within, String refusal) throws CompositionException {
        try {
            if (!folder.toRealPath().startsWith(within.toRealPath())) {
                throw new CompositionException(refusal);
            }
        } catch (IOException e) {
            throw unreadable(folder, e);
        }
    }

    private static CompositionException unreadable(Path folder, Exception e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        return new CompositionException("le dossier de modèles " + folder + " est illisible (" + InputOutputFailure.describe((IOException) cause) + ")", e);
    }
}
