package org.marsad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.web.format.DateDisplay;
import org.marsad.web.http.Params;
import org.marsad.web.view.HiddenItem;
import org.marsad.web.view.Page;
import org.marsad.web.view.Urls;

/**
 * An editor hides an article from readers, reversibly: {@code POST /article/{id}/hide} and {@code /unhide} from the
 * article page, the {@code /hidden} list with un-hide buttons, and the same through the API
 * ({@code POST /api/articles/{id}/hide|unhide}, {@code GET /api/hidden}). A hidden article stays stored; it leaves
 * search, lists, feeds, exports, the API and watches for readers (the store's reader queries and the index owner,
 * which removes it like a deletion), and comes back everywhere when un-hidden. The permanent delete stays for removal.
 */
final class ArticleHiding {
    /** Hidden articles a page of {@code /hidden}. */
    static final int PAGE_SIZE = 50;

    private final Archive archive;
    private final Access access;
    private final Views views;
    private final Pages pages;
    /** The zone the pages write times in (the server clock's, as the watch and source pages). */
    private final ZoneId zone;

    ArticleHiding(Archive archive, Access access, Views views, Pages pages, ZoneId zone) {
        this.archive = archive;
        this.access = access;
        this.views = views;
        this.pages = pages;
        this.zone = zone;
    }

    /**
     * {@code GET /article/{id}}: a hidden article is "not found" for readers; an editor gets a page saying it is
     * hidden, by whom and since when, with its text and a button to show it again.
     */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() <= 200 && canEdit(ctx) && archive.store().isHidden(id)) {
            Article a = archive.store().getIncludingHidden(id).orElseThrow();
            ArticleStore.Hidden h = archive.store().hiddenOne(id).orElseThrow();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("page", Page.titled(title(a)));
            m.put("item", item(h));
            m.put("body", a.body() == null ? List.of() : a.body());
            views.render(ctx, "article-hidden.jte", m);
            return;
        }
        pages.article(ctx);
    }

    /** {@code POST /article/{id}/hide} (form, CSRF): hides it, then back to its page, which says it is hidden. */
    void hide(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        String id = stored(ctx);
        archive.hide(List.of(id), u.name());
        ctx.redirect(Urls.article(id), HttpStatus.SEE_OTHER);
    }

    /** {@code POST /article/{id}/unhide} (form, CSRF): shows it again, then to its page (or {@code next=/hidden}). */
    void unhide(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String id = stored(ctx);
        archive.unhide(List.of(id));
        ctx.redirect("/hidden".equals(ctx.formParam("next")) ? "/hidden" : Urls.article(id), HttpStatus.SEE_OTHER);
    }

    /** {@code GET /hidden}: the hidden articles, most recently hidden first, each with an un-hide button. */
    void list(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        int page = new Params(ctx.queryParamMap()).integer("page", 1, 1, Params.MAX_DEPTH / PAGE_SIZE);
        long total = archive.store().hiddenCount();
        List<HiddenItem> items = new ArrayList<>();
        for (ArticleStore.Hidden h : archive.store().hidden(PAGE_SIZE, (page - 1) * PAGE_SIZE)) {
            items.add(item(h));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("المقالات المخفية"));
        m.put("items", items);
        m.put("total", total);
        m.put("next", (long) page * PAGE_SIZE < total ? "/hidden?page=" + (page + 1) : null);
        views.render(ctx, "hidden.jte", m);
    }

    /** {@code POST /api/articles/{id}/hide}: {@code {id, hidden: true, changed}} (changed false when it already was). */
    void apiHide(Context ctx) {
        User u = access.requireRole(ctx, Role.EDITOR);
        String id = apiStored(ctx);
        boolean changed = !archive.hide(List.of(id), u.name()).isEmpty();
        answer(ctx, id, true, changed);
    }

    /** {@code POST /api/articles/{id}/unhide}: {@code {id, hidden: false, changed}}. */
    void apiUnhide(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        String id = apiStored(ctx);
        boolean changed = !archive.unhide(List.of(id)).isEmpty();
        answer(ctx, id, false, changed);
    }

    /** {@code GET /api/hidden}: {@code {total, articles: [{id, title, source, url, hidden_at, hidden_by}]}}. */
    void apiList(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        Params p = new Params(ctx.queryParamMap());
        int limit = p.integer("limit", Params.MAX_LIMIT, 1, Params.MAX_LIMIT);
        int offset = p.integer("offset", 0, 0, Params.MAX_DEPTH);
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("total", archive.store().hiddenCount());
        ArrayNode list = o.putArray("articles");
        for (ArticleStore.Hidden h : archive.store().hidden(limit, offset)) {
            ObjectNode n = list.addObject();
            n.put("id", h.article().id());
            n.put("title", h.article().title());
            n.put("source", h.article().source());
            n.put("url", h.article().url());
            n.put("hidden_at", h.hiddenAt().toString());
            n.put("hidden_by", h.hiddenBy());
        }
        Api.json(ctx, o);
    }

    private static void answer(Context ctx, String id, boolean hidden, boolean changed) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", id);
        o.put("hidden", hidden);
        o.put("changed", changed);
        Api.json(ctx, o);
    }

    private boolean canEdit(Context ctx) {
        return access.user(ctx).map(u -> u.can(Role.EDITOR)).orElse(false);
    }

    private String stored(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 200 || archive.store().getIncludingHidden(id).isEmpty()) {
            throw new NotFound("لا يوجد مقال بهذا المعرّف في الأرشيف.");
        }
        return id;
    }

    private String apiStored(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 200 || archive.store().getIncludingHidden(id).isEmpty()) {
            throw new NotFound("no article with id " + id);
        }
        return id;
    }

    private static String title(Article a) {
        return a.title() == null || a.title().isBlank() ? "(بلا عنوان)" : a.title();
    }

    private HiddenItem item(ArticleStore.Hidden h) {
        Article a = h.article();
        ZonedDateTime at = h.hiddenAt().atZone(zone);
        return new HiddenItem(a.id(), title(a), a.source(), Urls.article(a.id()), h.hiddenAt().toString(),
                DateDisplay.gregorian(at.toLocalDate()), DateDisplay.hour(at), h.hiddenBy());
    }
}
