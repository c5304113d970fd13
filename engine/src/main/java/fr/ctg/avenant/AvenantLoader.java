package fr.ctg.avenant;

import fr.ctg.avenant.rules.ModificationAvenant;
import fr.ctg.load.RecordLoader;
import fr.ctg.load.RecordLoader.Loaded;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.avenant.Avenant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads avenant files with the convention's safe reader and binder. */
public final class AvenantLoader {

    private final RecordLoader loader = new RecordLoader(ModificationAvenant.AU_CHARGEMENT);

    public Loaded<Avenant> load(Path file) throws UnreadableInputException {
        return loader.load(file, Avenant.class, "l’avenant");
    }

    /** Every avenant of the convention read from this file, in order. */
    public List<Loaded<Avenant>> loadAll(Path conventionFile) throws UnreadableInputException {
        List<Loaded<Avenant>> avenants = new ArrayList<>();
        for (Path file : AvenantFiles.of(conventionFile)) {
            avenants.add(load(file));
        }
        return List.copyOf(avenants);
    }
}
