package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "(not available yet)")
final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'extract' is not available yet");
    }
}
