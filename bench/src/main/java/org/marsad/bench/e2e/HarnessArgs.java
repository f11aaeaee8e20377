package org.marsad.bench.e2e;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line of a bench harness run on its own ({@link ServerCpu}, {@link StoreAB}, {@link SearchCpu}):
 * {@code --name VALUE} options of a declared kind, flags, and bare words where the harness takes them. Everything is
 * checked while parsing, so that a mistyped number ends the run with one line and exit 2 before any work starts,
 * never with a stack trace after minutes of building.
 */
final class HarnessArgs {
    /** What an option takes. */
    enum Kind {
        /** A file or directory. */
        PATH,
        /** A whole number of at least 1 (rounds, clients, seconds, articles). */
        COUNT,
        /** Nothing: present or not. */
        FLAG
    }

    /** A command line that cannot be run; its message is one line, for the user. */
    static final class Usage extends Exception {
        Usage(String message) {
            super(message);
        }
    }

    private final Map<String, Object> values;
    private final Set<String> flags;
    private final List<String> words;

    private HarnessArgs(Map<String, Object> values, Set<String> flags, List<String> words) {
        this.values = values;
        this.flags = flags;
        this.words = words;
    }

    /**
     * Parses {@code args} against the declared options.
     *
     * @param words whether bare words (not starting with {@code --}) are taken; else one is an error
     * @throws Usage naming the first thing wrong: an unknown option, a missing value, a value of the wrong kind
     */
    static HarnessArgs parse(String[] args, Map<String, Kind> options, boolean words) throws Usage {
        Map<String, Object> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            Kind kind = options.get(a);
            if (kind == null) {
                if (a.startsWith("--")) {
                    throw new Usage("unknown option " + a + " (known: " + String.join(" ", new TreeSet<>(options.keySet()))
                            + ")");
                }
                if (!words) {
                    throw new Usage("unexpected argument '" + a + "'");
                }
                bare.add(a);
                continue;
            }
            if (kind == Kind.FLAG) {
                flags.add(a);
                continue;
            }
            if (i + 1 >= args.length) {
                throw new Usage(a + " needs a value");
            }
            values.put(a, value(a, kind, args[++i]));
        }
        return new HarnessArgs(values, flags, bare);
    }

    private static Object value(String option, Kind kind, String text) throws Usage {
        if (kind == Kind.COUNT) {
            try {
                int n = Integer.parseInt(text.strip());
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // said below
            }
            throw new Usage(option + " takes a whole number of at least 1, not '" + text + "'");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new Usage(option + " takes a path, not '" + text + "'");
        }
    }

    /**
     * {@link #parse} for a harness's {@code main}: on a bad command line prints {@code tool: message} on stderr and
     * exits with status 2.
     */
    static HarnessArgs parseOrExit(String tool, String[] args, Map<String, Kind> options, boolean words) {
        try {
            return parse(args, options, words);
        } catch (Usage e) {
            System.err.println(tool + ": " + e.getMessage());
            System.exit(2);
            throw new AssertionError("exited");
        }
    }

    /** The path given to {@code option}, else {@code otherwise}. */
    Path path(String option, Path otherwise) {
        return (Path) values.getOrDefault(option, otherwise);
    }

    /** The count given to {@code option}, else {@code otherwise}. */
    int count(String option, int otherwise) {
        return (Integer) values.getOrDefault(option, otherwise);
    }

    /** Whether the flag was given. */
    boolean flag(String option) {
        return flags.contains(option);
    }

    /** The bare words, in order. */
    List<String> words() {
        return words;
    }
}
