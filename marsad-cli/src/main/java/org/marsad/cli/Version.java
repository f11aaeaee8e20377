package org.marsad.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Marsad.class.getPackage().getImplementationVersion();
        return new String[] {"marsad " + (v == null ? "dev" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
