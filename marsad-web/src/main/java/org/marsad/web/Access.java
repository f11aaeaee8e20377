package org.marsad.web;

import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.NewSession;
import org.marsad.accounts.Role;
import org.marsad.accounts.Session;
import org.marsad.accounts.User;
import org.marsad.web.view.Viewer;

/**
 * Who is behind a request, and what they may do: the seam every route that changes something goes through.
 *
 * <p>A request is signed in by a session cookie (the browser, after {@code /login}) or by
 * {@code Authorization: Bearer TOKEN} (programs; tokens come from {@code marsad tokens add}). For routes:
 * <pre>{@code
 * void addSource(Context ctx) {
 *     User u = access.requireRole(ctx, Role.EDITOR);   // 401 / 403 (JSON or Arabic page) when not allowed
 *     ...
 * }
 * }</pre>
 * The web server already guards every request before its route runs:
 * <ul>
 *   <li>every POST, PUT, PATCH and DELETE needs a signed-in user (else 401), and, when signed in by cookie, the
 *       session's CSRF token in the form field {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER} (else 403);
 *       a bearer token needs no CSRF token (no browser sends it on its own);</li>
 *   <li>an invalid bearer token is refused (401) on any route;</li>
 *   <li>in private mode ({@code serve --private}) every page and API route needs a signed-in user, except the
 *       sign-in page, static files, {@code /healthz} and the watch feeds (which carry their own token).</li>
 * </ul>
 * So a write route only has to call {@link #requireRole} for its role. Forms in JTE templates carry the token with
 * {@code @template.csrf(page = page)}, and show editing controls only when {@code page.viewer().canEdit()}.
 *
 * <p>Thread safety: safe for concurrent requests.
 */
public final class Access {
    /** The session cookie (HttpOnly, SameSite=Lax, Secure over https). */
    public static final String SESSION_COOKIE = "marsad_session";
    /** The form field carrying the CSRF token. */
    public static final String CSRF_FIELD = "csrf";
    /** The header carrying the CSRF token (for scripts using the session cookie). */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String AUTH = "marsad.auth";
    private static final List<String> SAFE = List.of("GET", "HEAD", "OPTIONS");

    private final Accounts accounts;
    private final Options options;

    /**
     * How the server is reached.
     *
     * @param privateMode every route needs a signed-in user (else reading is open to all)
     * @param baseUrl     the public address of the site, when a reverse proxy serves it (https: cookies are
     *                    Secure); null when served directly
     * @param trustProxy  believe {@code X-Forwarded-For} and {@code X-Forwarded-Proto} (only behind a proxy that
     *                    sets them; otherwise anyone could claim any address)
     */
    public record Options(boolean privateMode, URI baseUrl, boolean trustProxy) {
        /** Reading open to all; served directly. */
        public static Options open() {
            return new Options(false, null, false);
        }
    }

    /** What signs a request in. */
    private record Auth(User user, Session session) {
        static final Auth NOBODY = new Auth(null, null);
    }

    Access(Accounts accounts, Options options) {
        this.accounts = accounts;
        this.options = options;
    }

    /** The user behind the request, if signed in (by session cookie or API token). */
    public Optional<User> user(Context ctx) {
        return Optional.ofNullable(auth(ctx).user());
    }

    /**
     * The user behind the request, who must have {@code role} (or a higher one).
     *
     * @throws AccessDenied 401 when nobody is signed in, 403 when the role is too low
     */
    public User requireRole(Context ctx, Role role) {
        User u = auth(ctx).user();
        if (u == null) {
            throw AccessDenied.signIn();
        }
        if (!u.can(role)) {
            throw AccessDenied.role(role);
        }
        return u;
    }

    /** The CSRF token forms of this request's session must carry; empty when not signed in by cookie. */
    public Optional<String> csrfToken(Context ctx) {
        Session s = auth(ctx).session();
        return s == null ? Optional.empty() : Optional.of(s.csrf());
    }

    /** Whether everything needs sign-in. */
    public boolean privateMode() {
        return options.privateMode();
    }

    /** The viewer the templates see. */
    Viewer viewer(Context ctx) {
        Auth a;
        try {
            a = auth(ctx);
        } catch (RuntimeException e) {
            // An error page for a request whose credentials failed: shown to nobody in particular.
            return Viewer.anonymous(true);
        }
        if (a.user() == null) {
            return Viewer.anonymous(true);
        }
        return new Viewer(a.user().name(), a.user().role(), a.session() == null ? null : a.session().csrf(), true);
    }

    /** Runs before every route (see the class comment). */
    void guard(Context ctx) {
        Auth a = auth(ctx);
        if (a.user() != null || options.privateMode()) {
            // A page for one user (it holds a CSRF token) or a private site: no shared cache may keep it. Routes
            // serving the same bytes to all (static files) say otherwise.
            ctx.header("Cache-Control", "private, no-store");
        }
        String path = ctx.path();
        String method = ctx.method().name();
        if (!SAFE.contains(method)) {
            if (path.equals("/login")) {
                return; // the sign-in form has its own token (the browser has no session yet)
            }
            if (path.equals("/logout") && a.user() == null) {
                return; // signing out without a session: nothing to protect
            }
            if (a.user() == null) {
                throw AccessDenied.signIn();
            }
            if (a.session() != null && !sameSecret(a.session().csrf(), presentedCsrf(ctx))) {
                throw AccessDenied.csrf();
            }
            return;
        }
        if (options.privateMode() && a.user() == null && !openInPrivate(path)) {
            throw AccessDenied.signIn();
        }
    }

    private static boolean openInPrivate(String path) {
        return path.equals("/login") || path.startsWith("/static/") || path.equals("/healthz")
                || path.matches("/watches/[^/]+/feed\\.atom");
    }

    private static String presentedCsrf(Context ctx) {
        String h = ctx.header(CSRF_HEADER);
        if (h != null) {
            return h;
        }
        String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        // Forms, including file uploads (an OPML import): a JSON body is never parsed here.
        if (ct.startsWith("application/x-www-form-urlencoded") || ct.startsWith("multipart/form-data")) {
            return ctx.formParam(CSRF_FIELD);
        }
        return null;
    }

    /** Compares in constant time, so response timing tells nothing about a token. */
    static boolean sameSecret(String expected, String presented) {
        if (expected == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private Auth auth(Context ctx) {
        Auth a = ctx.attribute(AUTH);
        if (a == null) {
            a = resolve(ctx);
            ctx.attribute(AUTH, a);
        }
        return a;
    }

    private Auth resolve(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            User u = accounts.tokenUser(header.substring(7).strip()).orElse(null);
            if (u == null) {
                // Cached first, so the error page rendered for this request does not resolve it again.
                ctx.attribute(AUTH, Auth.NOBODY);
                throw AccessDenied.badToken();
            }
            return new Auth(u, null);
        }
        String cookie = ctx.cookie(SESSION_COOKIE);
        if (cookie == null) {
            return Auth.NOBODY;
        }
        return accounts.session(cookie).map(s -> new Auth(s.user(), s)).orElse(Auth.NOBODY);
    }

    // --- for the sign-in routes

    Accounts accounts() {
        return accounts;
    }

    /** The client's address: the proxy's word for it when trusted, else the connection's. */
    String clientAddress(Context ctx) {
        if (options.trustProxy()) {
            String xff = ctx.header("X-Forwarded-For");
            if (xff != null && !xff.isBlank()) {
                // The last entry is the one the trusted proxy appended; earlier ones are the client's own claims.
                String[] parts = xff.split(",");
                return parts[parts.length - 1].strip();
            }
        }
        return ctx.req().getRemoteAddr();
    }

    /** Whether the browser reached the site over https (directly, or through the proxy when trusted). */
    boolean secure(Context ctx) {
        if (options.baseUrl() != null && "https".equalsIgnoreCase(options.baseUrl().getScheme())) {
            return true;
        }
        if (options.trustProxy() && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
            return true;
        }
        return ctx.req().isSecure();
    }

    /** Starts a session for {@code user}, ending the one this browser had, and sets the cookie. */
    void signIn(Context ctx, User user) {
        String old = ctx.cookie(SESSION_COOKIE);
        if (old != null) {
            accounts.endSession(old);
        }
        NewSession s = accounts.startSession(user);
        // The browser keeps the cookie as long as the session can live; the server ends it earlier when idle.
        setCookie(ctx, SESSION_COOKIE, s.cookie(), "/", accounts.settings().sessionLifetime().getSeconds());
        ctx.attribute(AUTH, new Auth(user, s.session()));
    }

    /** Ends the browser's session and clears its cookie. */
    void signOut(Context ctx) {
        String cookie = ctx.cookie(SESSION_COOKIE);
        if (cookie != null) {
            accounts.endSession(cookie);
        }
        setCookie(ctx, SESSION_COOKIE, "", "/", 0);
        ctx.attribute(AUTH, Auth.NOBODY);
    }

    /** Sets a cookie with the attributes every Marsad cookie has: HttpOnly, SameSite=Lax, Secure over https. */
    void setCookie(Context ctx, String name, String value, String path, long maxAgeSeconds) {
        StringBuilder b = new StringBuilder(name).append('=').append(value).append("; Path=").append(path)
                .append("; Max-Age=").append(maxAgeSeconds).append("; HttpOnly; SameSite=Lax");
        if (secure(ctx)) {
            b.append("; Secure");
        }
        ctx.res().addHeader("Set-Cookie", b.toString());
    }
}
