package fr.ctg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
