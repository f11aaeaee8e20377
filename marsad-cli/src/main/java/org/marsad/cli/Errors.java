package org.marsad.cli;

import org.marsad.ingest.file.InputException;
import org.marsad.search.IndexUnavailable;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Turns failures into the one-line messages and exit codes the command line promises. */
final class Errors {
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private Errors() {
    }

    static int handleExecution(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        if (e instanceof UserException u) {
            cl.getErr().println("marsad: " + u.getMessage());
            return u.exitCode();
        }
        if (e instanceof InputException i) {
            cl.getErr().println("marsad: " + i.getMessage());
            return FAILURE;
        }
        if (e instanceof ParameterException p) {
            return handleParameter(p, new String[0]);
        }
        if (e instanceof IndexUnavailable u) {
            // A shared index's nodes all down (a worker stopped meanwhile, a search): expected, and nothing is lost.
            cl.getErr().println("marsad: the search index cannot be reached (" + firstLine(u)
                    + "); what is stored is kept and indexed once the index is back");
            return FAILURE;
        }
        cl.getErr().println("marsad: unexpected error: " + firstLine(e));
        if (System.getenv("MARSAD_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
        }
        return FAILURE;
    }

    private static String firstLine(Exception e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.lines().findFirst().orElse("");
    }

    static int handleParameter(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("marsad: " + message(e));
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /**
     * Picocli's message in the command line's words: a word where a command was expected is an unknown command
     * ('marsad frobnicate' said "Unmatched argument at index 0", and 'marsad accounts add ...' listed every word it
     * was given), and picocli's own "Error: " label is left out after "marsad: ".
     */
    private static String message(ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !e.getCommandLine().getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String name = e.getCommandLine().getCommandSpec().qualifiedName();
            return "unknown command '" + u.getUnmatched().get(0) + "'" + (name.equals("marsad") ? ""
                    : " of " + name.substring(name.indexOf(' ') + 1));
        }
        String m = e.getMessage();
        return m != null && m.startsWith("Error: ") ? m.substring("Error: ".length()) : m;
    }
}
