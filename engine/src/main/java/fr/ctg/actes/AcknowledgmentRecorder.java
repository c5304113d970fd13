package fr.ctg.actes;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.AccuseReception;
import fr.ctg.model.Statut;
import fr.ctg.pipeline.ConventionPipeline;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Records the préfecture's acknowledgment of the convention in its YAML ({@code accuse_reception}), typed in or read
 * from the acknowledgment message; nothing is written unless the convention so updated is valid (signed, SIREN of a
 * party that deliberates, received after the signature, nature CC).
 */
public final class AcknowledgmentRecorder {

    private final ConventionPipeline pipeline = new ConventionPipeline();

    /** The acknowledgment an {@code actes:ARActe} file holds. */
    public static AccuseReception fromXml(Path xml) throws ActesRefusal, IOException {
        return AcknowledgmentXml.read(xml.toString(), Files.readAllBytes(xml));
    }

    public void record(Path conventionFile, AccuseReception accuse) throws ActesRefusal, UnreadableInputException, IOException {
        ConventionSet set = pipeline.load(conventionFile);
        if (set.convention() == null || set.hasErrors()) {
            throw new ActesRefusal(conventionFile + " a des erreurs : corrigez-les d’abord (ctg valider)");
        }
        if (set.convention().statut() != Statut.SIGNEE) {
            throw new ActesRefusal("la convention n’est pas signée (statut « " + set.convention().statut().yaml() + " ») : enregistrez"
                    + " d’abord sa signature (ctg enregistrer-signature), la préfecture ne reçoit qu’un acte signé");
        }
        String yaml = new String(set.source().bytes(), StandardCharsets.UTF_8);
        byte[] updated = AcknowledgmentEdit.apply(yaml, accuse.identifiant(), accuse.dateReception()).getBytes(StandardCharsets.UTF_8);
        List<Diagnostic> errors = pipeline.load(SourceFile.of(set.file(), updated)).diagnostics().stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new ActesRefusal("l’accusé de réception n’est pas enregistré : " + errors.get(0).oneLine());
        }
        AtomicOutput.write(set.file(), updated);
    }
}
