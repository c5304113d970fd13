package fr.ctg.repository;

import fr.ctg.avenant.AvenantSchema;
import fr.ctg.schema.SchemaGenerator;
import fr.ctg.style.StyleSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Creates a Caf's conventions repository, separate from the engine: its ctg.yaml, the schemas, the editor's settings
 * and tasks, the GitLab and GitHub CI, a .gitignore, the staff's guide and the folder of the Caf's templates (modeles/).
 */
public final class CafRepository {

    /**
     * Where the convention schema goes, the same file as {@code ctg schema} writes; those of the avenants, of ctg.yaml and
     * of the house style go beside it.
     */
    public static final String CONVENTION_SCHEMA = "conventions/ctg-convention.schema.json";
    public static final String AVENANT_SCHEMA = "conventions/ctg-avenant.schema.json";
    public static final String SETTINGS_SCHEMA = "conventions/ctg-depot.schema.json";
    public static final String STYLE_SCHEMA = "conventions/ctg-style.schema.json";

    private CafRepository() {
    }

    /** Writes the repository into {@code folder}, which must be empty or absent; returns the files written, in order. */
    public static List<Path> create(Path folder, String cafName, String engineVersion) throws RepositoryException, IOException {
        refuseNonEmpty(folder);
        Map<String, String> values = Map.of("CAF", YamlScalar.of(cafName), "CAF_TEXTE", cafName, "VERSION", engineVersion);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(RepositorySettings.FILE_NAME, RepositoryTemplate.fill("ctg.yaml", values));
        files.put("GUIDE.md", RepositoryTemplate.fill("GUIDE.md", values));
        files.put(CONVENTION_SCHEMA, new SchemaGenerator().generateText());
        files.put(AVENANT_SCHEMA, AvenantSchema.generator().generateText());
        files.put(SETTINGS_SCHEMA, RepositorySchema.generator().generateText());
        files.put(STYLE_SCHEMA, StyleSchema.generator().generateText());
        files.put(".vscode/settings.json", RepositoryTemplate.text("vscode-settings.json"));
        files.put(".vscode/extensions.json", RepositoryTemplate.text("vscode-extensions.json"));
        files.put(".vscode/tasks.json", RepositoryTemplate.text("vscode-tasks.json"));
        files.put(".gitlab-ci.yml", RepositoryTemplate.text("gitlab-ci.yml"));
        files.put(".github/workflows/ctg.yml", RepositoryTemplate.text("github-ctg.yml"));
        files.put(".gitignore", RepositoryTemplate.text("gitignore"));
        files.put("modeles/LISEZMOI.md", RepositoryTemplate.text("modeles-LISEZMOI.md"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return files.keySet().stream().map(folder::resolve).toList();
    }

    private static void refuseNonEmpty(Path folder) throws RepositoryException, IOException {
        String where = "ctg init crée un dépôt dans un dossier vide ou qui n’existe pas encore";
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new RepositoryException(folder + " est un fichier : " + where);
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new RepositoryException("le dossier " + folder + " n’est pas vide : " + where);
                }
            }
        }
    }
}
