package dev.pith.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (Implementation-Version), "dev" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"pith " + (v == null ? "dev" : v)};
    }
}
