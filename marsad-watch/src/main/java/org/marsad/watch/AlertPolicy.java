package org.marsad.watch;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Article;

/**
 * Whether a matching article alerts a watch, and why. Pure: what the watch already alerted on comes in as
 * {@link History}.
 *
 * <p>In {@link WatchMode#EVERY} each matching article alerts once. In every other mode an alert is about a story
 * (the enrichment's {@code story}; a lone article is its own story): the first matching article of a story alerts;
 * later ones, and republished copies ({@code duplicate_of} an article already alerted, even when clustering put the
 * copy elsewhere), do not — except, when the watch asks for it, the first article of an outlet that had not
 * carried the alerted story yet.
 */
public final class AlertPolicy {
    private AlertPolicy() {
    }

    /** Why an article alerted a watch. */
    public enum Reason {
        /** A matching article (mode every). */
        MATCH,
        /** The first matching article of a story. */
        STORY,
        /** Another outlet joined a story already alerted. */
        OUTLET;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Reason parse(String key) {
            return valueOf(key.toUpperCase(Locale.ROOT));
        }
    }

    /** What a watch has already alerted on. */
    public interface History {
        boolean articleAlerted(String articleId);

        boolean storyAlerted(String storyId);

        /** The outlets of the alerts about a story. */
        Set<String> outletsAlerted(String storyId);
    }

    /**
     * A history kept in memory, which {@link #offer} both consults and updates: for trying a watch on past
     * articles ({@code Watches.test}) and for measuring a mode (the bench). Not thread-safe.
     */
    public static final class Memory implements History {
        private final java.util.Set<String> articles = new java.util.HashSet<>();
        private final java.util.Map<String, Set<String>> outlets = new java.util.HashMap<>();

        /** Decides on a matching article, arriving after those offered before, and remembers an alert. */
        public Optional<Reason> offer(WatchMode mode, boolean newOutlets, Article a) {
            Optional<Reason> r = decide(mode, newOutlets, a, this);
            if (r.isPresent()) {
                articles.add(a.id());
                Set<String> s = outlets.computeIfAbsent(storyOf(a), k -> new java.util.HashSet<>());
                if (a.source() != null && !a.source().isBlank()) {
                    s.add(a.source().strip());
                }
            }
            return r;
        }

        @Override
        public boolean articleAlerted(String articleId) {
            return articles.contains(articleId);
        }

        @Override
        public boolean storyAlerted(String storyId) {
            return outlets.containsKey(storyId);
        }

        @Override
        public Set<String> outletsAlerted(String storyId) {
            return outlets.getOrDefault(storyId, Set.of());
        }
    }

    /** The story an article counts for: its enrichment's story, or itself before enrichment. */
    public static String storyOf(Article a) {
        return a.story() != null ? a.story() : a.id();
    }

    /** The reason this matching article alerts, or empty when it does not. */
    public static Optional<Reason> decide(WatchMode mode, boolean newOutlets, Article a, History h) {
        if (h.articleAlerted(a.id())) {
            return Optional.empty();
        }
        if (mode == WatchMode.EVERY) {
            return Optional.of(Reason.MATCH);
        }
        String story = storyOf(a);
        boolean known = h.storyAlerted(story) || (a.duplicateOf() != null && h.articleAlerted(a.duplicateOf()));
        if (!known) {
            return Optional.of(Reason.STORY);
        }
        if (newOutlets && a.source() != null && !a.source().isBlank()
                && !h.outletsAlerted(story).contains(a.source().strip())) {
            return Optional.of(Reason.OUTLET);
        }
        return Optional.empty();
    }
}
