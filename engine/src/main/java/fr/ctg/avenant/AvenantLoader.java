package fr.ctg.avenant;

import fr.ctg.avenant.rules.ModificationAvenant;
import fr.ctg.load.RecordLoader.Loaded;
import fr.ctg.load.RecordLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.model.avenant.Avenant;
import java.nio.file.Path;

/** Loads avenant files with the convention's safe reader and binder. */
public final class AvenantLoader {

    private final RecordLoader loader = new RecordLoader(ModificationAvenant.AU_CHARGEMENT);

    public Loaded<Avenant> load(SourceFile source) {
        return loader.load(source, Avenant.class, "l’avenant");
    }

    /** Reads the file, then loads it. */
    public Loaded<Avenant> load(Path file) throws UnreadableInputException {
        return load(SourceFile.read(file));
    }
}
