package fr.ctg.avenant;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.model.Convention;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.validate.Rule;
import fr.ctg.validate.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The minimal valid convention (2024-01-01 to 2028-12-31, parties caf and cc, axis 2 waiting for its
 * fiches until 2024-06-30) in {@code <temp>/minimale/}, with avenants written next to it.
 */
public final class AvenantFixture {

    /** The head of a valid avenant n° 1 to the minimal convention; modifications follow. */
    public static final String ENTETE = """
            numero: 1
            convention: minimale
            statut: a_signer
            date: 2024-05-15
            date_effet: 2024-06-01
            signataires: [caf, cc]
            modifications:
            """;

    /** A change that brings the fiche 2.1 the minimal convention waits for (7 lines), so that nothing else is reported. */
    static final String AJOUT_FICHE_2_1 = """
              - ajout_fiches:
                  fiches:
                    - numero: "2.1"
                      titre: Soutenir les parents
                      contexte: Aucun lieu d’accueil enfants-parents.
                      objectifs: Ouvrir un LAEP.
                      public_vise: Les parents
            """;

    private final Path conventionFile;

    public AvenantFixture(Path temp) {
        this(temp, minimale());
    }

    /** The convention of this text (a variant of the minimal one, of id {@code minimale}) in {@code <temp>/minimale/}. */
    public AvenantFixture(Path temp, String convention) {
        try {
            conventionFile = temp.resolve("minimale/convention.yaml");
            Files.createDirectories(conventionFile.getParent().resolve(AvenantFiles.FOLDER));
            Files.writeString(conventionFile, convention, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String minimale() {
        try (InputStream in = AvenantFixture.class.getResourceAsStream("/fr/ctg/load/minimale.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path conventionFile() {
        return conventionFile;
    }

    Convention convention() {
        try {
            LoadResult loaded = new ConventionLoader().load(conventionFile);
            return loaded.loadedConvention().orElseThrow(() -> new AssertionError(loaded.diagnostics()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public Path avenant(String fileName, String yaml) {
        try {
            return Files.writeString(conventionFile.getParent().resolve(AvenantFiles.FOLDER).resolve(fileName), yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every diagnostic of the folder's avenants, one line each, file names shortened to the avenant's. */
    public List<String> diagnostics() {
        return diagnostics(new AvenantValidator());
    }

    /** The diagnostics of this rule alone (and of loading), as {@link #diagnostics()} writes them. */
    public List<String> diagnostics(Rule<AvenantContext> rule) {
        return diagnostics(new AvenantValidator(List.of(rule)));
    }

    /** Every diagnostic of the folder's avenants, as the pipeline reports them. */
    List<Diagnostic> validated() {
        return validated(new AvenantValidator());
    }

    private List<Diagnostic> validated(AvenantValidator validator) {
        try {
            return new ConventionPipeline(new Validator(), validator).load(conventionFile).diagnostics().stream()
                    .filter(d -> !d.position().file().equals(conventionFile))
                    .toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> diagnostics(AvenantValidator validator) {
        try {
            List<Diagnostic> diagnostics = validated(validator);
            return diagnostics.stream()
                    .map(d -> d.position().file().getFileName() + ":" + d.position().line() + ":" + d.position().column() + ": "
                            + d.severity().label() + "[" + d.code() + "]: " + d.message())
                    .toList();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
