package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "(not available yet)")
final class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'export' is not available yet");
    }
}
