package fr.ctg.repository;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.RecordLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.load.YamlPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Caf's repository as its ctg.yaml describes it.
 *
 * @param folder the repository's root, where ctg.yaml is
 * @param file what ctg.yaml says: the engine version the repository expects and the Caf's defaults for new conventions
 */
public record RepositorySettings(Path folder, SettingsFile file) {

    public static final String FILE_NAME = "ctg.yaml";

    /** The ctg.yaml of this folder or of the nearest folder above it. */
    public static RepositorySettings find(Path start) throws RepositoryException {
        Optional<Path> root = root(start);
        if (root.isPresent()) {
            return read(root.get());
        }
        throw new RepositoryException("aucun " + FILE_NAME + " dans " + start + " ni dans ses dossiers parents :"
                + " ctg nouveau se lance dans un dépôt créé par ctg init");
    }

    /** The root of the Caf repository this folder is in (the nearest folder with a ctg.yaml, itself or above), if any. */
    public static Optional<Path> root(Path start) {
        for (Path folder = start.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve(FILE_NAME))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads ctg.yaml with the conventions' own loader: bounded in size, safe, every mistake (a misspelled key, a
     * missing field) said in French at its line and column, as the schema of the file says it in the editor.
     */
    private static RepositorySettings read(Path folder) throws RepositoryException {
        Path path = folder.resolve(FILE_NAME);
        RecordLoader.Loaded<SettingsFile> loaded;
        try {
            loaded = new RecordLoader().load(SourceFile.read(path), SettingsFile.class, FILE_NAME);
        } catch (UnreadableInputException e) {
            throw new RepositoryException(e.getMessage());
        }
        List<Diagnostic> errors = loaded.diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty() || loaded.value() == null) {
            throw new RepositoryException(errors.stream().map(RepositorySettings::described).collect(Collectors.joining("\n")));
        }
        SettingsFile file = loaded.value();
        if (file.caf().representants().isEmpty()) {
            Position list = loaded.sources().position(YamlPath.root().field("caf").field("representants"));
            throw new RepositoryException(list + ": « caf.representants » ne compte aucun représentant : donnez au moins celui qui signe pour la Caf");
        }
        return new RepositorySettings(folder, file);
    }

    private static String described(Diagnostic error) {
        return error.oneLine() + (error.hint() == null ? "" : " (" + error.hint() + ")");
    }
}
