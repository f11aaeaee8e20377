package org.marsad.cli;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad hide ID...} / {@code marsad unhide ID...} / {@code marsad hide --list}: the reversible hide of issue
 * 17 from the command line — the same store change as the editors' button on the web. A hidden article stays stored
 * and leaves search, lists, feeds, exports, the API and watches; the index owner (this command, or a running server)
 * follows the change through the store's change counter, like a deletion.
 */
final class HideCommands {
    private HideCommands() {
    }

    @Command(name = "hide", mixinStandardHelpOptions = true,
            description = {"Hide articles from readers (reversible: marsad unhide). They stay stored; search, pages, "
                    + "feeds, exports, the API and watches leave them out.", "With --list, list the hidden articles."},
            footer = {"", "Examples:", "  marsad hide --data DIR 5cc0a8b1a07cdb6a", "  marsad hide --data DIR --list",
                    "", "Exit status: 0 ok; 1 an id is not stored (the others were hidden) or the data directory "
                    + "cannot be used; 2 usage error."})
    static final class Hide implements Callable<Integer> {
        @Mixin
        DataDir data;

        @Parameters(arity = "0..*", paramLabel = "ID", description = "Ids of the articles to hide.")
        List<String> ids;

        @Option(names = "--list", description = "List the hidden articles (most recently hidden first).")
        boolean list;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (list) {
                if (ids != null && !ids.isEmpty()) {
                    throw UserException.usage("--list takes no ids");
                }
                return list(data, spec.commandLine().getOut());
            }
            if (ids == null || ids.isEmpty()) {
                throw UserException.usage("give the ids of the articles to hide (or --list)");
            }
            return change(data, spec, ids, "hidden", "was already hidden", (a, wanted) -> a.hide(wanted, Archive.HIDDEN_BY_COMMAND_LINE));
        }
    }

    @Command(name = "unhide", mixinStandardHelpOptions = true,
            description = "Show hidden articles to readers again (in search, pages, feeds, exports, the API).",
            footer = {"", "Example:", "  marsad unhide --data DIR 5cc0a8b1a07cdb6a",
                    "", "Exit status: 0 ok; 1 an id is not stored (the others were shown) or the data directory "
                    + "cannot be used; 2 usage error."})
    static final class Unhide implements Callable<Integer> {
        @Mixin
        DataDir data;

        @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the hidden articles to show again.")
        List<String> ids;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return change(data, spec, ids, "shown", "was not hidden", Archive::unhide);
        }
    }

    private static int list(DataDir data, PrintWriter out) {
        try (Archive archive = data.existing()) {
            long total = archive.store().hiddenCount();
            for (ArticleStore.Hidden h : archive.store().hidden(Integer.MAX_VALUE, 0)) {
                String title = h.article().title() == null || h.article().title().isBlank() ? "(untitled)"
                        : TerminalText.escape(h.article().title());
                out.println(h.article().id() + " · hidden " + h.hiddenAt() + " by "
                        + TerminalText.escape(h.hiddenBy() == null ? "?" : h.hiddenBy()) + " · " + title);
            }
            out.println(total + " hidden article(s)");
        }
        out.flush();
        return 0;
    }

    private static int change(DataDir data, CommandSpec spec, List<String> ids, String verb, String already,
            BiFunction<Archive, List<String>, List<String>> apply) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        List<String> done;
        boolean owner;
        try (Archive archive = data.existing()) {
            owner = archive.owner();
            List<String> wanted = new java.util.ArrayList<>();
            for (String id : new LinkedHashSet<>(ids)) {
                if (archive.store().getIncludingHidden(id).isPresent()) {
                    wanted.add(id);
                } else {
                    err.println("marsad: no article with id " + id);
                    missing++;
                }
            }
            done = apply.apply(archive, wanted);
            for (String id : wanted) {
                out.println(id + (done.contains(id) ? " " + verb : " " + already));
            }
        }
        out.println(verb + " " + done.size() + " article(s)");
        out.flush();
        if (!owner && !done.isEmpty()) {
            err.println("marsad: " + indexNote(data));
        }
        err.flush();
        return missing > 0 ? Errors.FAILURE : 0;
    }

    private static String indexNote(DataDir data) {
        Optional<ServerInfo> server = data.server();
        if (server.isPresent()) {
            return "the running server (" + server.get().describe() + ") follows the change in its search index "
                    + "within seconds";
        }
        return "another marsad command is writing the index of " + data.path() + ": the search index follows when it "
                + "ends (or when the next command or server opens the directory)";
    }
}
