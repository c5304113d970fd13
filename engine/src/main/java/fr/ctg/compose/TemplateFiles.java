package fr.ctg.compose;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the templates of a composition are read from, so that a diagnostic can point into them: a template of
 * an override folder by its file, a national one by its path in the repository
 * ({@code templates/partials/page-de-titre.ftlx}), which the engine's jar holds at the same place.
 */
public final class TemplateFiles {

    /** What {@link Diagnostic#TEMPLATE_CODE} requires, for the table of codes. */
    public static final String RESUME = "Les modèles (.ftlx) sont du FreeMarker bien formé, n’emploient que les valeurs du modèle"
            + " de données et aucune construction qui exécuterait du code (?new, ?api, ?eval, ?interpret) ; le document qu’ils"
            + " composent respecte templates/XHTML.md et reste dans les limites de taille, de durée et d’imbrication de la composition.";

    static final String NATIONAL_FOLDER = "templates";
    static final TemplateFiles NATIONAL = new TemplateFiles(List.of());

    /** What FreeMarker names the override folder n (from 1) in: {@code surcharges-1/partials/articles.ftlx}. */
    private static final String OVERRIDE_PREFIX = "surcharges-";

    /** The override folders, the first winning ({@link OverrideFolders}). */
    private final List<Path> overrideFolders;

    private TemplateFiles(List<Path> overrideFolders) {
        this.overrideFolders = overrideFolders;
    }

    static TemplateFiles withOverrides(List<Path> overrideFolders) {
        return new TemplateFiles(List.copyOf(overrideFolders));
    }

    List<Path> overrideFolders() {
        return overrideFolders;
    }

    /** The prefix of the names of the templates of an override folder, by its place in {@link #overrideFolders()}. */
    static String prefix(int folder) {
        return OVERRIDE_PREFIX + (folder + 1);
    }

    /** What a diagnostic names as its file when no template wrote the faulty part of a composed document. */
    static final Path COMPOSED_DOCUMENT = Path.of("document composé");

    /** The file a template of this name is read from: one of an override folder, or a national one. */
    public Path file(String templateName) {
        for (int i = 0; i < overrideFolders.size(); i++) {
            if (templateName.startsWith(prefix(i) + "/")) {
                return overrideFolders.get(i).resolve(templateName.substring(prefix(i).length() + 1));
            }
        }
        return Path.of(NATIONAL_FOLDER).resolve(templateName);
    }

    /**
     * The names of the override templates, in the order they are included: every {@code .ftlx} file of the last
     * folder, then of the one before, so that the first folder's definitions come last and win; each folder's files
     * in the order of their paths.
     *
     * @throws CompositionException when a file leads, by a link, out of its folder
     */
    List<String> overrideTemplates() throws CompositionException {
        List<String> names = new ArrayList<>();
        for (int i = overrideFolders.size() - 1; i >= 0; i--) {
            Path folder = overrideFolders.get(i);
            for (Path file : OverrideFolders.templates(folder)) {
                names.add(prefix(i) + "/" + folder.relativize(file).toString().replace('\\', '/'));
            }
        }
        return List.copyOf(names);
    }

    /**
     * A stretch of a template, as FreeMarker counts it: lines and columns from 1, the end column included.
     *
     * @param templateName as FreeMarker names it, relative to the template folder
     */
    public Position position(String templateName, int line, int column, int endLine, int lastColumn) {
        boolean endsBefore = endLine < line || (endLine == line && lastColumn < column);
        return endsBefore ? position(templateName, line, column) : new Position(file(templateName), line, column, endLine, lastColumn + 1);
    }

    /** One place of a template. */
    public Position position(String templateName, int line, int column) {
        return new Position(file(templateName), line, column);
    }

    /**
     * The stretch of a composed document from its character written at {@code first} to the one written at
     * {@code last}: underlined when both are on one line of one template, else the first only.
     */
    Position position(OutputOrigin first, OutputOrigin last) {
        Path file = first.templateName() == null ? COMPOSED_DOCUMENT : file(first.templateName());
        if (!first.isOnTheSameLineAs(last) || last.column() < first.column()) {
            return new Position(file, first.line(), first.column());
        }
        return new Position(file, first.line(), first.column(), first.line(), last.column() + 1);
    }

    /**
     * An error on a stretch of a composed document, at the place of the template that wrote it, code
     * {@link Diagnostic#TEMPLATE_CODE}.
     *
     * @param labels the other places involved
     */
    Diagnostic error(OutputOrigin first, OutputOrigin last, String message, @Nullable String hint, List<Label> labels) {
        return new Diagnostic(Severity.ERROR, Diagnostic.TEMPLATE_CODE, position(first, last), message, hint, labels);
    }

    /** An error on this stretch of a template (end column included, as FreeMarker counts), code {@link Diagnostic#TEMPLATE_CODE}. */
    public Diagnostic error(String templateName, int line, int column, int endLine, int lastColumn, String message, @Nullable String hint) {
        return Diagnostic.inTemplate(position(templateName, line, column, endLine, lastColumn), message, hint);
    }

    /** Whether this path names a national template, see {@link #file}. */
    public static boolean isNational(Path file) {
        return !file.isAbsolute() && file.startsWith(NATIONAL_FOLDER);
    }

    /** The class path resource of a national template. */
    public static String resourceName(Path nationalTemplate) {
        return nationalTemplate.toString().replace('\\', '/');
    }
}
