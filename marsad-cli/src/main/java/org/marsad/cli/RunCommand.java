package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "(not available yet)")
final class RunCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'run' is not available yet");
    }
}
