package org.marsad.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;

/**
 * Entity enrichment of one article: tag its title and body ({@link ArticleMentions}), group the mentions into the
 * article's entities ({@link DocumentEntities}), resolve those into the archive's ({@link EntityResolver}), and,
 * when the page gave no tags, make tags of the main entities ({@link #autoTags}).
 *
 * <p>Tagging is pure and may run on any thread ({@link #mentions}); resolution changes the resolver and must be
 * serialized ({@link #resolve}).
 */
public final class EntityStage {
    /** Most tags made for one article. */
    static final int MAX_AUTO_TAGS = 5;

    private final EntityTagger tagger;
    private final EntityResolver resolver;

    public EntityStage(EntityTagger tagger, EntityResolver resolver) {
        this.tagger = tagger;
        this.resolver = resolver;
    }

    public EntityResolver resolver() {
        return resolver;
    }

    /** The article's mentions (pure; thread-safe). */
    public List<Mention> mentions(Article a) {
        return ArticleMentions.find(a, tagger);
    }

    /** Tags, groups and resolves one article. */
    public EntityEnrichment enrich(Article a) {
        return resolve(a, mentions(a));
    }

    /** Groups and resolves an article's mentions (found by {@link #mentions}); counts them into the resolver. */
    public EntityEnrichment resolve(Article a, List<Mention> mentions) {
        // Spellings an editor marked "not an entity" stay out, whatever the tagger says.
        List<Mention> kept = mentions.stream().filter(m -> !resolver.isRejected(m.spelling())).toList();
        List<EntityResolver.Resolved> resolved = resolver.assign(DocumentEntities.group(kept));
        resolved = new ArrayList<>(resolved);
        resolved.sort(Comparator.comparingInt((EntityResolver.Resolved r) -> -r.local().count())
                .thenComparingInt(r -> position(r.local())));
        List<ArticleEntity> entities = new ArrayList<>();
        List<EntityEnrichment.ResolvedMention> rows = new ArrayList<>();
        for (EntityResolver.Resolved r : resolved) {
            entities.add(new ArticleEntity(Long.toString(r.entity().id()), r.entity().name(), r.entity().type(),
                    r.local().count(), r.local().spellingsByUse()));
            for (Mention m : r.local().mentions()) {
                rows.add(new EntityEnrichment.ResolvedMention(m, r.entity().id()));
            }
        }
        rows.sort(Comparator.comparingInt((EntityEnrichment.ResolvedMention m) -> m.mention().part())
                .thenComparingInt(m -> m.mention().start()));
        List<String> autoTags = a.tags().isEmpty() ? autoTags(resolved) : List.of();
        return new EntityEnrichment(a.withEntities(entities, autoTags), rows);
    }

    /** An entity's name and type as the archive holds them now (for {@link #summarize}). */
    public record Named(String name, String type) {
    }

    /** An article's entities and the tags made of them, as its JSON carries them. */
    public record Summary(List<ArticleEntity> entities, List<String> autoTags) {
    }

    /**
     * An article's entities again from its stored mentions (after an editor merged, split, renamed, retyped or
     * removed entities): grouped by entity, ordered and tagged as {@link #resolve} does. Mentions whose entity
     * {@code named} does not know are left out.
     *
     * @param mentions the article's mentions with their entities, in text order
     * @param pageTags whether the page gave tags of its own (then no tags are made)
     */
    public static Summary summarize(List<EntityEnrichment.ResolvedMention> mentions,
                                    java.util.function.LongFunction<Named> named, boolean pageTags) {
        java.util.Map<Long, List<Mention>> byEntity = new java.util.LinkedHashMap<>();
        for (EntityEnrichment.ResolvedMention m : mentions) {
            byEntity.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m.mention());
        }
        record Group(long id, Named named, List<Mention> mentions) {
            boolean inTitle() {
                return mentions.stream().anyMatch(m -> m.part() == 0);
            }
        }
        List<Group> groups = new ArrayList<>();
        for (var e : byEntity.entrySet()) {
            Named n = named.apply(e.getKey());
            if (n != null) {
                groups.add(new Group(e.getKey(), n, e.getValue()));
            }
        }
        groups.sort(Comparator.comparingInt((Group g) -> -g.mentions().size()));
        List<ArticleEntity> entities = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (Group g : groups) {
            java.util.Map<String, Integer> spellings = new java.util.LinkedHashMap<>();
            for (Mention m : g.mentions()) {
                spellings.merge(m.spelling(), 1, Integer::sum);
            }
            List<String> byUse = new ArrayList<>(spellings.keySet());
            byUse.sort(Comparator.comparingInt((String s) -> -spellings.get(s)));
            entities.add(new ArticleEntity(Long.toString(g.id()), g.named().name(), g.named().type(),
                    g.mentions().size(), byUse));
            String name = g.named().name();
            if (!pageTags && tags.size() < MAX_AUTO_TAGS && (g.inTitle() || g.mentions().size() >= 2)
                    && name != null && !tags.contains(name)) {
                tags.add(name);
            }
        }
        return new Summary(entities, tags);
    }

    /**
     * Tags made from an article's entities: those named in the headline or mentioned at least twice, most
     * mentioned first, at most {@link #MAX_AUTO_TAGS}, by their canonical names.
     */
    static List<String> autoTags(List<EntityResolver.Resolved> resolved) {
        List<String> out = new ArrayList<>();
        for (EntityResolver.Resolved r : resolved) {
            if (out.size() == MAX_AUTO_TAGS) {
                break;
            }
            String name = r.entity().name();
            if ((r.local().inTitle() || r.local().count() >= 2) && name != null && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static int position(LocalEntity l) {
        Mention m = l.mentions().get(0);
        return m.part() * 1_000_000 + m.start();
    }
}
