package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "(not available yet)")
final class ServeCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'serve' is not available yet");
    }
}
