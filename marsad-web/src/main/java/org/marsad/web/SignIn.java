package org.marsad.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.marsad.accounts.User;
import org.marsad.web.http.LoginThrottle;
import org.marsad.web.view.Page;

/**
 * The sign-in page ({@code GET /login}), signing in ({@code POST /login}) and out ({@code POST /logout}).
 *
 * <p>The sign-in form is protected against cross-site submission (login CSRF) by a double-submit token: the page
 * sets it in a short-lived cookie scoped to {@code /login} and in a hidden field; a POST whose two copies differ is
 * refused. Failed attempts are throttled per address and name ({@link LoginThrottle}) before any password is checked.
 */
final class SignIn {
    static final String LOGIN_COOKIE = "marsad_login";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_NAME = 200;

    private final Access access;
    private final Views views;
    private final LoginThrottle throttle;

    SignIn(Access access, Views views, LoginThrottle throttle) {
        this.access = access;
        this.views = views;
        this.throttle = throttle;
    }

    void page(Context ctx) {
        String next = safeNext(ctx.queryParam("next"));
        if (access.user(ctx).isPresent()) {
            ctx.redirect(next, HttpStatus.SEE_OTHER);
            return;
        }
        form(ctx, 200, next, "", null);
    }

    void submit(Context ctx) {
        String next = safeNext(ctx.formParam("next"));
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (!Access.sameSecret(ctx.cookie(LOGIN_COOKIE), ctx.formParam(Access.CSRF_FIELD))) {
            form(ctx, 403, next, name, "انتهت صلاحية صفحة الدخول. أعد إدخال بياناتك.");
            return;
        }
        String address = access.clientAddress(ctx);
        Optional<Duration> wait = throttle.blocked(address, name);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().getSeconds() + 59) / 60);
            ctx.header("Retry-After", Long.toString(wait.get().getSeconds() + 1));
            form(ctx, 429, next, name, "محاولات دخول كثيرة خاطئة. حاول مرة أخرى بعد " + minutes + " دقيقة.");
            return;
        }
        Optional<User> user = access.accounts().authenticate(name, password.toCharArray());
        if (user.isEmpty()) {
            throttle.failed(address, name);
            form(ctx, 401, next, name, "اسم المستخدم أو كلمة المرور غير صحيحة.");
            return;
        }
        throttle.succeeded(address, name);
        access.setCookie(ctx, LOGIN_COOKIE, "", "/login", 0);
        access.signIn(ctx, user.get());
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        access.signOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void form(Context ctx, int status, String next, String name, String error) {
        String token = newToken();
        access.setCookie(ctx, LOGIN_COOKIE, token, "/login", 3600);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("تسجيل الدخول"));
        m.put("token", token);
        m.put("next", next);
        m.put("name", name);
        m.put("error", error);
        m.put("privateMode", access.privateMode());
        ctx.status(status);
        // Never cached: the page holds a fresh token.
        ctx.header("Cache-Control", "no-store");
        views.render(ctx, "login.jte", m);
    }

    /** Where to go after signing in: a path on this site only (never another site, which would be an open redirect). */
    static String safeNext(String next) {
        if (next == null || next.isEmpty() || next.length() > 2000 || !next.startsWith("/") || next.startsWith("//")
                || next.startsWith("/\\") || next.startsWith("/login") || next.startsWith("/logout")) {
            return "/";
        }
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') {
                return "/";
            }
        }
        return next;
    }

    private static String newToken() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
