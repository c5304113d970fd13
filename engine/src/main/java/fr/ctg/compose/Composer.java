package fr.ctg.compose;

import fr.ctg.avenant.AvenantTemplateModel;
import fr.ctg.avenant.Consolidation;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.ConventionConsolidee;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3c.dom.Document;

/**
 * Composes the XHTML document of a convention (see {@code templates/XHTML.md}) from the national
 * templates, or from a Caf's override folder when the convention names one. Built once and reused;
 * safe to share between threads.
 */
public final class Composer {

    static final String CONVENTION_TEMPLATE = "convention.ftlx";
    static final String AVENANT_TEMPLATE = "avenant.ftlx";
    static final String CONSOLIDATED_TEMPLATE = "convention-consolidee.ftlx";

    private final Configuration nationalTemplates = TemplateConfigurations.create(TemplateSources.national());
    private final TemplateFunctions functions = new TemplateFunctions();

    /**
     * @param conventionFile the YAML file the convention was read from: its folder holds the override
     *     templates and the deliberations, its bytes are hashed into {@code ctg:source-sha256}
     */
    public ComposedDocument composeConvention(Convention convention, Path conventionFile) throws CompositionException {
        Map<String, Object> dataModel = Map.of(
                "convention", convention,
                "fr", functions,
                "source", Map.of("sha256", sha256(conventionFile)));
        return compose(configurationFor(convention, conventionFile), CONVENTION_TEMPLATE, dataModel);
    }

    /**
     * Composes an avenant (template {@code avenant.ftlx}).
     *
     * @param convention the convention as signed, read from {@code conventionFile}
     * @param precedents the avenants before this one, in order
     * @param avenantFile the avenant's YAML file, hashed into {@code ctg:source-sha256}
     */
    public ComposedDocument composeAvenant(Avenant avenant, Convention convention, List<Avenant> precedents, Path avenantFile, Path conventionFile)
            throws CompositionException {
        Consolidation consolidation = new Consolidation();
        Convention base = consolidation.apply(convention, precedents).convention();
        List<Partie> signataires = new ArrayList<>();
        for (String id : avenant.signataires()) {
            Optional<Partie> partie = base.parties().stream().filter(p -> p.id().equals(id)).findFirst()
                    .or(() -> avenant.partiesAjoutees().stream().filter(p -> p.id().equals(id)).findFirst());
            partie.ifPresent(signataires::add);
        }
        List<Map<String, Object>> earlier = new ArrayList<>();
        for (Avenant precedent : precedents) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("numero", precedent.numero());
            if (precedent.date() != null) {
                view.put("date", precedent.date());
            }
            earlier.add(view);
        }
        Map<String, Object> dataModel = Map.of(
                "avenant", AvenantTemplateModel.of(avenant),
                "origine", convention,
                "base", base,
                "convention", consolidation.amend(base, avenant),
                "signataires", List.copyOf(signataires),
                "precedents", earlier,
                "fr", functions,
                "source", Map.of("sha256", sha256(avenantFile)));
        return compose(configurationFor(convention, conventionFile), AVENANT_TEMPLATE, dataModel);
    }

    /**
     * Composes the convention as amended by its avenants (template {@code convention-consolidee.ftlx}), the
     * new texts of articles moved into place.
     *
     * @param dateDocument the date of the version: the last avenant's
     */
    public ComposedDocument composeConsolidated(ConventionConsolidee consolidee, LocalDate dateDocument, Path conventionFile)
            throws CompositionException {
        Convention convention = consolidee.convention();
        Map<String, Object> dataModel = Map.of(
                "convention", convention,
                "dernierAvenant", consolidee.dernierAvenant(),
                "dateDocument", dateDocument.toString(),
                "textes", AvenantTemplateModel.view(consolidee.textes()),
                "fr", functions,
                "source", Map.of("sha256", sha256(conventionFile)));
        return compose(configurationFor(convention, conventionFile), CONSOLIDATED_TEMPLATE, dataModel, ArticleTexts::apply);
    }

    private Configuration configurationFor(Convention convention, Path conventionFile) throws CompositionException {
        return convention.modeles() == null
                ? nationalTemplates
                : TemplateConfigurations.create(TemplateSources.withOverride(folderOf(conventionFile), convention.modeles()));
    }

    /** @param passes what the document needs after its typography, in order */
    @SafeVarargs
    private static ComposedDocument compose(Configuration configuration, String template, Map<String, Object> dataModel,
            Consumer<Document>... passes) throws CompositionException {
        TemplateTrace trace = new TemplateTrace();
        try {
            Environment environment = configuration.getTemplate(template).createProcessingEnvironment(dataModel, trace);
            environment.setTemplateProcessingTracer(trace);
            environment.process();
        } catch (IOException | TemplateException e) {
            throw TemplateErrors.translate(e);
        }
        List<Consumer<Document>> all = new ArrayList<>();
        all.add(XhtmlTypography::apply);
        all.addAll(List.of(passes));
        return ComposedDocument.read(trace.text(), trace, all);
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
