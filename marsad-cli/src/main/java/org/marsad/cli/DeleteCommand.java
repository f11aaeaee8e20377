package org.marsad.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.model.Article;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchRequest;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad delete --data DIR ID...|--query Q [--dry-run]}: removes articles from the store and the search
 * index. The store records each deletion under its change counter; when a running server (or another command)
 * holds the index, it removes them from its index as it catches up.
 */
@Command(name = "delete", mixinStandardHelpOptions = true,
        description = {"Delete articles (by id, or every article a query matches) from the store and the search "
                + "index.", "With --dry-run, list what would be deleted and delete nothing."},
        footer = {"", "Examples:", "  marsad delete --data DIR 5cc0a8b1a07cdb6a",
                "  marsad delete --data DIR --query 'source:\"موقع قديم\"' --dry-run",
                "", "Exit status: 0 ok; 1 an id is not stored (the others were deleted) or the data directory cannot "
                + "be used; 2 usage error."})
final class DeleteCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Parameters(arity = "1..*", paramLabel = "ID", description = "Ids of the articles to delete.")
        List<String> ids;

        @Option(names = "--query", paramLabel = "Q", description = "Delete every article this search query matches.")
        String query;
    }

    @Option(names = "--dry-run", description = "List the articles that would be deleted; delete nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (which.query != null && which.query.isBlank()) {
            throw UserException.usage("--query needs a query (an empty one would match every article)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int missing = 0;
        List<String> deleted;
        boolean owner;
        try (Archive archive = data.existing()) {
            owner = archive.owner();
            List<Article> targets = new ArrayList<>();
            if (which.ids != null) {
                for (String id : new LinkedHashSet<>(which.ids)) {
                    Optional<Article> a = archive.store().getIncludingHidden(id);
                    if (a.isPresent()) {
                        targets.add(a.get());
                    } else {
                        err.println("marsad: no article with id " + id);
                        missing++;
                    }
                }
            } else {
                targets = matching(archive, which.query);
            }
            for (Article a : targets) {
                out.println((dryRun ? "would delete " : "deleting ") + describe(a));
            }
            if (dryRun) {
                out.println(targets.size() + " article(s) would be deleted (--dry-run: nothing was deleted)");
                out.flush();
                return missing > 0 ? Errors.FAILURE : 0;
            }
            deleted = archive.delete(targets.stream().map(Article::id).toList());
        }
        out.println("deleted " + deleted.size() + " article(s)");
        out.flush();
        if (!owner && !deleted.isEmpty()) {
            err.println("marsad: " + indexNote());
        }
        err.flush();
        return missing > 0 ? Errors.FAILURE : 0;
    }

    private static List<Article> matching(Archive archive, String query) {
        List<String> ids;
        try {
            ids = archive.index().matchingIds(new SearchRequest(query, null, null, null, null,
                    SearchRequest.Sort.DATE, 1, 0));
        } catch (QuerySyntaxException e) {
            throw UserException.usage(e.getMessage());
        }
        List<Article> out = new ArrayList<>();
        for (String id : ids) {
            archive.store().getIncludingHidden(id).ifPresent(out::add);
        }
        return out;
    }

    private String indexNote() {
        Optional<ServerInfo> server = data.server();
        if (server.isPresent()) {
            return "the running server (" + server.get().describe() + ") removes them from its search index within "
                    + "seconds";
        }
        return "another marsad command is writing the index of " + data.path() + ": they leave the search index when "
                + "it ends (or when the next command or server opens the directory)";
    }

    private static String describe(Article a) {
        StringBuilder sb = new StringBuilder(a.id());
        for (String part : new String[] {a.published(), a.source()}) {
            if (part != null && !part.isBlank()) {
                sb.append(" · ").append(TerminalText.escape(part));
            }
        }
        String title = a.title() == null || a.title().isBlank() ? "(untitled)" : TerminalText.escape(a.title());
        return sb.append(" · ").append(title).toString();
    }
}
