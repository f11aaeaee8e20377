package org.marsad.cli;

import org.marsad.ingest.file.InputException;
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
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        cl.getErr().println("marsad: unexpected error: " + msg.lines().findFirst().orElse(""));
        if (System.getenv("MARSAD_DEBUG") != null) {
            e.printStackTrace(cl.getErr());
        }
        return FAILURE;
    }

    static int handleParameter(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        cl.getErr().println("marsad: " + e.getMessage());
        cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }
}
