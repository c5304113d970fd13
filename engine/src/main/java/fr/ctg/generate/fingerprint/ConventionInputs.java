package fr.ctg.generate.fingerprint;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a convention's documents are made of, as one fingerprint: the engine, the templates and style in effect, the name of the
 * convention's file and every file of its folder and below, hidden ones aside (its YAML, its avenants, the deliberations, annexes
 * and images it names, its own {@code modeles} folder). The engine reads nothing of a convention outside its folder.
 *
 * <p>The whole folder rather than the files the YAML names: knowing those would mean reading and checking the YAML, and a file the
 * engine reads but such a list forgot would leave documents out of date without a word. A file of the folder the documents do not
 * use costs one needless rebuild when it changes. No absolute path goes in: a repository checked out elsewhere (another CI runner)
 * keeps its fingerprints.
 */
public final class ConventionInputs {

    private ConventionInputs() {
    }

    /**
     * @param engine the engine's version, commit and build
     * @param overrideFolders see {@link TemplatesInEffect#check}
     * @throws IOException when a file of the folder cannot be read
     */
    public static String fingerprint(Path conventionFile, String engine, List<Path> overrideFolders) throws IOException {
        Path file = conventionFile.toAbsolutePath().normalize();
        return new Manifest()
                .line("moteur", engine)
                .line("modeles", TemplatesInEffect.check(overrideFolders))
                .line("fichier", file.getFileName().toString())
                .files(file.getParent(), "dossier/")
                .digest();
    }
}
