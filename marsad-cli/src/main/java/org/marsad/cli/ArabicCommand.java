package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "arabic", mixinStandardHelpOptions = true, description = "(not available yet)")
final class ArabicCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'arabic' is not available yet");
    }
}
