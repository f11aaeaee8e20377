package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "(not available yet)")
final class SearchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'search' is not available yet");
    }
}
