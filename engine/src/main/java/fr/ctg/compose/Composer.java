package fr.ctg.compose;

import fr.ctg.avenant.AvenantTemplateModel;
import fr.ctg.avenant.Consolidation;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.ConventionConsolidee;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.w3c.dom.Document;

/**
 * Composes the XHTML document of a convention (see {@code templates/XHTML.md}) from the national
 * templates and the Caf's override templates, if any ({@link OverrideFolders}). Built once and reused;
 * safe to share between threads.
 */
public final class Composer {

    static final String CONVENTION_TEMPLATE = "convention.ftlx";
    static final String AVENANT_TEMPLATE = "avenant.ftlx";
    static final String CONSOLIDATED_TEMPLATE = "convention-consolidee.ftlx";

    private final Templates national = new Templates(TemplateConfigurations.create(TemplateSources.national()), TemplateFiles.NATIONAL,
            new OverrideInclusion(List.of(), TemplateFiles.NATIONAL));
    private final TemplateFunctions functions = new TemplateFunctions();
    private final TemplateLimits limits;

    /** A composer held to the {@linkplain TemplateLimits#configured() limits in force}. */
    public Composer() {
        this(TemplateLimits.configured());
    }

    Composer(TemplateLimits limits) {
        this.limits = limits;
    }

    /**
     * @param source the YAML file the convention was read from: its folder holds the override
     *     templates and the deliberations, its hash goes into {@code ctg:source-sha256}
     */
    public ComposedDocument composeConvention(Convention convention, SourceFile source) throws CompositionException {
        Map<String, Object> dataModel = Map.of(
                "convention", convention,
                "fr", functions,
                "source", Map.of("sha256", source.sha256()));
        return compose(templatesFor(convention, source), CONVENTION_TEMPLATE, dataModel);
    }

    /**
     * Composes an avenant (template {@code avenant.ftlx}).
     *
     * @param convention the convention as signed, read from {@code conventionSource}
     * @param precedents the avenants before this one, in order
     * @param avenantSource the avenant's YAML file, whose hash goes into {@code ctg:source-sha256}
     */
    public ComposedDocument composeAvenant(Avenant avenant, Convention convention, List<Avenant> precedents, SourceFile avenantSource,
            SourceFile conventionSource)
            throws CompositionException {
        Consolidation consolidation = new Consolidation();
        ConventionConsolidee avant = consolidation.apply(convention, precedents);
        Convention base = avant.convention();
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
                "annexes", AvenantTemplateModel.view(avant.annexes()),
                "fr", functions,
                "source", Map.of("sha256", avenantSource.sha256()));
        return compose(templatesFor(convention, conventionSource), AVENANT_TEMPLATE, dataModel);
    }

    /**
     * Composes the convention as amended by its avenants (template {@code convention-consolidee.ftlx}), with the
     * annexes they add and their changes to the text of the articles applied.
     *
     * @param dateDocument the date of the version: the last avenant's
     */
    public ComposedDocument composeConsolidated(ConventionConsolidee consolidee, LocalDate dateDocument, SourceFile conventionSource)
            throws CompositionException {
        Convention convention = consolidee.convention();
        Map<String, Object> dataModel = Map.of(
                "convention", convention,
                "dernierAvenant", consolidee.dernierAvenant(),
                "dateDocument", dateDocument.toString(),
                "textes", AvenantTemplateModel.view(consolidee.textes()),
                "annexes", AvenantTemplateModel.view(consolidee.annexes()),
                "fr", functions,
                "source", Map.of("sha256", conventionSource.sha256()));
        return compose(templatesFor(convention, conventionSource), CONSOLIDATED_TEMPLATE, dataModel, ArticleTexts::apply);
    }

    /** The templates of one convention, where they are read from, and its override templates. */
    private record Templates(Configuration configuration, TemplateFiles files, OverrideInclusion overrides) {
    }

    private Templates templatesFor(Convention convention, SourceFile source) throws CompositionException {
        TemplateFiles files = TemplateFiles.withOverrides(OverrideFolders.of(source.path(), convention.modeles()));
        List<String> overrides = files.overrideTemplates();
        if (overrides.isEmpty()) {
            // a folder without templates (the modeles/ of a new Caf repository, or one with only style files) changes nothing
            return national;
        }
        // a new configuration each time: a template the Caf has just changed is read again (ctg apercu)
        return new Templates(TemplateConfigurations.create(TemplateSources.withOverrides(files.overrideFolders())), files,
                new OverrideInclusion(overrides, files));
    }

    /** @param passes what the document needs after its typography, in order */
    @SafeVarargs
    private ComposedDocument compose(Templates templates, String template, Map<String, Object> dataModel,
            Consumer<Document>... passes) throws CompositionException {
        TemplateTrace trace = new TemplateTrace(limits);
        Map<String, Object> withOverrides = new HashMap<>(dataModel);
        withOverrides.put(OverrideInclusion.NAME, templates.overrides());
        try {
            Environment environment = templates.configuration().getTemplate(template).createProcessingEnvironment(withOverrides, trace);
            environment.setTemplateProcessingTracer(trace);
            environment.process();
        } catch (IOException | TemplateException | TemplateLimitException e) {
            throw TemplateErrors.translate(e, templates.files());
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw TemplateErrors.translate(trace.exhausted(e), templates.files());
        }
        List<Consumer<Document>> all = new ArrayList<>();
        all.add(XhtmlTypography::apply);
        all.addAll(List.of(passes));
        return ComposedDocument.read(trace.text(), trace, templates.files(), all);
    }
}
