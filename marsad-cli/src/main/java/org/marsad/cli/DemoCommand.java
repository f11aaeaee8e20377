package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "(not available yet)")
final class DemoCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'demo' is not available yet");
    }
}
