package org.marsad.store.entities;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.enrich.entities.EntityEnrichment;
import org.marsad.enrich.entities.EntityStage;
import org.marsad.enrich.entities.Mention;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.Tx;

/**
 * What editors do with entities by hand: merge two, split a spelling off one, rename, retype, and mark one "not an
 * entity". Each edit is one store transaction that moves the stored mentions (the truth), records the decision so
 * that it holds for re-enrichment and new articles (pins, rejections, a fixed name; migration V51), and rewrites the
 * articles it touches — their JSON {@code entities} and {@code auto_tags}, their entity rows and Marsad's tags —
 * with new change numbers, so that the search index follows (see {@link ArticleStore#rewrite}).
 *
 * <p>An enriching process rebuilds its resolver when it sees the edit counter move ({@link EntityIndexer}).
 */
public final class EntityEdits {
    /** Entity types an editor may choose. */
    public static final List<String> TYPES = List.of("PER", "LOC", "ORG");
    private static final int MAX_NAME = 200;

    private final ArticleStore store;

    public EntityEdits(ArticleStore store) {
        this.store = store;
    }

    /** An editor's request the archive cannot carry out (unknown entity, same entity twice …), in one line. */
    public static final class Refused extends RuntimeException {
        private final String arabic;

        public Refused(String english, String arabic) {
            super(english);
            this.arabic = arabic;
        }

        /** The same in Arabic, for pages. */
        public String arabic() {
            return arabic;
        }
    }

    /**
     * What an edit did.
     *
     * @param entityId the entity the edit leaves the mentions with (the target of a merge, the new entity of a
     *                 split), or null when they were removed
     * @param articles how many articles were rewritten
     */
    public record Done(String entityId, int articles) {
    }

    /** Merges entity {@code from} into {@code into}: its spellings, mentions and articles become {@code into}'s. */
    public Done merge(String from, String into) {
        long f = id(from);
        long t = id(into);
        if (f == t) {
            throw new Refused("cannot merge entity " + from + " into itself", "لا يُدمج كيان في نفسه.");
        }
        return store.database().write(tx -> {
            existing(tx, f);
            existing(tx, t);
            Set<String> articles = articlesOf(tx, f);
            tx.update("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ?", t, f);
            List<Object[]> spellings = tx.query("SELECT spelling, keyed FROM entity_spellings WHERE entity_id = ?",
                    rs -> new Object[] {rs.getString(1), rs.getInt(2)}, f);
            for (Object[] s : spellings) {
                String spelling = (String) s[0];
                int keyed = (Integer) s[1];
                if (tx.number("SELECT COUNT(*) FROM entity_spellings WHERE entity_id = ? AND spelling = ?", t,
                        spelling) == 0) {
                    tx.update("INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, 0, ?)",
                            t, spelling, keyed);
                } else if (keyed == 1) {
                    tx.update("UPDATE entity_spellings SET keyed = 1 WHERE entity_id = ? AND spelling = ?", t,
                            spelling);
                }
                if (keyed == 1) {
                    pin(tx, spelling, t);
                }
            }
            tx.update("UPDATE entity_pins SET entity_id = ? WHERE entity_id = ?", t, f);
            retire(tx, f, t);
            recount(tx, t);
            refresh(tx, articles);
            changed(tx);
            return new Done(Long.toString(t), articles.size());
        });
    }

    /**
     * Splits {@code spelling} off entity {@code id} into a new entity of the same type, which takes its mentions
     * and keeps them: the spelling resolves to the new entity from now on.
     */
    public Done split(String id, String spelling) {
        long e = id(id);
        return store.database().write(tx -> {
            String type = existing(tx, e);
            if (tx.number("SELECT COUNT(*) FROM entity_spellings WHERE entity_id = ? AND spelling = ?", e, spelling)
                    == 0) {
                throw new Refused("entity " + id + " has no spelling '" + spelling + "'",
                        "ليست هذه التهجئة من تهجئات الكيان.");
            }
            if (tx.number("SELECT COUNT(*) FROM entity_spellings WHERE entity_id = ?", e) < 2) {
                throw new Refused("'" + spelling + "' is the only spelling of entity " + id
                        + "; rename or retype it instead", "هذه التهجئة الوحيدة للكيان: غيّر اسمه أو نوعه بدلاً من فصلها.");
            }
            long n = tx.number("SELECT value FROM entity_state WHERE name = 'next_id'");
            tx.update("UPDATE entity_state SET value = ? WHERE name = 'next_id'", n + 1);
            String now = Instant.now().toString();
            tx.update("INSERT INTO entities (id, type, name, mentions, articles, created_at, updated_at) "
                    + "VALUES (?, ?, ?, 0, 0, ?, ?)", n, type, spelling, now, now);
            tx.update("DELETE FROM entity_spellings WHERE entity_id = ? AND spelling = ?", e, spelling);
            tx.update("INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, 0, 1)", n,
                    spelling);
            Set<String> articles = new LinkedHashSet<>(tx.query("SELECT DISTINCT article_id FROM entity_mentions "
                    + "WHERE entity_id = ? AND spelling = ?", rs -> rs.getString(1), e, spelling));
            tx.update("UPDATE entity_mentions SET entity_id = ? WHERE entity_id = ? AND spelling = ?", n, e,
                    spelling);
            tx.update("UPDATE entities SET fixed_name = NULL WHERE id = ? AND fixed_name = ?", e, spelling);
            pin(tx, spelling, n);
            recount(tx, e);
            recount(tx, n);
            refresh(tx, articles);
            changed(tx);
            return new Done(Long.toString(n), articles.size());
        });
    }

    /** Gives entity {@code id} the canonical name {@code name}, which also becomes a spelling that resolves to it. */
    public Done rename(String id, String name) {
        long e = id(id);
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new Refused("a name must have 1 to " + MAX_NAME + " characters",
                    "الاسم من حرف واحد إلى " + MAX_NAME + " حرف.");
        }
        return store.database().write(tx -> {
            existing(tx, e);
            Optional<Long> owner = tx.first("SELECT entity_id FROM entity_pins WHERE spelling = ?",
                    rs -> rs.getLong(1), clean);
            if (owner.isPresent() && owner.get() != e) {
                throw new Refused("'" + clean + "' already names entity " + owner.get() + "; merge the two instead",
                        "هذا الاسم لكيان آخر: ادمج الكيانين بدلاً من ذلك.");
            }
            tx.update("UPDATE entities SET fixed_name = ? WHERE id = ?", clean, e);
            if (tx.number("SELECT COUNT(*) FROM entity_spellings WHERE entity_id = ? AND spelling = ?", e, clean)
                    == 0) {
                tx.update("INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, 0, 1)",
                        e, clean);
            } else {
                tx.update("UPDATE entity_spellings SET keyed = 1 WHERE entity_id = ? AND spelling = ?", e, clean);
            }
            pin(tx, clean, e);
            Set<String> articles = articlesOf(tx, e);
            recount(tx, e);
            refresh(tx, articles);
            changed(tx);
            return new Done(Long.toString(e), articles.size());
        });
    }

    /** Makes entity {@code id} a person, place or organisation ({@link #TYPES}); its spellings keep resolving to it. */
    public Done retype(String id, String type) {
        long e = id(id);
        if (type == null || !TYPES.contains(type)) {
            throw new Refused("type must be one of " + String.join(", ", TYPES), "النوع شخص أو مكان أو منظمة.");
        }
        return store.database().write(tx -> {
            existing(tx, e);
            tx.update("UPDATE entities SET type = ? WHERE id = ?", type, e);
            // The tagger will go on typing them as before: the pins bring its mentions here whatever it says.
            for (String s : tx.query("SELECT spelling FROM entity_spellings WHERE entity_id = ? AND keyed = 1",
                    rs -> rs.getString(1), e)) {
                pin(tx, s, e);
            }
            Set<String> articles = articlesOf(tx, e);
            refresh(tx, articles);
            changed(tx);
            return new Done(Long.toString(e), articles.size());
        });
    }

    /**
     * Marks entity {@code id} "not an entity": its mentions and tags go, and none of its spellings becomes an
     * entity again (re-enrichment and new articles drop them).
     */
    public Done reject(String id) {
        long e = id(id);
        return store.database().write(tx -> {
            existing(tx, e);
            String now = Instant.now().toString();
            // Kept for restore(): the entity, its spellings and its mentions as they are now (migration V52).
            tx.update("DELETE FROM entity_rejected_spellings WHERE entity_id = ?", e);
            tx.update("DELETE FROM entity_rejected_mentions WHERE entity_id = ?", e);
            tx.update("DELETE FROM entity_rejected WHERE id = ?", e);
            tx.update("INSERT INTO entity_rejected (id, type, name, fixed_name, created_at, rejected_at) "
                    + "SELECT id, type, name, fixed_name, created_at, ? FROM entities WHERE id = ?", now, e);
            tx.update("INSERT INTO entity_rejected_mentions (entity_id, article_id, part, start_offset, end_offset, "
                    + "spelling, content_hash) SELECT m.entity_id, m.article_id, m.part, m.start_offset, "
                    + "m.end_offset, m.spelling, a.content_hash FROM entity_mentions m JOIN articles a "
                    + "ON a.article_no = m.article_no WHERE m.entity_id = ?", e);
            for (Object[] row : tx.query("SELECT spelling, keyed FROM entity_spellings WHERE entity_id = ?",
                    rs -> new Object[] {rs.getString(1), rs.getInt(2)}, e)) {
                String s = (String) row[0];
                boolean added = tx.number("SELECT COUNT(*) FROM entity_rejections WHERE spelling = ?", s) == 0;
                if (added) {
                    tx.update("INSERT INTO entity_rejections (spelling, rejected_at) VALUES (?, ?)", s, now);
                }
                long pinned = tx.number("SELECT COUNT(*) FROM entity_pins WHERE spelling = ? AND entity_id = ?", s,
                        e);
                tx.update("INSERT INTO entity_rejected_spellings (entity_id, spelling, keyed, pinned, rejected) "
                        + "VALUES (?, ?, ?, ?, ?)", e, s, row[1], pinned > 0 ? 1 : 0, added ? 1 : 0);
            }
            Set<String> articles = articlesOf(tx, e);
            tx.update("DELETE FROM entity_mentions WHERE entity_id = ?", e);
            tx.update("DELETE FROM entity_pins WHERE entity_id = ?", e);
            retire(tx, e, null);
            refresh(tx, articles);
            changed(tx);
            return new Done(null, articles.size());
        });
    }

    /**
     * Undoes "not an entity" ({@link #reject}): the entity comes back under its id, type and name, its spellings
     * resolve to it again, and its mentions return to the articles that still hold the text they were found in (an
     * article changed since, or stored after the rejection, gets them on its next enrichment, e.g.
     * {@code marsad enrich --all}).
     */
    public Done restore(String id) {
        long e = id(id);
        return store.database().write(tx -> {
            if (tx.number("SELECT COUNT(*) FROM entities WHERE id = ?", e) > 0) {
                throw new Refused("entity " + id + " is not marked \"not an entity\"",
                        "هذا الكيان لم يُعدّ «ليس كياناً».");
            }
            Object[] was = tx.first("SELECT type, name, fixed_name, created_at FROM entity_rejected WHERE id = ?",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, e)
                    .orElseThrow(() -> new Refused("entity " + id + " was not marked \"not an entity\" (or nothing "
                            + "was kept to restore it)", "لا يوجد كيان عُدّ «ليس كياناً» بالمعرّف " + id + "."));
            String now = Instant.now().toString();
            tx.update("INSERT INTO entities (id, type, name, mentions, articles, created_at, updated_at, fixed_name) "
                    + "VALUES (?, ?, ?, 0, 0, ?, ?, ?)", e, was[0], was[1], was[3], now, was[2]);
            tx.update("DELETE FROM entity_retired WHERE id = ?", e);
            for (Object[] row : tx.query("SELECT spelling, keyed, pinned, rejected FROM entity_rejected_spellings "
                    + "WHERE entity_id = ?", rs -> new Object[] {rs.getString(1), rs.getInt(2), rs.getInt(3),
                    rs.getInt(4)}, e)) {
                String s = (String) row[0];
                if ((Integer) row[3] == 1) {
                    tx.update("DELETE FROM entity_rejections WHERE spelling = ?", s);
                }
                tx.update("INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, 0, ?)",
                        e, s, row[1]);
                // A pin another edit gave the spelling since stays with that entity.
                if ((Integer) row[2] == 1 && tx.number("SELECT COUNT(*) FROM entity_pins WHERE spelling = ?", s)
                        == 0) {
                    tx.update("INSERT INTO entity_pins (spelling, entity_id) VALUES (?, ?)", s, e);
                }
            }
            Set<String> articles = new LinkedHashSet<>();
            for (Object[] m : tx.query("SELECT r.article_id, r.part, r.start_offset, r.end_offset, r.spelling "
                    + "FROM entity_rejected_mentions r JOIN articles a ON a.id = r.article_id "
                    + "AND a.content_hash = r.content_hash WHERE r.entity_id = ? "
                    + "ORDER BY r.article_id, r.part, r.start_offset", rs -> new Object[] {rs.getString(1),
                    rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5)}, e)) {
                String article = (String) m[0];
                // The join above found the article: it is stored, so it has a number.
                long no = tx.number("SELECT article_no FROM articles WHERE id = ?", article);
                // Never over another entity's mention found in the same place since.
                if (tx.number("SELECT COUNT(*) FROM entity_mentions WHERE article_no = ? AND part = ? "
                        + "AND start_offset < ? AND end_offset > ?", no, m[1], m[3], m[2]) > 0) {
                    continue;
                }
                long ord = tx.number("SELECT COALESCE(MAX(ord), -1) + 1 FROM entity_mentions WHERE article_no = ?",
                        no);
                tx.update("INSERT INTO entity_mentions (article_no, article_id, ord, entity_id, part, start_offset, "
                        + "end_offset, spelling) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", no, article, ord, e, m[1], m[2],
                        m[3], m[4]);
                articles.add(article);
            }
            tx.update("DELETE FROM entity_rejected_mentions WHERE entity_id = ?", e);
            tx.update("DELETE FROM entity_rejected_spellings WHERE entity_id = ?", e);
            tx.update("DELETE FROM entity_rejected WHERE id = ?", e);
            recount(tx, e);
            refresh(tx, articles);
            changed(tx);
            return new Done(Long.toString(e), articles.size());
        });
    }

    /** An entity marked "not an entity" that {@link #restore} can bring back. */
    public record Rejected(String id, String type, String name, String rejectedAt, long mentions) {
    }

    /** The entities marked "not an entity", latest first. */
    public List<Rejected> rejected(int limit) {
        return store.database().read(tx -> tx.query("SELECT r.id, r.type, r.name, r.rejected_at, (SELECT COUNT(*) "
                + "FROM entity_rejected_mentions m WHERE m.entity_id = r.id) FROM entity_rejected r "
                + "ORDER BY r.rejected_at DESC, r.id DESC LIMIT ?", rs -> new Rejected(Long.toString(rs.getLong(1)),
                rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5)), limit));
    }

    /** The entity with this id when it is marked "not an entity" (and can be restored). */
    public Optional<Rejected> rejectedOne(String id) {
        long e;
        try {
            e = Long.parseLong(id);
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        return store.database().read(tx -> tx.first("SELECT r.id, r.type, r.name, r.rejected_at, (SELECT COUNT(*) "
                + "FROM entity_rejected_mentions m WHERE m.entity_id = r.id) FROM entity_rejected r WHERE r.id = ?",
                rs -> new Rejected(Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5)), e));
    }

    /**
     * Where a retired entity went: the entity it was merged into (following later merges), or empty when it was
     * never retired or was marked "not an entity".
     */
    public Optional<String> mergedInto(String id) {
        long e;
        try {
            e = Long.parseLong(id);
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
        return store.database().read(tx -> tx.first("SELECT into_id FROM entity_retired WHERE id = ? AND into_id "
                + "IS NOT NULL", rs -> Long.toString(rs.getLong(1)), e));
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new Refused("'" + id + "' is no entity id (a number)", "معرّف الكيان رقم.");
        }
    }

    /** The type of a current entity, or refuses. */
    private static String existing(Tx tx, long id) throws SQLException {
        return tx.first("SELECT type FROM entities WHERE id = ?", rs -> rs.getString(1), id)
                .orElseThrow(() -> new Refused("no entity with id " + id, "لا يوجد كيان بالمعرّف " + id + "."));
    }

    private static Set<String> articlesOf(Tx tx, long id) throws SQLException {
        return new LinkedHashSet<>(tx.query("SELECT DISTINCT article_id FROM entity_mentions WHERE entity_id = ?",
                rs -> rs.getString(1), id));
    }

    private static void pin(Tx tx, String spelling, long id) throws SQLException {
        if (tx.update("UPDATE entity_pins SET entity_id = ? WHERE spelling = ?", id, spelling) == 0) {
            tx.update("INSERT INTO entity_pins (spelling, entity_id) VALUES (?, ?)", spelling, id);
        }
    }

    private static void retire(Tx tx, long id, Long into) throws SQLException {
        tx.update("DELETE FROM entity_spellings WHERE entity_id = ?", id);
        tx.update("DELETE FROM entities WHERE id = ?", id);
        tx.update("INSERT INTO entity_retired (id, into_id, retired_at) VALUES (?, ?, ?)", id, into,
                Instant.now().toString());
        if (into != null) {
            tx.update("UPDATE entity_retired SET into_id = ? WHERE into_id = ?", into, id);
        }
    }

    private static void changed(Tx tx) throws SQLException {
        tx.update("UPDATE entity_state SET value = value + 1 WHERE name = 'edits'");
        tx.update("UPDATE entity_state SET value = value + 1 WHERE name = 'version'");
    }

    /** An entity's counts and name again from its mentions (a full spelling stays at zero, as in the resolver). */
    private static void recount(Tx tx, long id) throws SQLException {
        tx.update("UPDATE entity_spellings SET mentions = (SELECT COUNT(*) FROM entity_mentions m WHERE "
                + "m.entity_id = entity_spellings.entity_id AND m.spelling = entity_spellings.spelling) "
                + "WHERE entity_id = ?", id);
        // Spellings mentioned but not listed (cannot happen through the indexer; kept whole for safety).
        for (Object[] row : tx.query("SELECT spelling, COUNT(*) FROM entity_mentions WHERE entity_id = ? "
                + "GROUP BY spelling", rs -> new Object[] {rs.getString(1), rs.getLong(2)}, id)) {
            if (tx.number("SELECT COUNT(*) FROM entity_spellings WHERE entity_id = ? AND spelling = ?", id, row[0])
                    == 0) {
                tx.update("INSERT INTO entity_spellings (entity_id, spelling, mentions, keyed) VALUES (?, ?, ?, 0)",
                        id, row[0], row[1]);
            }
        }
        tx.update("DELETE FROM entity_spellings WHERE entity_id = ? AND mentions = 0 AND keyed = 0", id);
        long mentions = tx.number("SELECT COUNT(*) FROM entity_mentions WHERE entity_id = ?", id);
        long articles = tx.number("SELECT COUNT(DISTINCT article_id) FROM entity_mentions WHERE entity_id = ?", id);
        Optional<String> top = tx.first("SELECT spelling FROM entity_spellings WHERE entity_id = ? "
                + "ORDER BY keyed DESC, mentions DESC, spelling LIMIT 1", rs -> rs.getString(1), id);
        tx.update("UPDATE entities SET mentions = ?, articles = ?, name = COALESCE(fixed_name, ?), updated_at = ? "
                + "WHERE id = ?", mentions, articles, top.orElse(""), Instant.now().toString(), id);
    }

    /**
     * Rewrites the entity-derived state of articles from their stored mentions: JSON {@code entities} and
     * {@code auto_tags}, {@code article_entities} rows and Marsad's tags; each article takes a new change number.
     */
    private void refresh(Tx tx, Set<String> ids) throws SQLException {
        Map<Long, EntityStage.Named> names = new HashMap<>();
        Instant now = Instant.now();
        for (String id : ids) {
            Optional<Map.Entry<String, Long>> row = tx.first("SELECT json, article_no FROM articles WHERE id = ?",
                    rs -> Map.entry(rs.getString(1), rs.getLong(2)), id);
            if (row.isEmpty()) {
                continue;
            }
            Article stored = ArticleJson.parse(row.get().getKey());
            long no = row.get().getValue();
            List<EntityEnrichment.ResolvedMention> mentions = tx.query("SELECT entity_id, part, start_offset, "
                    + "end_offset, spelling FROM entity_mentions WHERE article_no = ? ORDER BY part, start_offset",
                    rs -> new EntityEnrichment.ResolvedMention(new Mention(rs.getInt(2), rs.getInt(3), rs.getInt(4),
                            rs.getString(5), null), rs.getLong(1)), no);
            for (EntityEnrichment.ResolvedMention m : mentions) {
                if (!names.containsKey(m.entityId())) {
                    names.put(m.entityId(), tx.first("SELECT name, type FROM entities WHERE id = ?",
                            rs -> new EntityStage.Named(rs.getString(1), rs.getString(2)), m.entityId()).orElse(null));
                }
            }
            EntityStage.Summary s = EntityStage.summarize(mentions, names::get, !stored.tags().isEmpty());
            Article updated = stored.withEntities(s.entities(), s.autoTags());
            store.rewrite(tx, updated, now);
            tx.update("DELETE FROM article_entities WHERE article_no = ?", no);
            String day = updated.publishedDay().map(Object::toString).orElse(null);
            for (var e : s.entities()) {
                tx.update("INSERT INTO article_entities (article_no, article_id, entity_id, mentions, day) VALUES "
                        + "(?, ?, ?, ?, ?)", no, id, Long.parseLong(e.id()), e.count(), day);
            }
            tx.update("DELETE FROM article_tags WHERE article_no = ? AND auto = 1", no);
            if (stored.tags().isEmpty()) {
                for (String tag : new LinkedHashSet<>(s.autoTags())) {
                    tx.update("INSERT INTO article_tags (article_no, article_id, tag, auto) VALUES (?, ?, ?, 1)", no,
                            id, tag);
                }
            }
        }
    }
}
