package fr.ctg.compose;

import fr.ctg.diagnostic.InputOutputFailure;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where templates come from: the national set packaged under {@code templates/}, and, when a
 * convention names one, its Caf's override folder first, which may replace any template by name.
 */
final class TemplateSources {

    private TemplateSources() {
    }

    static TemplateLoader national() {
        return new ClassTemplateLoader(TemplateSources.class.getClassLoader(), "templates");
    }

    /** Where the override folder named in a convention is. */
    static Path overrides(Path conventionFolder, String overrideFolder) {
        return conventionFolder.toAbsolutePath().normalize().resolve(overrideFolder).normalize();
    }

    /**
     * The override folder, relative to the convention's folder and confined to it (no "..", no absolute
     * path, no link leading out), then the national set.
     */
    static TemplateLoader withOverride(Path conventionFolder, String overrideFolder) throws CompositionException {
        Path folder = conventionFolder.toAbsolutePath().normalize();
        Path overrides = overrides(conventionFolder, overrideFolder);
        if (!overrides.startsWith(folder)) {
            throw new CompositionException("le dossier de modèles « " + overrideFolder
                    + " » doit se trouver dans le dossier de la convention (" + folder + ")");
        }
        if (!Files.isDirectory(overrides)) {
            throw new CompositionException("le dossier de modèles « " + overrideFolder + " » n’existe pas (" + overrides + ")");
        }
        try {
            if (!overrides.toRealPath().startsWith(folder.toRealPath())) {
                throw new CompositionException("le dossier de modèles « " + overrideFolder
                        + " » mène hors du dossier de la convention (" + folder + ")");
            }
            // allowLinking false: FileTemplateLoader refuses any file whose real path leaves the folder
            TemplateLoader local = new FileTemplateLoader(overrides.toFile(), false);
            ClassTemplateLoader packaged = new ClassTemplateLoader(TemplateSources.class.getClassLoader(), "templates");
            return new MultiTemplateLoader(new TemplateLoader[] {local, packaged});
        } catch (IOException e) {
            throw new CompositionException("le dossier de modèles « " + overrideFolder + " » est illisible : " + InputOutputFailure.describe(e), e);
        }
    }
}
