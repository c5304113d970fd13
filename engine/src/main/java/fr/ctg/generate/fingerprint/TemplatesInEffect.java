package fr.ctg.generate.fingerprint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The templates and style a convention's documents are made with, as one fingerprint: the national set packaged with the engine
 * under {@code templates/} (its templates, house style, style sheet and fonts), then each folder that overrides it.
 */
public final class TemplatesInEffect {

    private static final String NATIONAL_FOLDER = "templates/";
    /** A file the national set always has, to find where the set is. */
    private static final String NATIONAL_MARKER = NATIONAL_FOLDER + "convention.ftlx";

    private TemplatesInEffect() {
    }

    /**
     * @param overrideFolders the folders whose files replace the national ones of the same name, in the order they are looked
     *     up; a convention's own {@code modeles} folder lies in its folder, fingerprinted with it
     */
    public static String check(List<Path> overrideFolders) throws IOException {
        Manifest manifest = new Manifest().line("national", National.CHECK);
        for (int i = 0; i < overrideFolders.size(); i++) {
            manifest.files(overrideFolders.get(i), "remplacement-" + i + "/");
        }
        return manifest.digest();
    }

    /** The national set's fingerprint, computed once per process, the first time it is needed. */
    private static final class National {

        static final String CHECK = nationalCheck();
    }

    /** From the engine's jar, or from its class folder when it runs from the build (tests, an IDE). */
    private static String nationalCheck() {
        URL marker = TemplatesInEffect.class.getClassLoader().getResource(NATIONAL_MARKER);
        if (marker == null) {
            throw new IllegalStateException(NATIONAL_MARKER + " manque : le moteur n’a pas été construit par Maven");
        }
        try {
            if (marker.getProtocol().equals("jar")) {
                return packaged((JarURLConnection) marker.openConnection());
            }
            return new Manifest().files(Path.of(marker.toURI()).getParent(), NATIONAL_FOLDER).digest();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar is already open for the class loader: opening it again shares what it read of it. */
    private static String packaged(JarURLConnection connection) throws IOException, URISyntaxException {
        Manifest manifest = new Manifest();
        try (ZipFile jar = new ZipFile(Path.of(connection.getJarFileURL().toURI()).toFile())) {
            List<? extends ZipEntry> entries = jar.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(NATIONAL_FOLDER))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            for (ZipEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    manifest.line(entry.getName(), ContentCheck.of(in.readAllBytes()));
                }
            }
        }
        return manifest.digest();
    }
}
