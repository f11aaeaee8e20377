package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryJson;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.stories.Stories;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad stories}: the stories of a data directory, most carried first (most outlets, then most articles,
 * then the most recent). Articles stored without a story decision (by an older version) are enriched first.
 */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List stories: id, title, article count, outlets, first and last seen; most carried first.")
final class StoriesCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    DataDir data;

    @Option(names = "--json", description = "Print {\"total\": n, \"stories\": [...]} instead of text.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N stories (default 20).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UserException("--limit must be at least 1", Errors.USAGE);
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
                    out.printf("%s  %d %s, %d %s  %s .. %s%n  %s%n  %s%n", s.id(), s.articles(),
                            s.articles() == 1 ? "article" : "articles", s.outlets().size(),
                            s.outlets().size() == 1 ? "outlet" : "outlets", s.firstSeen(), s.lastSeen(),
                            s.title() == null ? "(untitled)" : TerminalText.escape(s.title()),
                            TerminalText.escape(String.join("، ", s.outlets())));
                }
                out.printf("%d of %d stories%n", top.size(), stories.count());
            }
            out.flush();
        }
        return 0;
    }
}
