package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.accounts.Role;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.web.view.Page;
import org.marsad.web.view.Urls;

/**
 * An editor takes an article off the site: {@code GET /article/{id}/delete} asks to confirm, {@code POST} deletes it
 * from the store and the search index (the same deletion as {@code marsad delete}), so it leaves lists, search,
 * feeds, exports and the API for everyone. Deletion is not reversible: the confirm page says so.
 */
final class ArticleRemoval {
    private final Archive archive;
    private final Access access;
    private final Views views;

    ArticleRemoval(Archive archive, Access access, Views views) {
        this.archive = archive;
        this.access = access;
        this.views = views;
    }

    /** The confirm page (editors only: a reader has nothing to confirm). */
    void confirm(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        Article a = stored(ctx);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("حذف مقال"));
        m.put("id", a.id());
        m.put("title", a.title() == null || a.title().isBlank() ? "(بلا عنوان)" : a.title());
        m.put("source", a.source());
        m.put("href", Urls.article(a.id()));
        views.render(ctx, "article-delete.jte", m);
    }

    /** Deletes the article and goes to the front page (a redirect, so a reload does not post again). */
    void delete(Context ctx) {
        access.requireRole(ctx, Role.EDITOR);
        Article a = stored(ctx);
        archive.delete(List.of(a.id()));
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private Article stored(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw new NotFound("لا يوجد مقال بهذا المعرّف.");
        }
        return archive.store().getIncludingHidden(id).orElseThrow(() -> new NotFound("لا يوجد مقال بهذا المعرّف في الأرشيف."));
    }
}
