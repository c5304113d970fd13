package fr.ctg.avenant.draft;

import fr.ctg.avenant.AvenantFiles;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.Convention;
import fr.ctg.model.Partie;
import fr.ctg.model.Statut;
import fr.ctg.model.avenant.ARediger;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    private final ConventionLoader loader = new ConventionLoader();
    private final ConventionDiff diff = new ConventionDiff();
    private final AvenantYamlWriter writer = new AvenantYamlWriter();

    public Result write(Path conventionFile, String ref) throws DraftException {
        Convention apres = load(conventionFile, "telle qu’elle est");
        Convention avant = loadAt(conventionFile, ref);
        ConventionDiff.Result changes = diff.diff(avant, apres);
        if (changes.modifications().isEmpty()) {
            throw new DraftException("la convention n’a pas changé depuis « " + ref + " » : il n’y a pas d’avenant à rédiger");
        }
        int numero = AvenantFiles.of(conventionFile).size() + 1;
        List<String> signataires = new ArrayList<>(avant.parties().stream().map(Partie::id).toList());
        changes.partiesAjoutees().stream().map(Partie::id).forEach(signataires::add);
        Avenant avenant = new Avenant(numero, apres.id(), Statut.PROJET, null, null, null, List.copyOf(signataires),
                changes.partiesAjoutees(), List.of(), changes.modifications());
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

    private Convention loadAt(Path conventionFile, String ref) throws DraftException {
        byte[] bytes = history.read(conventionFile, ref);
        Path copy = null;
        try {
            Path folder = Files.createTempDirectory("ctg-historique");
            copy = Files.write(folder.resolve(conventionFile.getFileName()), bytes);
            return load(copy, "à la référence « " + ref + " »");
        } catch (IOException e) {
            throw new DraftException("copie temporaire impossible : " + e.getMessage(), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                    Files.deleteIfExists(copy.getParent());
                } catch (IOException e) {
                    // a leftover temporary copy is harmless
                }
            }
        }
    }

    private Convention load(Path file, String version) throws DraftException {
        try {
            LoadResult loaded = loader.load(file);
            if (loaded.convention() == null) {
                throw new DraftException("la convention " + version + " ne peut pas être lue : " + loaded.diagnostics().stream()
                        .filter(Diagnostic::isError).map(Diagnostic::message).collect(Collectors.joining(" ; ")));
            }
            return loaded.convention();
        } catch (UnreadableInputException e) {
            throw new DraftException(e.getMessage(), e);
        }
    }
}
