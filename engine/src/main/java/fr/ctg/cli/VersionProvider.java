package fr.ctg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, read from the jar's manifest when there is one. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Ctg.class.getPackage().getImplementationVersion();
        return new String[] {"ctg " + (version == null ? "0.1.0" : version)};
    }
}
