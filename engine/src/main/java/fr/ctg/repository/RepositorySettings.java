package fr.ctg.repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

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

    private static RepositorySettings read(Path folder) throws RepositoryException {
        Object root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(folder.resolve(FILE_NAME), StandardCharsets.UTF_8));
        } catch (IOException | YAMLException e) {
            throw new RepositoryException(FILE_NAME + " est illisible (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        Map<?, ?> settings = map(root, "");
        Map<?, ?> caf = map(settings.get("caf"), "caf");
        List<CafDefaults.Representative> representatives = new ArrayList<>();
        if (!(caf.get("representants") instanceof List<?> list) || list.isEmpty()) {
            throw invalid("caf.representants", "une liste d’au moins un représentant");
        }
        for (int i = 0; i < list.size(); i++) {
            String path = "caf.representants[" + (i + 1) + "]";
            Map<?, ?> one = map(list.get(i), path);
            representatives.add(new CafDefaults.Representative(text(one, "civilite", path), text(one, "nom", path), text(one, "qualite", path)));
        }
        return new RepositorySettings(folder, new SettingsFile(text(settings, "version_moteur", ""),
                new CafDefaults(text(caf, "nom", "caf"), text(caf, "siren", "caf"), text(caf, "adresse", "caf"), List.copyOf(representatives))));
    }

    private static Map<?, ?> map(@Nullable Object value, String path) throws RepositoryException {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw invalid(path.isEmpty() ? "le fichier" : path, "une suite de champs « clé: valeur »");
    }

    /** A text field; YAML numbers (a SIREN, a version) are read as their text. */
    private static String text(Map<?, ?> map, String key, String path) throws RepositoryException {
        Object value = map.get(key);
        if (value instanceof String || value instanceof Number) {
            return value.toString();
        }
        throw invalid(path.isEmpty() ? key : path + "." + key, "un texte");
    }

    private static RepositoryException invalid(String field, String expected) {
        return new RepositoryException(FILE_NAME + " : « " + field + " » manque ou n’est pas " + expected);
    }
}
