package fr.ctg.compose;

import fr.ctg.diagnostic.InputOutputFailure;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where templates come from: the national set packaged under {@code templates/}, under their own names, and each
 * override folder of a convention under its {@linkplain TemplateFiles#prefix prefix}, so that a Caf's
 * {@code partials/articles.ftlx} and the national one are two templates, the Caf's included after the national
 * one ({@link OverrideInclusion}).
 */
final class TemplateSources implements TemplateLoader {

    /** A template found by one of the loaders. */
    private record Source(TemplateLoader loader, Object source) {
    }

    private final TemplateLoader national = national();
    private final List<TemplateLoader> overrides;

    private TemplateSources(List<TemplateLoader> overrides) {
        this.overrides = overrides;
    }

    static TemplateLoader national() {
        return new ClassTemplateLoader(TemplateSources.class.getClassLoader(), "templates");
    }

    /** The national set and these override folders ({@link OverrideFolders}, already confined). */
    static TemplateLoader withOverrides(List<Path> folders) throws CompositionException {
        List<TemplateLoader> loaders = new ArrayList<>();
        for (Path folder : folders) {
            try {
                // allowLinking false: FileTemplateLoader refuses any file whose real path leaves the folder
                loaders.add(new FileTemplateLoader(folder.toFile(), false));
            } catch (IOException e) {
                throw new CompositionException("le dossier de modèles " + folder + " est illisible : " + InputOutputFailure.describe(e), e);
            }
        }
        return new TemplateSources(List.copyOf(loaders));
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        for (int i = 0; i < overrides.size(); i++) {
            String prefix = TemplateFiles.prefix(i) + "/";
            if (name.startsWith(prefix)) {
                return found(overrides.get(i), name.substring(prefix.length()));
            }
        }
        return found(national, name);
    }

    private static Source found(TemplateLoader loader, String name) throws IOException {
        Object source = loader.findTemplateSource(name);
        return source == null ? null : new Source(loader, source);
    }

    @Override
    public long getLastModified(Object templateSource) {
        Source source = (Source) templateSource;
        return source.loader().getLastModified(source.source());
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        Source source = (Source) templateSource;
        return source.loader().getReader(source.source(), encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        Source source = (Source) templateSource;
        source.loader().closeTemplateSource(source.source());
    }
}
