package fr.ctg.compose;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the templates of a composition are read from, so that a diagnostic can point into them: a template of
 * the convention's override folder by its file, a national one by its path in the repository
 * ({@code templates/partials/page-de-titre.ftlx}), which the engine's jar holds at the same place.
 */
public final class TemplateFiles {

    /** What {@link Diagnostic#TEMPLATE_CODE} requires, for the table of codes. */
    public static final String RESUME = "Les modèles (.ftlx) sont du FreeMarker bien formé, n’emploient que les valeurs du modèle"
            + " de données et aucune construction qui exécuterait du code (?new, ?api, ?eval, ?interpret) ; le document qu’ils"
            + " composent respecte templates/XHTML.md et reste dans les limites de taille, de durée et d’imbrication de la composition.";

    static final String NATIONAL_FOLDER = "templates";
    static final TemplateFiles NATIONAL = new TemplateFiles(null);

    private final @Nullable Path overrideFolder;

    private TemplateFiles(@Nullable Path overrideFolder) {
        this.overrideFolder = overrideFolder;
    }

    static TemplateFiles withOverride(Path overrideFolder) {
        return new TemplateFiles(overrideFolder);
    }

    /** What a diagnostic names as its file when no template wrote the faulty part of a composed document. */
    static final Path COMPOSED_DOCUMENT = Path.of("document composé");

    /** The file a template of this name is read from: the override folder's when it has one, else the national one. */
    public Path file(String templateName) {
        if (overrideFolder != null && Files.isRegularFile(overrideFolder.resolve(templateName))) {
            return overrideFolder.resolve(templateName);
        }
        return Path.of(NATIONAL_FOLDER).resolve(templateName);
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
