package org.marsad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.NameCount;
import org.marsad.store.entities.Entities;
import org.marsad.web.http.EntityRequest;
import org.marsad.web.http.Params;

/** The entity API: {@code /api/entities}, {@code /api/entities/{id}} and {@code /api/entities/{id}/articles}. */
final class EntityApi {
    static final int OUTLETS = 20;
    static final int TOGETHER = 20;

    private final Archive archive;

    EntityApi(Archive archive) {
        this.archive = archive;
    }

    /**
     * The entities mentioned in the most articles: {@code q} narrows to the entities one of whose spellings names
     * (a part of a full name names it too), {@code type}, {@code from}/{@code to} count only the articles published
     * in the period.
     */
    void list(Context ctx) {
        EntityRequest r = EntityRequest.of(new Params(ctx.queryParamMap()), 20);
        List<Entities.Summary> found = matching(archive, r, r.limit(), r.offset());
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("limit", r.limit());
        o.put("offset", r.offset());
        ArrayNode list = o.putArray("entities");
        found.forEach(e -> list.add(summary(e)));
        Api.json(ctx, o);
    }

    /** One entity: its spellings, mentions per day, outlets and the entities mentioned beside it. */
    void one(Context ctx) {
        String id = ctx.pathParam("id");
        Entities entities = archive.entities();
        Entities.Detail d = entities.get(id).orElse(null);
        if (d == null) {
            org.marsad.store.entities.EntityEdits edits = new org.marsad.store.entities.EntityEdits(archive.store());
            var rejected = edits.rejectedOne(id);
            if (rejected.isPresent()) {
                // Marked "not an entity": gone, and restorable.
                var r = rejected.get();
                ObjectNode o = ArticleJson.mapper().createObjectNode();
                o.put("id", r.id());
                o.put("type", r.type());
                o.put("name", r.name());
                o.put("not_entity", true);
                o.put("rejected_at", r.rejectedAt());
                o.put("mentions_kept", r.mentions());
                o.put("restore", "/api/entities/" + r.id() + "/restore");
                ctx.status(410);
                Api.json(ctx, o);
                return;
            }
            // An entity an editor merged into another: its id sends on to the target.
            String into = edits.mergedInto(id)
                    .orElseThrow(() -> new NotFound("no entity with id " + id));
            ctx.redirect("/api/entities/" + into, io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        ObjectNode o = summary(d.entity());
        ArrayNode spellings = o.putArray("spellings");
        d.spellings().forEach(s -> spellings.addObject().put("text", s.text()).put("mentions", s.mentions()));
        ArrayNode days = o.putArray("days");
        for (Map.Entry<LocalDate, Long> e : entities.mentionsPerDay(id).entrySet()) {
            days.addObject().put("day", e.getKey().toString()).put("mentions", e.getValue());
        }
        ArrayNode outlets = o.putArray("outlets");
        for (NameCount n : entities.outlets(id, OUTLETS)) {
            outlets.addObject().put("name", n.name()).put("articles", n.articles());
        }
        ArrayNode together = o.putArray("together");
        for (Entities.Summary s : entities.together(id, TOGETHER)) {
            together.addObject().put("id", s.id()).put("type", s.type()).put("name", s.name())
                    .put("articles", s.articles());
        }
        Api.json(ctx, o);
    }

    /** The articles that mention an entity, newest first: {@code {entity, limit, offset, articles: [article]}}. */
    void articles(Context ctx) {
        String id = ctx.pathParam("id");
        Params p = new Params(ctx.queryParamMap());
        int limit = p.integer("limit", 20, 1, Params.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Params.MAX_DEPTH - limit);
        Entities entities = archive.entities();
        entities.get(id).orElseThrow(() -> new NotFound("no entity with id " + id));
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("entity", id);
        o.put("limit", limit);
        o.put("offset", offset);
        ArrayNode list = o.putArray("articles");
        for (Article a : entities.articles(id, limit, offset)) {
            list.add(ArticleJson.toNode(a));
        }
        Api.json(ctx, o);
    }

    /** The entities a request asks for, most articles first; a name that names nothing finds nothing. */
    static List<Entities.Summary> matching(Archive archive, EntityRequest r, int limit, int offset) {
        Set<String> ids = null;
        if (r.query() != null) {
            ids = new LinkedHashSet<>();
            for (String type : r.type() == null ? List.of("PER", "LOC", "ORG") : List.of(r.type())) {
                ids.addAll(archive.entityNames().ids(type, r.query()));
            }
        }
        return archive.entities().top(r.type(), r.from(), r.to(), ids, limit, offset);
    }

    static ObjectNode summary(Entities.Summary s) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", s.id());
        o.put("type", s.type());
        o.put("name", s.name());
        o.put("mentions", s.mentions());
        o.put("articles", s.articles());
        return o;
    }
}
