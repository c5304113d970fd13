package fr.ctg.avenant.draft;

import fr.ctg.avenant.AvenantFiles;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
import fr.ctg.model.avenant.ARediger;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Drafts the next avenant of a convention from its history: the convention file as it was at a git
 * reference, compared with the file as it is, gives the typed changes of
 * {@code avenants/avenant-NN.yaml} (NN following the avenants already there), which staff complete.
 */
public final class AvenantDraft {

    /** The written file and what it holds. */
    public record Result(Path file, Avenant avenant) {

        public long aRediger() {
            return avenant.modifications().stream().filter(m -> m instanceof ARediger).count();
        }
    }

    private final ConventionHistory history = new ConventionHistory();
    private final ConventionPipeline pipeline = new ConventionPipeline();
    private final ConventionDiff diff = new ConventionDiff();
    private final AvenantYamlWriter writer = new AvenantYamlWriter();

    public Result write(Path conventionFile, String ref) throws DraftException {
        Convention apres = load(read(conventionFile), "telle qu’elle est");
        Convention avant = loadAt(conventionFile, ref);
        ConventionDiff.Result changes = diff.diff(avant, apres);
        if (changes.modifications().isEmpty()) {
            throw new DraftException("la convention n’a pas changé depuis « " + ref + " » : il n’y a pas d’avenant à rédiger");
        }
        int numero = AvenantFiles.of(conventionFile).size() + 1;
        List<String> signataires = new ArrayList<>(avant.parties().stream().map(Partie::id).toList());
        changes.partiesAjoutees().stream().map(Partie::id).forEach(signataires::add);
        Avenant avenant = new Avenant(numero, apres.id(), Statut.PROJET, null, null, null, List.copyOf(signataires),
                changes.partiesAjoutees(), List.of(), null, null, List.of(), changes.modifications(), null);
        Path file = conventionFile.toAbsolutePath().getParent().resolve(AvenantFiles.FOLDER).resolve(AvenantFiles.fileName(numero));
        String text = writer.write(avenant, List.of(
                "Brouillon de l’avenant n° " + numero + ", tiré des changements de convention.yaml depuis « " + ref + " ».",
                "À compléter : date (de signature), date_effet, lieu, délibérations, et chaque modification « a_rediger »."));
        try {
            AtomicOutput.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DraftException("écriture impossible de " + file + " (" + e.getMessage() + ")", e);
        }
        return new Result(file, avenant);
    }

    private static SourceFile read(Path conventionFile) throws DraftException {
        try {
            return SourceFile.read(conventionFile);
        } catch (UnreadableInputException e) {
            throw new DraftException(e.getMessage(), e);
        }
    }

    private Convention loadAt(Path conventionFile, String ref) throws DraftException {
        return load(SourceFile.of(conventionFile, history.read(conventionFile, ref)), "à la référence « " + ref + " »");
    }

    private Convention load(SourceFile source, String version) throws DraftException {
        try {
            ConventionSet set = pipeline.load(source);
            if (set.convention() == null) {
                throw new DraftException("la convention " + version + " ne peut pas être lue : " + set.diagnostics().stream()
                        .filter(Diagnostic::isError).map(Diagnostic::message).collect(Collectors.joining(" ; ")));
            }
            return set.convention();
        } catch (UnreadableInputException e) {
            throw new DraftException(e.getMessage(), e);
        }
    }
}
