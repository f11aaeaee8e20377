package org.marsad.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands: says so and fails. */
@Command(name = "stories", mixinStandardHelpOptions = true, description = "(not available yet)")
final class StoriesCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserException("'stories' is not available yet");
    }
}
