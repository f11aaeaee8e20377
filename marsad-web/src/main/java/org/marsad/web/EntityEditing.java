package org.marsad.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.accounts.Role;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.entities.Entities;
import org.marsad.store.entities.EntityEdits;
import org.marsad.web.http.BadRequest;
import org.marsad.web.view.Page;
import org.marsad.web.view.Urls;

/**
 * Editors correct entities by hand (see {@link EntityEdits}), through the API and the entity page.
 *
 * <p>API: {@code POST /api/entities/{id}/merge {"into"}}, {@code POST /api/entities/{id}/split {"spelling"}},
 * {@code PATCH /api/entities/{id} {"name", "type"}}, {@code POST /api/entities/{id}/not-entity}, its undo {@code POST /api/entities/{id}/restore}. Page: the editor
 * controls on {@code /entity/{id}} post to {@code /entity/{id}/edit}, which first shows an Arabic confirmation of
 * what will change and acts only on the confirmed form. Every route asks for the editor role.
 */
final class EntityEditing {
    static final Map<String, String> TYPE_NAMES = typeNames();

    private final Archive archive;
    private final Access access;
    private final Views views;

    EntityEditing(Archive archive, Access access, Views views) {
        this.archive = archive;
        this.access = access;
        this.views = views;
    }

    private static Map<String, String> typeNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("PER", "شخص");
        m.put("LOC", "مكان");
        m.put("ORG", "منظمة");
        return m;
    }

    /** {@code POST /api/entities/{id}/merge {"into": id}}: 200 with the target entity's summary and articles changed. */
    void merge(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        ObjectNode body = body(ctx, Set.of("into"));
        String into = text(body, "into");
        if (into == null) {
            throw new BadRequest("into is required", "أدخل معرّف الكيان المدموج فيه.");
        }
        answer(ctx, 200, run(e -> e.merge(ctx.pathParam("id"), into)));
    }

    /** {@code POST /api/entities/{id}/split {"spelling"}}: 201 with the new entity. */
    void split(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        ObjectNode body = body(ctx, Set.of("spelling"));
        String spelling = text(body, "spelling");
        if (spelling == null) {
            throw new BadRequest("spelling is required", "اختر التهجئة المفصولة.");
        }
        EntityEdits.Done d = run(e -> e.split(ctx.pathParam("id"), spelling));
        ctx.header("Location", "/api/entities/" + d.entityId());
        answer(ctx, 201, d);
    }

    /** {@code PATCH /api/entities/{id} {"name", "type"}}: renames and/or retypes; 200 with the entity. */
    void change(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        ObjectNode body = body(ctx, Set.of("name", "type"));
        String name = text(body, "name");
        String type = text(body, "type");
        if (name == null && type == null) {
            throw new BadRequest("give a name or a type", "أدخل اسماً أو نوعاً.");
        }
        String id = ctx.pathParam("id");
        EntityEdits.Done d = run(e -> {
            EntityEdits.Done last = null;
            if (type != null) {
                last = e.retype(id, type);
            }
            if (name != null) {
                last = e.rename(id, name);
            }
            return last;
        });
        answer(ctx, 200, d);
    }

    /** {@code POST /api/entities/{id}/not-entity}: removes the entity from its articles for good. */
    void reject(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String id = ctx.pathParam("id");
        EntityEdits.Done d = run(e -> e.reject(id));
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("removed", id);
        o.put("articles", d.articles());
        Api.json(ctx, o);
    }

    /** {@code POST /api/entities/{id}/restore}: undoes "not an entity"; 200 with the entity back under its id. */
    void restore(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        answer(ctx, 200, run(e -> e.restore(ctx.pathParam("id"))));
    }

    /**
     * {@code POST /entity/{id}/edit} (form: {@code action} = merge | split | rename | retype | reject | restore, with
     * {@code into}, {@code spelling}, {@code name} or {@code type}): without {@code confirmed=1}, a page saying
     * in Arabic what will change with a form to confirm it; with it, the edit, then back to the entity's page.
     */
    void form(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String id = ctx.pathParam("id");
        String action = ctx.formParam("action");
        if ("restore".equals(action)) {
            // The undo of "not an entity" asks nothing more: it can itself be undone the same way.
            EntityEdits.Done done = run(e -> e.restore(id));
            ctx.redirect("/entity/" + done.entityId(), HttpStatus.SEE_OTHER);
            return;
        }
        Entities.Detail d = archive.entities().get(id)
                .orElseThrow(() -> new NotFound("لا يوجد كيان بهذا المعرّف في الأرشيف."));
        String value = switch (action == null ? "" : action) {
            case "merge" -> required(ctx, "into", "أدخل رقم الكيان الذي يُدمج فيه.");
            case "split" -> required(ctx, "spelling", "اختر التهجئة التي تُفصل.");
            case "rename" -> required(ctx, "name", "أدخل الاسم الجديد.");
            case "retype" -> required(ctx, "type", "اختر النوع الجديد.");
            case "reject" -> "";
            default -> throw new BadRequest("unknown action", "تعديل غير معروف.");
        };
        if (!"1".equals(ctx.formParam("confirmed"))) {
            confirm(ctx, d, action, value);
            return;
        }
        EntityEdits.Done done = run(e -> switch (action) {
            case "merge" -> e.merge(id, value);
            case "split" -> e.split(id, value);
            case "rename" -> e.rename(id, value);
            case "retype" -> e.retype(id, value);
            default -> e.reject(id);
        });
        // After "not an entity" the entity's page says so and offers the undo.
        ctx.redirect("/entity/" + (done.entityId() == null ? id : done.entityId()), HttpStatus.SEE_OTHER);
    }

    private void confirm(Context ctx, Entities.Detail d, String action, String value) {
        String name = d.entity().name();
        String what = switch (action) {
            case "merge" -> {
                Entities.Detail target = archive.entities().get(value.strip())
                        .orElseThrow(() -> new BadRequest("no entity with id " + value,
                                "لا يوجد كيان بالرقم " + value + "."));
                if (target.entity().id().equals(d.entity().id())) {
                    throw new BadRequest("cannot merge an entity into itself", "لا يُدمج كيان في نفسه.");
                }
                yield "سيُدمج «" + name + "» في «" + target.entity().name() + "» (" + TYPE_NAMES.getOrDefault(
                        target.entity().type(), target.entity().type()) + "): تصير تهجئاته ومقالاته له، وتُنسب "
                        + "إليه كل مقالة جديدة تكتبه بهذه التهجئات.";
            }
            case "split" -> "ستُفصل التهجئة «" + value + "» عن «" + name + "» في كيان جديد، ويبقى كل ما يُكتب بها "
                    + "له في المقالات القديمة والجديدة.";
            case "rename" -> "سيصير اسم «" + name + "» «" + value.strip() + "» في كل مقالاته وصفحاته.";
            case "retype" -> {
                if (!TYPE_NAMES.containsKey(value)) {
                    throw new BadRequest("type must be one of PER, LOC, ORG", "النوع شخص أو مكان أو منظمة.");
                }
                yield "سيصير «" + name + "» " + TYPE_NAMES.get(value) + "اً بدلاً من "
                        + TYPE_NAMES.getOrDefault(d.entity().type(), d.entity().type()) + ".";
            }
            default -> "سيُعدّ «" + name + "» ليس كياناً: يُحذف من وسوم مقالاته وصفحاته، ولن تُنسب إليه تهجئاته "
                    + "مرة أخرى.";
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("تأكيد تعديل كيان"));
        m.put("what", what);
        m.put("action", "/entity/" + Urls.segment(d.entity().id()) + "/edit");
        m.put("back", "/entity/" + Urls.segment(d.entity().id()));
        m.put("fields", List.of(List.of("action", action), List.of(field(action), value)));
        views.render(ctx, "entity-edit.jte", m);
    }

    private static String field(String action) {
        return switch (action) {
            case "merge" -> "into";
            case "split" -> "spelling";
            case "rename" -> "name";
            case "retype" -> "type";
            default -> "none";
        };
    }

    private static String required(Context ctx, String field, String arabic) {
        String v = ctx.formParam(field);
        if (v == null || v.isBlank()) {
            throw new BadRequest(field + " is required", arabic);
        }
        return v.strip();
    }

    private EntityEdits.Done run(java.util.function.Function<EntityEdits, EntityEdits.Done> edit) {
        try {
            return archive.editEntities(edit);
        } catch (EntityEdits.Refused e) {
            throw new BadRequest(e.getMessage(), e.arabic());
        }
    }

    private void answer(Context ctx, int status, EntityEdits.Done d) {
        Entities.Summary s = archive.entities().get(d.entityId()).orElseThrow().entity();
        ObjectNode o = EntityApi.summary(s);
        o.put("articles_changed", d.articles());
        ctx.status(status);
        Api.json(ctx, o);
    }

    private static ObjectNode body(Context ctx, Set<String> allowed) {
        JsonNode n;
        try {
            n = ArticleJson.mapper().readTree(ctx.body().isBlank() ? "{}" : ctx.body());
        } catch (JsonProcessingException e) {
            throw new BadRequest("the body is not valid JSON", "الطلب ليس JSON صالحاً.");
        }
        if (!(n instanceof ObjectNode o)) {
            throw new BadRequest("the body must be a JSON object", "الطلب ليس كائن JSON.");
        }
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!allowed.contains(f)) {
                throw new BadRequest("unknown field '" + f + "' (known: " + String.join(", ",
                        allowed.stream().sorted().toList()) + ")", "حقل غير معروف: " + f);
            }
        }
        return o;
    }

    private static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual() && !n.isNumber()) {
            throw new BadRequest(field + " must be a string", "قيمة غير صالحة: " + field);
        }
        return n.asText();
    }
}
