package org.marsad.web;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.marsad.accounts.Accounts;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.source.SourcesImport;
import org.marsad.search.QuerySyntaxException;
import org.marsad.store.Archive;
import org.marsad.store.IndexRebuilding;
import org.marsad.watch.Watches;
import org.marsad.web.http.BadRequest;
import org.marsad.web.http.Conditional;
import org.marsad.web.http.LoginThrottle;
import org.marsad.web.http.Metrics;
import org.marsad.web.http.SiteOrigin;
import org.marsad.web.http.Validator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Marsad web server: HTML pages, JSON API, feeds, health and metrics over one {@link Archive}.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(WebServer.Config.of(archive, "127.0.0.1", 8080))) {
 *     System.out.println("Open " + server.uri());
 *     server.join();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    static final String ROUTE = "marsad.route";
    static final String NOT_FOUND = "marsad.notFound";
    /** What a search refused during a background rebuild asks the client to wait before trying again. */
    static final long REBUILD_RETRY_SECONDS = 30;

    private final Javalin app;
    private final String host;

    /**
     * How to run.
     *
     * @param archive      the articles to serve
     * @param host         interface to bind (127.0.0.1 unless the user asks otherwise)
     * @param port         port, 0 for any free port
     * @param clock        "now", for relative times and feed dates
     * @param extraMetrics samples appended to /metrics beyond the archive's own, read at scrape time
     * @param extraHealth  members added to the /healthz object (e.g. the running service's index lag and poller),
     *                     read at request time
     * @param watches      the archive's watches, for their feeds; null: no watch feeds
     * @param access       who may read and who may change things (private mode, base URL, proxy trust)
     * @param accounts     the users, sessions and tokens; null: those of the archive's store, default settings
     * @param fetcher      the polite fetcher that discovers a site's feeds when an editor adds it by home page;
     *                     null: one with default limits
     * @param sourcesChanged told after an editor added, changed, removed or asked to poll a source (the running
     *                     service wakes its poller with it); null: nothing to tell
     */
    public record Config(Archive archive, String host, int port, Clock clock,
                         Supplier<List<Metrics.Sample>> extraMetrics, Supplier<Map<String, Object>> extraHealth,
                         Watches watches, Access.Options access, Accounts accounts, Fetcher fetcher,
                         Runnable sourcesChanged) {
        public Config {
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(clock, "clock");
            extraMetrics = extraMetrics == null ? List::of : extraMetrics;
            extraHealth = extraHealth == null ? Map::of : extraHealth;
            access = access == null ? Access.Options.open() : access;
            sourcesChanged = sourcesChanged == null ? () -> { } : sourcesChanged;
        }

        /** Reading open to all, writing for signed-in users, with the accounts of the archive's store. */
        public Config(Archive archive, String host, int port, Clock clock,
                      Supplier<List<Metrics.Sample>> extraMetrics, Supplier<Map<String, Object>> extraHealth,
                      Watches watches) {
            this(archive, host, port, clock, extraMetrics, extraHealth, watches, null, null, null, null);
        }

        public static Config of(Archive archive, String host, int port) {
            return new Config(archive, host, port, Clock.systemDefaultZone(), List::of, Map::of, null);
        }

        /** This configuration with /metrics and /healthz extended by the running service. */
        public Config withStatus(Supplier<List<Metrics.Sample>> metrics, Supplier<Map<String, Object>> health) {
            return new Config(archive, host, port, clock, metrics, health, watches, access, accounts,
                    fetcher, sourcesChanged);
        }

        /** This configuration serving the feeds of these watches. */
        public Config withWatches(Watches w) {
            return new Config(archive, host, port, clock, extraMetrics, extraHealth, w, access, accounts,
                    fetcher, sourcesChanged);
        }

        /** This configuration with these access rules. */
        public Config withAccess(Access.Options a) {
            return new Config(archive, host, port, clock, extraMetrics, extraHealth, watches, a, accounts,
                    fetcher, sourcesChanged);
        }

        /** This configuration with these accounts (e.g. other session lifetimes). */
        public Config withAccounts(Accounts a) {
            return new Config(archive, host, port, clock, extraMetrics, extraHealth, watches, access, a,
                    fetcher, sourcesChanged);
        }

        /** This configuration discovering feeds with {@code f} and telling {@code changed} of source edits. */
        public Config withSources(Fetcher f, Runnable changed) {
            return new Config(archive, host, port, clock, extraMetrics, extraHealth, watches, access, accounts, f,
                    changed);
        }

        /** This configuration on another port. */
        public Config withPort(int p) {
            return new Config(archive, host, p, clock, extraMetrics, extraHealth, watches, access, accounts,
                    fetcher, sourcesChanged);
        }
    }

    private WebServer(Javalin app, String host) {
        this.app = app;
        this.host = host;
    }

    /**
     * Starts serving and returns once the port is bound.
     *
     * @throws IllegalStateException when the port cannot be bound (in use, no permission)
     */
    public static WebServer start(Config config) {
        Metrics metrics = new Metrics();
        Archive archive = config.archive();
        Accounts accounts = config.accounts() != null ? config.accounts()
                : Accounts.open(archive.store().database());
        // Every route that changes something asks access for its role (see Access); the guard runs first.
        Access access = new Access(accounts, config.access());
        Views views = new Views(access::viewer);
        LoginThrottle throttle = LoginThrottle.defaults(Clock.systemUTC());
        SignIn signIn = new SignIn(access, views, throttle);
        AccountPages accountPages = new AccountPages(access, views, throttle);
        SourceRegistry registry = new SourceRegistry(archive.store().database());
        // Pages show times relative to now at minute resolution, so the minute is all a validator needs of the clock.
        Clock minutes = Clock.tick(config.clock(), java.time.Duration.ofMinutes(1));
        Pages pages = new Pages(archive, views, minutes, name -> registry.get(name).isPresent());
        Validator searches = new Validator(archive::searchStamp, ctx -> String.valueOf(access.viewer(ctx)), minutes);
        Api api = new Api(archive);
        Feeds feeds = new Feeds(archive, config.clock(), config.watches(),
                new SiteOrigin(config.access().baseUrl(), config.access().trustProxy()));
        Exports exports = new Exports(archive);
        FollowedSources followed = new FollowedSources(registry, views, config.clock());
        SourceEdits edits = new SourceEdits(registry, access, config.clock(), config.fetcher() != null
                ? config.fetcher() : Fetcher.create(FetchLimits.defaults()), config.sourcesChanged());
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = 64 * 1024;
            // The one upload (an OPML list of sources on /sources) is bounded as the command line bounds the file.
            c.jetty.multipartConfig.maxFileSize(SourcesImport.MAX_BYTES, SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(SourcesImport.MAX_BYTES + 64 * 1024, SizeUnit.BYTES);
            // Room for a long Arabic query (each letter is 6 bytes percent-encoded) to reach Params and get the
            // Arabic 400 page rather than Jetty's bare 431.
            c.jetty.modifyHttpConfiguration(h -> h.setRequestHeaderSize(64 * 1024));
            // Requests Jetty refuses before routing (bad URI encoding, %00, overlong URI) get Marsad's error page.
            JettyErrors jettyErrors = new JettyErrors(pages);
            c.jetty.modifyServer(server -> {
                server.setErrorHandler(jettyErrors);
                UnparsedTargets.install(server);
            });
            c.jetty.modifyServletContextHandler(context -> context.setErrorHandler(jettyErrors));
            c.requestLogger.http((ctx, ms) -> metrics.record(routeOf(ctx), ctx.method().name(), ctx.statusCode(),
                    (long) (ms * 1_000_000)));
            RoutesConfig r = c.routes;
            r.before(SecurityHeaders::apply);
            r.before(access::guard);

            get(r, "/login", signIn::page);
            post(r, "/login", signIn::submit);
            post(r, "/logout", signIn::signOut);
            get(r, "/logout", accountPages::confirmSignOut);
            get(r, "/account", accountPages::page);
            post(r, "/account/password", accountPages::changePassword);
            post(r, "/account/reset", accountPages::resetPassword);
            post(r, "/account/users", accountPages::addUser);
            post(r, "/account/users/remove", accountPages::removeUser);

            get(r, "/", pages::front);
            ArticleHiding hiding = new ArticleHiding(archive, access, views, pages, config.clock().getZone());
            get(r, "/article/{id}", hiding::article);
            post(r, "/article/{id}/hide", hiding::hide);
            post(r, "/article/{id}/unhide", hiding::unhide);
            get(r, "/hidden", hiding::list);
            ArticleRemoval removal = new ArticleRemoval(archive, access, views);
            get(r, "/article/{id}/delete", removal::confirm);
            post(r, "/article/{id}/delete", removal::delete);
            get(r, "/stories", pages::stories);
            get(r, "/story/{id}", pages::story);
            validated(r, "/search", pages::search, searches, true);
            get(r, "/figures", pages::figures);
            get(r, "/help/search", pages::searchHelp);
            get(r, "/source/{name}", pages::source);
            validated(r, "/tag/{tag}", pages::tag, searches, true);
            EntityPages entityPages = new EntityPages(archive, views, config.clock());
            get(r, "/entity/{id}", entityPages::entity);
            get(r, "/entities", entityPages::list);
            EntityEditing entityEditing = new EntityEditing(archive, access, views);
            post(r, "/entity/{id}/edit", entityEditing::form);
            get(r, "/sources", followed::page);
            SourceForms forms = new SourceForms(registry, edits, followed, access, views, config.clock(),
                    config.sourcesChanged());
            post(r, "/sources/discover", forms::discover);
            post(r, "/sources/add", forms::add);
            post(r, "/sources/import", forms::importOpml);
            post(r, "/sources/poll", forms::pollNow);
            post(r, "/sources/edit", forms::edit);
            post(r, "/sources/pause", forms::pause);
            get(r, "/sources/remove", forms::confirmRemove);
            get(r, "/sources/export.opml", forms::export);
            post(r, "/sources/remove", forms::remove);
            get(r, "/static/marsad.css", ctx -> Static.serve(ctx, "marsad.css", "text/css; charset=utf-8"));
            get(r, "/static/icon.svg", ctx -> Static.serve(ctx, "icon.svg", "image/svg+xml"));

            validated(r, "/api/articles", api::articles, searches, false);
            get(r, "/api/articles/{id}", api::article);
            post(r, "/api/articles/{id}/hide", hiding::apiHide);
            post(r, "/api/articles/{id}/unhide", hiding::apiUnhide);
            get(r, "/api/hidden", hiding::apiList);
            get(r, "/api/stories", api::stories);
            get(r, "/api/stories/{id}", api::story);
            get(r, "/api/stories/{id}/figures", api::storyFigures);
            get(r, "/api/figures", api::figures);
            get(r, "/api/sources", followed::api);
            get(r, "/api/sources/{id}", followed::apiOne);
            post(r, "/api/sources", edits::add);
            patch(r, "/api/sources/{id}", edits::change);
            delete(r, "/api/sources/{id}", edits::remove);
            post(r, "/api/sources/{id}/poll", edits::pollNow);
            get(r, "/api/outlets", api::outlets);
            EntityApi entityApi = new EntityApi(archive);
            get(r, "/api/entities", entityApi::list);
            get(r, "/api/entities/{id}", entityApi::one);
            get(r, "/api/entities/{id}/articles", entityApi::articles);
            post(r, "/api/entities/{id}/merge", entityEditing::merge);
            post(r, "/api/entities/{id}/split", entityEditing::split);
            patch(r, "/api/entities/{id}", entityEditing::change);
            post(r, "/api/entities/{id}/not-entity", entityEditing::reject);
            post(r, "/api/entities/{id}/restore", entityEditing::restore);
            get(r, "/api/stats", api::stats);
            get(r, "/api/openapi.json", api::openapi);
            get(r, "/api", api::index);
            AccountApi accountApi = new AccountApi(access);
            get(r, "/api/me", accountApi::me);
            get(r, "/api/users", accountApi::users);
            WatchApi watchApi = new WatchApi(access, config.watches());
            get(r, "/api/watches", watchApi::list);
            post(r, "/api/watches", watchApi::create);
            get(r, "/api/watches/{id}", watchApi::get);
            patch(r, "/api/watches/{id}", watchApi::update);
            delete(r, "/api/watches/{id}", watchApi::delete);
            get(r, "/api/watches/{id}/deliveries", watchApi::deliveries);
            post(r, "/api/watches/{id}/test", watchApi::test);
            WatchPages watchPages = new WatchPages(access, watchApi, views, config.clock());
            get(r, "/watches", watchPages::page);
            post(r, "/watches", watchPages::create);
            get(r, "/watches/{id}", watchPages::detail);
            post(r, "/watches/{id}", watchPages::update);
            get(r, "/watches/{id}/delete", watchPages::confirmDelete);
            post(r, "/watches/{id}/delete", watchPages::delete);

            get(r, "/feed.atom", feeds::atom);
            get(r, "/feed.rss", feeds::rss);
            get(r, "/sources.opml", feeds::opml);
            get(r, "/export.csv", exports::csv);
            get(r, "/export.jsonl", exports::jsonl);
            get(r, "/watches/{id}/feed.atom", feeds::watch);

            get(r, "/healthz", ctx -> api.health(ctx, config.extraHealth().get()));
            get(r, "/metrics", ctx -> {
                List<Metrics.Sample> samples = new ArrayList<>();
                samples.addAll(api.samples());
                samples.addAll(config.extraMetrics().get());
                ctx.contentType(Metrics.CONTENT_TYPE).result(metrics.scrape(samples));
            });

            r.exception(AccessDenied.class, (e, ctx) -> denied(ctx, e, pages));
            r.exception(BadRequest.class, (e, ctx) -> {
                if (isMachine(ctx)) {
                    Api.error(ctx, 400, e.getMessage());
                } else {
                    pages.error(ctx, 400, "طلب غير صالح", e.arabic());
                }
            });
            r.exception(QuerySyntaxException.class, (e, ctx) -> {
                if (isMachine(ctx)) {
                    Api.error(ctx, 400, e.getMessage());
                } else {
                    // what is wrong when it is known (as the watch form says it), else the general advice
                    String hint = org.marsad.watch.QueryErrors.hint(e);
                    pages.error(ctx, 400, "طلب غير صالح", hint != null ? "تعذر فهم عبارة البحث: " + hint + "."
                            : "تعذر فهم عبارة البحث. تأكد من إغلاق علامات التنصيص والأقواس.");
                }
            });
            r.exception(IndexRebuilding.class, (e, ctx) -> {
                // The rest of the site works meanwhile; a search is worth trying again shortly.
                ctx.header("Retry-After", Long.toString(REBUILD_RETRY_SECONDS));
                if (isMachine(ctx)) {
                    Api.error(ctx, 503, e.getMessage());
                } else {
                    pages.error(ctx, 503, RebuildNotice.HEADING, RebuildNotice.refused(e.progress()));
                }
            });
            r.exception(org.marsad.search.IndexUnavailable.class, (e, ctx) -> {
                // The index's nodes are down or unreachable (a SolrCloud being restarted): nothing is wrong here and
                // nothing stored is lost, so one line in the log, not a stack trace per request, and a notice.
                LOG.warn("request {}: search index unavailable: {}", ctx.path(), e.getMessage());
                ctx.header("Retry-After", Long.toString(REBUILD_RETRY_SECONDS));
                if (isMachine(ctx)) {
                    Api.error(ctx, 503, "the search index cannot be reached for now: try again in a moment");
                } else {
                    pages.error(ctx, 503, RebuildNotice.HEADING, RebuildNotice.UNREACHABLE);
                }
            });
            r.exception(NotFound.class, (e, ctx) -> {
                ctx.attribute(NOT_FOUND, e.getMessage());
                ctx.status(404);
            });
            r.exception(Exception.class, (e, ctx) -> {
                if (badMessage(e)) {
                    // A multipart body Jetty could not take (over the upload bound, or cut off): the client's
                    // request, not a fault here. The OPML upload says it on its own page.
                    if (ctx.path().equals("/sources/import")) {
                        forms.uploadUnreadable(ctx);
                    } else if (isMachine(ctx)) {
                        Api.error(ctx, 400, "bad request body");
                    } else {
                        pages.error(ctx, 400, "طلب غير صالح", "تعذّر قراءة ما أُرسل.");
                    }
                    return;
                }
                LOG.error("request {} failed", ctx.path(), e);
                if (isMachine(ctx)) {
                    Api.error(ctx, 500, "internal error");
                } else {
                    pages.error(ctx, 500, "خطأ في الخادم", "حدث خطأ غير متوقع. حاول مرة أخرى بعد قليل.");
                }
            });
            r.error(404, ctx -> {
                String message = ctx.attribute(NOT_FOUND);
                if (isMachine(ctx)) {
                    Api.error(ctx, 404, message == null ? "not found" : message);
                } else {
                    pages.error(ctx, 404, "الصفحة غير موجودة", message == null || !hasArabic(message)
                            ? "لم نجد ما تبحث عنه على هذا العنوان." : message);
                }
            });
            r.error(405, ctx -> {
                if (isMachine(ctx)) {
                    Api.error(ctx, 405, "method not allowed");
                } else {
                    pages.error(ctx, 405, "طريقة غير مسموحة", "هذا العنوان يقبل القراءة فقط.");
                }
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + rootMessage(e), e);
        }
        return new WebServer(app, config.host());
    }

    /**
     * Routes are registered through here so every request knows its route pattern (the metrics label). Each also
     * answers HEAD with the GET's status and headers (Jetty sends no body for HEAD), as RFC 9110 asks and link
     * checkers and feed readers expect. A page or API answer gets an ETag and a cache policy, and a 304 when the
     * client has it already ({@link Conditional#revalidate}).
     */
    private static void get(RoutesConfig r, String path, Handler h) {
        Handler routed = ctx -> {
            ctx.attribute(ROUTE, path);
            h.handle(ctx);
            Conditional.revalidate(ctx);
        };
        r.get(path, routed);
        r.head(path, routed);
    }

    /**
     * A GET route that reads only the archive's searches, the viewer and the clock ({@link Archive#searchStamp}):
     * its ETag is computed before it runs, and a client holding it gets a 304 without searching or rendering.
     */
    static void validated(RoutesConfig r, String path, Handler h, Validator v, boolean readsClock) {
        Handler routed = ctx -> {
            ctx.attribute(ROUTE, path);
            if (v.answer(ctx, readsClock)) {
                return;
            }
            try {
                h.handle(ctx);
            } catch (Exception e) {
                Validator.withdraw(ctx); // an error page carries no validator
                throw e;
            }
            Conditional.revalidate(ctx);
        };
        r.get(path, routed);
        r.head(path, routed);
    }

    /** Routes that change something (see {@link Access}: the guard has checked sign-in and CSRF before them). */
    private static void post(RoutesConfig r, String path, Handler h) {
        r.post(path, ctx -> {
            ctx.attribute(ROUTE, path);
            h.handle(ctx);
        });
    }

    private static void patch(RoutesConfig r, String path, Handler h) {
        r.patch(path, ctx -> {
            ctx.attribute(ROUTE, path);
            h.handle(ctx);
        });
    }

    private static void delete(RoutesConfig r, String path, Handler h) {
        r.delete(path, ctx -> {
            ctx.attribute(ROUTE, path);
            h.handle(ctx);
        });
    }

    /**
     * A refusal: JSON for machines (with {@code WWW-Authenticate} on 401); for people, the sign-in page when a page
     * they asked to read needs it, else an Arabic error page.
     */
    private static void denied(Context ctx, AccessDenied e, Pages pages) {
        if (isMachine(ctx)) {
            if (e.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"marsad\"");
            }
            Api.error(ctx, e.status(), e.getMessage());
            return;
        }
        String method = ctx.method().name();
        if (e.status() == 401 && (method.equals("GET") || method.equals("HEAD"))) {
            String target = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            ctx.redirect("/login?next=" + URLEncoder.encode(SignIn.safeNext(target), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return;
        }
        String heading = switch (e.status()) {
            case 401 -> "تسجيل الدخول مطلوب";
            case 429 -> "محاولات كثيرة";
            default -> "غير مسموح";
        };
        pages.error(ctx, e.status(), heading, e.arabic());
    }

    private static String routeOf(Context ctx) {
        String route = ctx.attribute(ROUTE);
        return route == null ? "unmatched" : route;
    }

    /** API, feeds and metrics answer machines: errors in JSON, not as Arabic HTML pages. */
    private static boolean isMachine(Context ctx) {
        return isMachinePath(ctx.path());
    }

    static boolean isMachinePath(String p) {
        // A watch's feed (/watches/ID/feed.atom) is not among them: its address is pasted by people, who open it in a
        // browser when a reader says it fails; a wrong token there is the Arabic 404 page (review27), and a feed
        // reader, which reads the status alone, is told the same.
        return p.startsWith("/api/") || p.equals("/api") || p.startsWith("/feed.") || p.startsWith("/export.") || p.equals("/sources.opml")
                || p.equals("/metrics") || p.equals("/healthz");
    }

    /** Whether Jetty refused the request's body as malformed or too large (somewhere in the cause chain). */
    private static boolean badMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** The port actually bound (useful when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The site's root URL, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        if (h.equals("0.0.0.0")) {
            h = "127.0.0.1";
        }
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** Blocks until the server stops (Ctrl-C ends the JVM, which stops it). */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
    }

    /**
     * Whether a handler's "not found" message is written for the Arabic page. Handlers shared with the API
     * ("no watch 2") name what is missing in English for API clients; a page shows its own Arabic line instead.
     */
    private static boolean hasArabic(String message) {
        return message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }
}
