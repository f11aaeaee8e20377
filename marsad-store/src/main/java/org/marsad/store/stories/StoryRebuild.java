package org.marsad.store.stories;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.story.JoinGate;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryClusterer;
import org.marsad.enrich.story.StoryRules;
import org.marsad.model.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.Tx;

/**
 * Re-decides the stories of the articles of a time window with today's rules and join gate ({@code marsad stories --rebuild}): a
 * story that drifted under older rules splits into events. Articles before the window keep their stories (they are
 * replayed first, so a window article may still join one of them); articles after it are left as they are. Copy
 * decisions are kept: a copy follows its original's story when published on a day that story reports
 * ({@link org.marsad.enrich.story.StoryRules#copiesOnStoryDays}).
 *
 * <p>Ids stay stable where membership mostly stays: a new story whose window articles were mostly in one old story
 * takes that story's id (the largest such overlap first), so links to it keep working; other new stories are named
 * after their first article, as always.
 */
public final class StoryRebuild {
    private StoryRebuild() {
    }

    /**
     * What a rebuild did.
     *
     * @param articles       articles of the window re-decided
     * @param storiesBefore  stories the window's articles were in before
     * @param storiesAfter   stories they are in now
     * @param idsKept        of those, stories that kept an id the window's articles had before
     * @param articlesMoved  articles whose story id changed
     */
    public record Result(int articles, int storiesBefore, int storiesAfter, int idsKept, int articlesMoved) {
    }

    private record Row(String id, String duplicateOf, String story, long time, String json) {
    }

    /**
     * Rebuilds the stories of the articles whose story time is in {@code [from, to)}, in one transaction. The
     * caller's in-memory story state is stale afterwards (the archive replays it on next use). Stories join through
     * the archive's join gate ({@link JoinGate#forArchive()}), as the archive's indexer does.
     */
    public static Result rebuild(ArticleStore store, Instant from, Instant to, StoryRules rules) {
        return rebuild(store, from, to, rules, JoinGate.forArchive().orElse(null));
    }

    /**
     * {@link #rebuild(ArticleStore, Instant, Instant, StoryRules)} with a given join gate.
     *
     * @param gate the join gate, or null for the story rules alone
     */
    public static Result rebuild(ArticleStore store, Instant from, Instant to, StoryRules rules, JoinGate gate) {
        long lo = from.getEpochSecond();
        long hi = to.getEpochSecond();
        List<Row> before = rows(store, "e.time_sec < ?", lo);
        List<Row> inside = rows(store, "e.time_sec >= ? AND e.time_sec < ?", lo, hi);
        StoryClusterer clusterer = new StoryClusterer(rules, gate);
        Set<String> restored = new HashSet<>();
        for (Row r : before) {
            clusterer.restore(features(r), r.story());
            restored.add(r.story());
        }
        // Internal story of each window article (named after the article that started it, or a restored story's id).
        Map<String, String> internal = new LinkedHashMap<>();
        Map<String, String> storyOfArticle = new HashMap<>();
        before.forEach(r -> storyOfArticle.put(r.id(), r.story()));
        for (Row r : inside) {
            String original = r.duplicateOf() == null ? null : storyOfArticle.get(r.duplicateOf());
            String s = clusterer.assign(features(r), original);
            internal.put(r.id(), s);
            storyOfArticle.put(r.id(), s);
        }
        Map<String, String> oldStory = new HashMap<>();
        inside.forEach(r -> oldStory.put(r.id(), r.story()));
        return store.database().write(conn -> {
            StoryIndexer.decisionsReset(conn);
            Map<String, String> finalId = name(conn, internal, oldStory, restored, lo, hi);
            Set<String> touched = new LinkedHashSet<>();
            int moved = 0;
            for (Row r : inside) {
                String now = finalId.get(internal.get(r.id()));
                touched.add(r.story());
                touched.add(now);
                if (!now.equals(r.story())) {
                    moved++;
                    conn.update("UPDATE article_enrichment SET story_id = ? WHERE article_id = ?", now, r.id());
                }
            }
            Map<String, String> internalOf = new HashMap<>();
            finalId.forEach((k, v) -> internalOf.put(v, k));
            for (String s : touched) {
                String in = internalOf.get(s);
                summarize(conn, s, in == null ? null : clusterer.story(in).orElse(null));
            }
            Set<String> oldIds = new HashSet<>(oldStory.values());
            Set<String> newIds = new HashSet<>(finalId.values());
            int kept = (int) newIds.stream().filter(oldIds::contains).count();
            return new Result(inside.size(), oldIds.size(), newIds.size(), kept, moved);
        });
    }

    /**
     * Final ids of the window's internal stories: a restored story keeps its id; a new one inherits the old story
     * most of its articles came from (largest overlap first, each old id once, never one still used outside the
     * window by a story the rebuild did not join), else its first article's id (or the next member's, when an
     * inherited id took it).
     */
    private static Map<String, String> name(Tx conn, Map<String, String> internal, Map<String, String> oldStory,
                                            Set<String> restored, long lo, long hi) throws SQLException {
        Map<String, List<String>> members = new LinkedHashMap<>();
        internal.forEach((article, s) -> members.computeIfAbsent(s, x -> new ArrayList<>()).add(article));
        Map<String, String> out = new HashMap<>();
        Set<String> taken = new HashSet<>(restored);
        record Overlap(String story, String old, int shared) {
        }
        List<Overlap> overlaps = new ArrayList<>();
        for (Map.Entry<String, List<String>> m : members.entrySet()) {
            if (restored.contains(m.getKey())) {
                out.put(m.getKey(), m.getKey());
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            m.getValue().forEach(a -> counts.merge(oldStory.get(a), 1, Integer::sum));
            counts.forEach((old, n) -> {
                if (2 * n > m.getValue().size() && !restored.contains(old)) {
                    overlaps.add(new Overlap(m.getKey(), old, n));
                }
            });
        }
        overlaps.sort(Comparator.comparingInt(Overlap::shared).reversed().thenComparing(Overlap::story));
        for (Overlap o : overlaps) {
            if (!out.containsKey(o.story()) && taken.add(o.old())) {
                out.put(o.story(), o.old());
            }
        }
        for (Map.Entry<String, List<String>> m : members.entrySet()) {
            if (out.containsKey(m.getKey())) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.add(m.getKey());
            names.addAll(m.getValue());
            String chosen = null;
            for (String n : names) {
                if (!taken.contains(n) && !usedOutside(conn, n, lo, hi)) {
                    chosen = n;
                    break;
                }
            }
            if (chosen == null) {
                // Every member's id names another story: add a suffix (never seen in practice).
                int k = 2;
                while (taken.contains(m.getKey() + "~" + k) || usedOutside(conn, m.getKey() + "~" + k, lo, hi)) {
                    k++;
                }
                chosen = m.getKey() + "~" + k;
            }
            taken.add(chosen);
            out.put(m.getKey(), chosen);
        }
        return out;
    }

    private static boolean usedOutside(Tx conn, String story, long lo, long hi) throws SQLException {
        return conn.first("SELECT 1 FROM article_enrichment WHERE story_id = ? AND (time_sec < ? OR time_sec >= ?)",
                rs -> Boolean.TRUE, story, lo, hi).isPresent();
    }

    private record Member(String id, String title, String source, long time) {
    }

    /** Writes a story's summary from its stored members (deleting it when none is left). */
    private static void summarize(Tx conn, String story, Story decided) throws SQLException {
        List<Member> members = conn.query("SELECT a.id, a.title, a.source, e.time_sec FROM article_enrichment e"
                + " JOIN articles a ON a.id = e.article_id WHERE e.story_id = ? ORDER BY e.time_sec, a.id",
                rs -> new Member(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)), story);
        conn.update("DELETE FROM stories WHERE id = ?", story);
        if (members.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (Member m : members) {
            ids.add(m.id());
            if (m.source() != null && !m.source().isBlank()) {
                outlets.add(m.source().strip());
            }
        }
        Member lead = members.get(0);
        if (decided != null && ids.contains(decided.leadId())) {
            lead = members.stream().filter(m -> m.id().equals(decided.leadId())).findFirst().orElse(lead);
        }
        conn.update("INSERT INTO stories (id, title, lead_id, articles, outlet_count, outlets, first_seen, last_seen)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", story, lead.title(), lead.id(), members.size(),
                outlets.size(), String.join("\n", outlets), Instant.ofEpochSecond(members.get(0).time()).toString(),
                Instant.ofEpochSecond(members.stream().mapToLong(Member::time).max().orElseThrow()).toString());
    }

    private static ArticleFeatures features(Row r) {
        return ArticleFeatures.of(ArticleJson.parse(r.json()), Instant.ofEpochSecond(r.time())).at(r.time());
    }

    private static List<Row> rows(ArticleStore store, String where, Object... args) {
        return store.database().read(conn -> conn.query("SELECT e.article_id, e.duplicate_of, e.story_id, e.time_sec,"
                        + " a.json FROM article_enrichment e JOIN articles a ON a.id = e.article_id WHERE " + where
                        + " ORDER BY e.time_sec, e.article_id",
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)),
                args));
    }
}
