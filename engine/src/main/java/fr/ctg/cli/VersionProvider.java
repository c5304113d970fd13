package fr.ctg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the engine's version and the git commit it was built from. */
public final class VersionProvider implements IVersionProvider {

    /** Written by the build (src/main/resources-filtered): the commit is « inconnu » when built outside git. */
    private static final String BUILD_PROPERTIES = "version.properties";

    @Override
    public String[] getVersion() {
        Properties build = buildProperties();
        return new String[] {"ctg " + build.getProperty("version") + " (commit " + build.getProperty("commit") + ")"};
    }

    /**
     * What tells one build of the engine from another, for {@code ctg generer} to know when documents must be made again: its
     * version and commit, and the size and date of the jar it runs from, which a build from uncommitted changes alters too.
     */
    public static String engineBuild() {
        Properties build = buildProperties();
        String identity = build.getProperty("version") + " " + build.getProperty("commit");
        try {
            Path jar = Path.of(VersionProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(jar) ? identity + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis() : identity;
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            return identity;
        }
    }

    /** The engine's version, as a Caf repository's ctg.yaml expects it. */
    public static String engineVersion() {
        return buildProperties().getProperty("version");
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(BUILD_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(BUILD_PROPERTIES + " manque : le moteur n’a pas été construit par Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
