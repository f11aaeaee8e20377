package org.marsad.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.story.Story;
import org.marsad.store.Archive;
import org.marsad.store.NameCount;
import org.marsad.store.entities.Entities;
import org.marsad.store.stories.Stories;
import org.marsad.web.chart.TimeChart;
import org.marsad.web.http.EntityRequest;
import org.marsad.web.http.Params;
import org.marsad.web.view.EntitiesView;
import org.marsad.web.view.EntityView;
import org.marsad.web.view.Link;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;
import org.marsad.web.view.StoryCard;
import org.marsad.web.view.Urls;

/** The entity pages: {@code /entity/{id}} and the most mentioned, {@code /entities}. */
final class EntityPages {
    private static final org.marsad.arabic.numbers.CountedNoun TIMES =
            new org.marsad.arabic.numbers.CountedNoun("مرة واحدة", "مرتان", "مرات", "مرة", "مرة");
    /** Articles after the preposition في: the dual is genitive ("ذُكر في مقالين"). */
    private static final org.marsad.arabic.numbers.CountedNoun IN_ARTICLES =
            new org.marsad.arabic.numbers.CountedNoun("مقال واحد", "مقالين", "مقالات", "مقالاً", "مقال");

    static final int PAGE_SIZE = 50;
    static final int LATEST = 10;
    static final int STORIES = 6;
    static final int OUTLETS = 10;
    static final int TOGETHER = 12;

    private final Archive archive;
    private final Views views;
    private final Present present;

    EntityPages(Archive archive, Views views, Clock clock) {
        this.archive = archive;
        this.views = views;
        this.present = new Present(clock);
    }

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Entities entities = archive.entities();
        Entities.Detail d = entities.get(id).orElse(null);
        if (d == null) {
            org.marsad.store.entities.EntityEdits edits = new org.marsad.store.entities.EntityEdits(archive.store());
            var rejected = edits.rejectedOne(id);
            if (rejected.isPresent()) {
                rejected(ctx, rejected.get());
                return;
            }
            // An entity an editor merged into another lives on as that one.
            String into = edits.mergedInto(id)
                    .orElseThrow(() -> new NotFound("لا يوجد كيان بهذا المعرّف في الأرشيف."));
            ctx.redirect(Urls.entity(into), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        Entities.Summary e = d.entity();
        String query = EntityRequest.filterName(e.type()) + ":\"" + e.name().replace("\"", "") + "\"";
        List<Link> spellings = d.spellings().stream()
                .map(s -> new Link(s.text(), null, s.mentions(), s.text().equals(e.name()))).toList();
        List<Link> outlets = new ArrayList<>();
        for (NameCount n : entities.outlets(id, OUTLETS)) {
            outlets.add(new Link(n.name(), Urls.withQuery("/search", Urls.params("q", query, "source", n.name(),
                    "sort", "date")), n.articles(), false));
        }
        List<Link> together = entities.together(id, TOGETHER).stream()
                .map(s -> new Link(s.name(), Urls.entity(s.id()), s.articles(), false)).toList();
        Stories stories = archive.stories();
        List<StoryCard> cards = new ArrayList<>();
        for (String storyId : entities.storyIds(id, STORIES * 3)) {
            Story s = stories.story(storyId).orElse(null);
            // a story of one article is that article, already in the latest list
            if (s != null && s.articles() > 1 && cards.size() < STORIES) {
                cards.add(present.storyCard(s, stories.latestUndated(s.id())));
            }
        }
        EntityView view = new EntityView(e.name(), Present.entityType(e.type()),
                e.articles() == 0 ? "لا يذكره أي مقال معروض للقرّاء."
                        : "ذُكر في " + IN_ARTICLES.count(e.articles()) + " (" + TIMES.count(e.mentions()) + ")",
                spellings, TimeChart.ofDayCounts(entities.mentionsPerDay(id)), outlets, together,
                entities.articles(id, LATEST, 0).stream().map(present::hit).toList(), cards,
                Urls.withQuery("/search", Urls.params("q", query, "sort", "date")),
                Urls.withQuery("/watches", Urls.params("q", query)), "/api/entities/" + Urls.segment(id));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", new Page(e.name(), "", null));
        m.put("e", view);
        m.put("editHref", Urls.entity(id) + "/edit");
        m.put("type", e.type());
        views.render(ctx, "entity.jte", m);
    }

    /**
     * An entity an editor marked "not an entity": 410 with what it was and, for editors, the button that restores
     * it (the undo).
     */
    private void rejected(Context ctx, org.marsad.store.entities.EntityEdits.Rejected r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", new Page(r.name(), "", null));
        m.put("name", r.name());
        m.put("type", Present.entityType(r.type()));
        m.put("when", r.rejectedAt().length() >= 10
                ? org.marsad.web.format.DateDisplay.gregorian(LocalDate.parse(r.rejectedAt().substring(0, 10))) : "");
        m.put("mentions", TIMES.count(r.mentions()));
        m.put("editHref", Urls.entity(r.id()) + "/edit");
        ctx.status(410);
        views.render(ctx, "entity-rejected.jte", m);
    }

    void list(Context ctx) {
        Params p = new Params(ctx.queryParamMap());
        EntityRequest r = EntityRequest.of(p, PAGE_SIZE);
        String type = r.type() == null ? "" : EntityRequest.filterName(r.type());
        // one more than shown tells whether there is a next page
        List<Entities.Summary> found = EntityApi.matching(archive, r, r.limit() + 1, r.offset());
        boolean more = found.size() > r.limit();
        List<Entities.Summary> shown = more ? found.subList(0, r.limit()) : found;
        Map<String, String> base = Urls.params("q", r.query(), "from", day(r.from()), "to", day(r.to()));
        List<Link> types = new ArrayList<>();
        for (String t : List.of("", "person", "place", "org")) {
            Map<String, String> q = new LinkedHashMap<>(base);
            q.put("type", t);
            types.add(new Link(t.isEmpty() ? "الكل" : Present.entityTypes(EntityRequest.type(t)),
                    Urls.withQuery("/entities", q), -1, t.equals(type)));
        }
        Map<String, String> here = new LinkedHashMap<>(base);
        here.put("type", type);
        Map<String, String> prev = new LinkedHashMap<>(here);
        prev.put("offset", r.offset() - r.limit() <= 0 ? null : Integer.toString(r.offset() - r.limit()));
        Map<String, String> next = new LinkedHashMap<>(here);
        next.put("offset", Integer.toString(r.offset() + r.limit()));
        String heading = (r.type() == null ? "الأكثر ذكراً" : Present.entityTypes(r.type()) + ": الأكثر ذكراً")
                + (r.from() == null && r.to() == null ? "" : " بين " + (r.from() == null ? "…" : r.from()) + " و"
                + (r.to() == null ? "…" : r.to()));
        EntitiesView view = new EntitiesView(heading, type, r.from() == null ? "" : day(r.from()),
                r.to() == null ? "" : day(r.to()),
                types, shown.stream().map(s -> new Link(s.name(), Urls.entity(s.id()), s.articles(), false)).toList(),
                shown.stream().map(s -> Present.entityType(s.type())).toList(),
                r.offset() > 0 ? Urls.withQuery("/entities", prev) : null,
                more && r.offset() + r.limit() <= Params.MAX_DEPTH - r.limit() ? Urls.withQuery("/entities", next)
                        : null,
                Urls.withQuery("/api/entities", here));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(heading));
        m.put("v", view);
        views.render(ctx, "entities.jte", m);
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
