package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryJson;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.stories.Stories;
import org.marsad.store.stories.StoryRebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad stories}: the stories of a data directory, most carried first (most outlets, then most articles,
 * then the most recent). Articles stored without a story decision (by an older version) are enriched first.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"List stories: id, title, article count, outlets, first and last seen; most carried first.",
                "With --rebuild --from --to: re-decide the stories of a time window with today's rules."})
final class StoriesCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataDir data;

    @Option(names = "--json", description = "Print {\"total\": n, \"stories\": [...]} instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N stories (default 20).")
    int limit;

    @Option(names = "--rebuild", description = "Re-decide the stories of the articles from --from to --to with"
            + " today's rules: drifted stories split; a story keeps its id where most of its articles stay.")
    boolean rebuild;

    @Option(names = "--from", paramLabel = "DATE", description = "With --rebuild: first day (YYYY-MM-DD, UTC) or an"
            + " ISO instant.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "With --rebuild: last day, included (YYYY-MM-DD,"
            + " UTC), or an ISO instant (excluded).")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1", Errors.USAGE);
        }
        if (rebuild) {
            return rebuild();
        }
        if (from != null || to != null) {
            throw UserException.usage("--from and --to go with --rebuild");
        }
        try (Archive archive = data.reading(spec.commandLine().getErr())) {
            if (archive.owner()) {
                // Articles stored without a decision get one; while a server owns the archive, it does that.
                archive.storyIndexer();
            }
            Stories stories = archive.stories();
            List<Story> top = stories.top(limit, null);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode root = ArticleJson.mapper().createObjectNode();
                root.put("total", stories.count());
                ArrayNode list = root.putArray("stories");
                top.forEach(s -> list.add(StoryJson.toNode(s)));
                out.println(ArticleJson.pretty(root));
            } else {
                for (Story s : top) {
                    out.printf("%s  %d %s, %s  %s .. %s%n  %s%n  %s%n", s.id(), s.articles(),
                            s.articles() == 1 ? "article" : "articles", outlets(s), s.firstSeen(), s.lastSeen(),
                            s.title() == null ? "(untitled)" : TerminalText.escape(s.title()),
                            s.outlets().isEmpty() ? "(no outlet named)"
                                    : TerminalText.escape(String.join("، ", s.outlets())));
                }
                out.printf("%d of %d stories%n", top.size(), stories.count());
            }
            out.flush();
        }
        return 0;
    }

    /**
     * "2 outlets"; "outlet not known" when none of the story's articles names its outlet (a page without a site
     * name), as the web says «لم تُعرف وسيلة النشر»: "0 outlets" read as if no one had published it.
     */
    private static String outlets(Story s) {
        int n = s.outlets().size();
        return n == 0 ? "outlet not known" : n + (n == 1 ? " outlet" : " outlets");
    }

    private int rebuild() {
        if (from == null || to == null) {
            throw UserException.usage("--rebuild needs --from and --to");
        }
        Instant start = instant("--from", from, false);
        Instant end = instant("--to", to, true);
        if (!start.isBefore(end)) {
            throw UserException.usage("--from must come before --to");
        }
        if (data.server().isPresent()) {
            throw new UserException("a Marsad server owns " + data.path() + ": stop it to rebuild stories");
        }
        try (Archive archive = data.existing()) {
            if (!archive.owner()) {
                throw new UserException(data.path() + " is in use by another marsad command; run again when it has"
                        + " finished");
            }
            StoryRebuild.Result r = archive.rebuildStories(start, end);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("rebuilt stories of %d articles from %s to %s: %d stories before, %d now (%d kept their id),"
                            + " %d articles moved%n", r.articles(), start, end, r.storiesBefore(), r.storiesAfter(),
                    r.idsKept(), r.articlesMoved());
            out.flush();
        }
        return 0;
    }

    /** A day (UTC; the day after it for the end of a range, so that the day is included) or an ISO instant. */
    private static Instant instant(String option, String value, boolean end) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value.strip()).toInstant();
            } catch (DateTimeParseException e2) {
                throw UserException.usage(option + " must be a day (YYYY-MM-DD) or an ISO instant, not '"
                        + TerminalText.escape(value) + "'");
            }
        }
    }
}
