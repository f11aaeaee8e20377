package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "(not available yet)")
final class IngestCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'ingest' is not available yet");
    }
}
