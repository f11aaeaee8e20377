package org.marsad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.marsad.accounts.Role;
import org.marsad.accounts.User;
import org.marsad.model.ArticleJson;

/** The API's account routes: who am I ({@code /api/me}), and the users (admins only, {@code /api/users}). */
final class AccountApi {
    private final Access access;

    AccountApi(Access access) {
        this.access = access;
    }

    /**
     * The signed-in user: {@code {name, role, csrf_token}} ({@code csrf_token} only for a session, for scripts that
     * write with the cookie). Lets a program check its token.
     */
    void me(Context ctx) {
        User u = access.requireRole(ctx, Role.READER);
        ObjectNode o = user(u);
        access.csrfToken(ctx).ifPresent(t -> o.put("csrf_token", t));
        ctx.header("Cache-Control", "no-store");
        Api.json(ctx, o);
    }

    /** Every user with their role (admins only). */
    void users(Context ctx) {
        access.requireRole(ctx, Role.ADMIN);
        ArrayNode out = ArticleJson.mapper().createArrayNode();
        access.accounts().users().forEach(u -> out.add(user(u)));
        ctx.header("Cache-Control", "no-store");
        Api.json(ctx, out);
    }

    private static ObjectNode user(User u) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("name", u.name());
        o.put("role", u.role().key());
        o.put("created", u.created().toString());
        return o;
    }
}
