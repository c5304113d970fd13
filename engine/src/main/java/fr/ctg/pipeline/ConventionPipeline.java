package fr.ctg.pipeline;

import fr.ctg.avenant.AvenantFiles;
import fr.ctg.avenant.AvenantLoader;
import fr.ctg.avenant.AvenantValidator;
import fr.ctg.avenant.Consolidation;
import fr.ctg.avenant.rules.CaracteresImprimablesAvenant;
import fr.ctg.compose.ClauseIndex;
import fr.ctg.compose.Composer;
import fr.ctg.compose.CompositionException;
import fr.ctg.compose.OverrideFolders;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.load.RecordLoader.Loaded;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Clauses;
import fr.ctg.model.Convention;
import fr.ctg.model.Statut;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionSet.LoadedAvenant;
import fr.ctg.style.HouseStyleLookup;
import fr.ctg.style.LoadedStyle;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Validator;
import fr.ctg.validate.rules.CaracteresImprimables;
import fr.ctg.write.pdf.PrintableCharacters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one way from a convention file to what the commands need: each file of the folder read once,
 * loaded, validated, its house style found and checked, and the avenants applied. When an avenant rewrites articles, the convention is composed to
 * know its clauses, and paragraphs its avenants name by rank are named by id from then on. Built once and shared;
 * safe to use from several threads.
 */
public final class ConventionPipeline {

    private final ConventionLoader conventionLoader = new ConventionLoader();
    private final Validator validator;
    private final AvenantLoader avenantLoader = new AvenantLoader();
    private final AvenantValidator avenantValidator;
    private final Consolidation consolidation = new Consolidation();
    private final Composer composer = new Composer();
    private final HouseStyleLookup houseStyles = new HouseStyleLookup();

    public ConventionPipeline() {
        this(new Validator(), new AvenantValidator());
    }

    public ConventionPipeline(Validator validator, AvenantValidator avenantValidator) {
        this.validator = validator;
        this.avenantValidator = avenantValidator;
    }

    /** The convention of this file and the avenants of its folder's {@code avenants/}. */
    public ConventionSet load(Path conventionFile) throws UnreadableInputException {
        return load(SourceFile.read(conventionFile));
    }

    /**
     * The convention of these bytes (a file as it is, or as it was in its history) and the avenants of its
     * folder.
     */
    public ConventionSet load(SourceFile source) throws UnreadableInputException {
        return load(source, null);
    }

    /**
     * The convention of these bytes and the avenants of its folder, one of them read from {@code avenantEdit} instead of
     * its file: an edit of that avenant checked before it is written.
     */
    public ConventionSet load(SourceFile source, @Nullable SourceFile avenantEdit) throws UnreadableInputException {
        LoadResult loaded = conventionLoader.load(source);
        List<Diagnostic> diagnostics = new ArrayList<>(validator.validate(loaded));
        Convention convention = loaded.convention();
        if (convention == null || diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new ConventionSet(source, loaded, List.of(), null, LoadedStyle.NATIONAL, diagnostics);
        }
        LoadedStyle style = houseStyles.find(overrideFolders(convention, source), convention.statut());
        if (!style.style().fonts().isEmpty()) {
            checkCharactersAgain(loaded, convention, style, diagnostics);
        }
        diagnostics.addAll(style.diagnostics());
        List<LoadedAvenant> avenants = new ArrayList<>();
        for (Path file : AvenantFiles.of(source.path())) {
            SourceFile avenantSource = avenantEdit != null && avenantEdit.path().toAbsolutePath().equals(file)
                    ? avenantEdit : SourceFile.read(file);
            avenants.add(new LoadedAvenant(avenantSource, avenantLoader.load(avenantSource)));
        }
        Optional<Clauses> clauses = aimAtClauses(avenants) ? clauses(convention, source) : Optional.empty();
        List<Loaded<Avenant>> loadedAvenants = avenants.stream().map(LoadedAvenant::loaded).toList();
        diagnostics.addAll(avenantValidator.validate(convention, loaded.sources(), loadedAvenants, clauses));
        if (!style.style().fonts().isEmpty()) {
            checkAvenantCharactersAgain(loadedAvenants, style, diagnostics);
        }
        if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
            return new ConventionSet(source, loaded, avenants, null, style, diagnostics);
        }
        List<LoadedAvenant> named = avenants.stream().map(a -> ClauseNaming.byId(a, clauses)).toList();
        return new ConventionSet(source, loaded, named, consolidation.apply(convention, signed(named)).convention(), style, diagnostics);
    }

    /**
     * The characters of the texts checked against the Caf's own font rather than Liberation, which the validator
     * assumed before the style was known: its CTG-CARACTERE-PDF diagnostics give way to those of the Caf's font.
     */
    private static void checkCharactersAgain(LoadResult loaded, Convention convention, LoadedStyle style, List<Diagnostic> diagnostics) {
        CaracteresImprimables rule = new CaracteresImprimables(PrintableCharacters.withCafFaces(style.style().fonts()));
        diagnostics.removeIf(d -> d.code().equals(rule.description().code()));
        rule.check(convention, new Reporter(loaded.sources(), convention.statut(), rule.description(), diagnostics));
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
    }

    /** The same for the texts of the avenants: CTG-AVENANT-CARACTERE-PDF judged against the Caf's font. */
    private static void checkAvenantCharactersAgain(List<Loaded<Avenant>> avenants, LoadedStyle style, List<Diagnostic> diagnostics) {
        CaracteresImprimablesAvenant rule = new CaracteresImprimablesAvenant(PrintableCharacters.withCafFaces(style.style().fonts()));
        diagnostics.removeIf(d -> d.code().equals(rule.description().code()));
        for (Loaded<Avenant> avenant : avenants) {
            if (avenant.value() != null) {
                rule.check(avenant.value(), new Reporter(avenant.sources(), avenant.value().statut(), rule.description(), diagnostics));
            }
        }
    }

    /** The folders whose files replace the national ones for this convention; none when one is refused (the composer says why). */
    private static List<Path> overrideFolders(Convention convention, SourceFile source) {
        try {
            return OverrideFolders.of(source.path(), convention.modeles());
        } catch (CompositionException refused) {
            return List.of();
        }
    }

    /** Whether an avenant rewrites the text of the articles, or cites one of them. */
    private static boolean aimAtClauses(List<LoadedAvenant> avenants) {
        return avenants.stream().map(LoadedAvenant::avenant).filter(Objects::nonNull)
                .anyMatch(a -> a.articleAvenants() != null || a.modifications().stream().anyMatch(Consolidation::changesText));
    }

    /** The clauses of the convention's text, which its avenants rewrite; none when a template fails (generer says why). */
    private Optional<Clauses> clauses(Convention convention, SourceFile source) {
        try {
            return Optional.of(ClauseIndex.of(composer.composeConvention(convention, source)));
        } catch (CompositionException e) {
            return Optional.empty();
        }
    }

    private static List<Avenant> signed(List<LoadedAvenant> avenants) {
        return avenants.stream().map(LoadedAvenant::avenant).filter(a -> a.statut() == Statut.SIGNEE).toList();
    }
}
