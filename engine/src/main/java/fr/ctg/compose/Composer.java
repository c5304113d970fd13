package fr.ctg.compose;

import fr.ctg.model.Convention;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * Composes the XHTML document of a convention (see {@code templates/XHTML.md}) from the national
 * templates, or from a Caf's override folder when the convention names one. Built once and reused;
 * safe to share between threads.
 */
public final class Composer {

    static final String CONVENTION_TEMPLATE = "convention.ftlx";

    private final Configuration nationalTemplates = TemplateConfigurations.create(TemplateSources.national());
    private final TemplateFunctions functions = new TemplateFunctions();

    /**
     * @param conventionFile the YAML file the convention was read from: its folder holds the override
     *     templates and the deliberations, its bytes are hashed into {@code ctg:source-sha256}
     */
    public String composeConvention(Convention convention, Path conventionFile) throws CompositionException {
        Configuration configuration = convention.modeles() == null
                ? nationalTemplates
                : TemplateConfigurations.create(TemplateSources.withOverride(folderOf(conventionFile), convention.modeles()));
        Map<String, Object> dataModel = Map.of(
                "convention", convention,
                "fr", functions,
                "source", Map.of("sha256", sha256(conventionFile)));
        StringWriter document = new StringWriter();
        try {
            configuration.getTemplate(CONVENTION_TEMPLATE).process(dataModel, document);
        } catch (IOException | TemplateException e) {
            throw TemplateErrors.translate(e);
        }
        return XhtmlTypography.apply(document.toString());
    }

    private static Path folderOf(Path conventionFile) {
        return conventionFile.toAbsolutePath().getParent();
    }

    private static String sha256(Path file) throws CompositionException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new CompositionException("lecture de " + file + " impossible : " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute machine Java", e);
        }
    }
}
