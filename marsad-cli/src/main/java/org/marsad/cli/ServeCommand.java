package org.marsad.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.server.MarsadServer;
import org.marsad.server.QuietMerge;
import org.marsad.store.Archive;
import org.marsad.web.Access;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad serve}: the running service over a data directory — it owns the directory, polls the due sources,
 * makes whatever is stored (by it or by other commands) searchable (in parts, as it catches up), and serves the web
 * UI and API.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run Marsad as a service: poll the sources (see 'marsad sources') continuously, enrich and "
                + "index new articles as they arrive, and serve the Arabic web UI, the JSON API (/api/…, described at "
                + "/api/openapi.json), Atom/RSS feeds of any search, /sources.opml, /healthz and /metrics.",
                "While it runs, other commands still work: 'ingest', 'sources add|remove|import' and 'run --once' "
                        + "write to the store and the server makes their articles searchable; 'reindex' is handed "
                        + "to the server. One server per data directory.",
                "Binds 127.0.0.1 unless --host says otherwise. Runs until Ctrl-C or SIGTERM."},
        footer = {"", "Exit status: 0 stopped, 1 the directory is served already or cannot be used, 2 usage error."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DataDir data;

    @Mixin
    PollOptions polling;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: 8080; 0: any free port).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: 127.0.0.1; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--no-poll", description = "Serve without polling the sources (articles stored by other "
            + "commands still become searchable). On a PostgreSQL store with --solr (beside 'marsad worker's) the "
            + "server then enriches nothing: the workers do.")
    boolean noPoll;

    @Option(names = "--private", description = "Everything needs sign-in (else reading is open to all and only "
            + "changes need an account).")
    boolean privateMode;

    @Option(names = "--base-url", paramLabel = "URL", description = "The site's public address when a reverse proxy "
            + "serves it, e.g. https://marsad.example.org/ (https makes the cookies Secure; links in alerts use it).")
    String baseUrl;

    @Option(names = "--trust-proxy", description = "Believe X-Forwarded-For and X-Forwarded-Proto (only behind a "
            + "reverse proxy that sets them).")
    boolean trustProxy;

    @Option(names = "--merge-when-quiet", paramLabel = "MINUTES", defaultValue = "10",
            description = "Once no article was stored for this many minutes, merge the search index into one part in "
                    + "the background when it is in more than " + QuietMerge.MORE_THAN + " (at most every 6 hours; "
                    + "searches and saves go on; default: 10; 0: never).")
    int mergeWhenQuiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw UserException.usage("--port must be between 0 and 65535");
        }
        polling.check();
        if (mergeWhenQuiet < 0) {
            throw UserException.usage("--merge-when-quiet must be 0 (never) or a number of minutes");
        }
        URI base = baseUrl == null ? null : baseUrl(baseUrl);
        PrintWriter err = spec.commandLine().getErr();
        // Beside workers (their store and collection), a server that does not poll only serves: the workers enrich.
        boolean servingOnly = noPoll && data.besideWorkers();
        Service.checkCanListen(host, port);
        Service.Owned owned = Service.own(data, err, !servingOnly);
        String banner;
        try {
            Archive archive = owned.archive();
            int sources = new SourceRegistry(archive.store().database()).list().size();
            banner = "marsad: serving " + archive.store().count() + " articles from " + data.path()
                    + (data.solr().isPresent() ? " (index: " + data.indexPlace() + ")" : "") + "; "
                    + (servingOnly ? "polling disabled (--no-poll); the workers enrich what they collect"
                    : noPoll ? "polling disabled (--no-poll)" : "polling " + sources + " source(s)"
                    + (sources == 0 ? " (add one with 'marsad sources add')" : ""))
                    + (privateMode ? "; private: everything needs sign-in" : "");
            int workers = noPoll || archive.store().database().isSqlite() ? 0
                    : org.marsad.ingest.source.SourceLeases.liveWorkers(archive.store().database(),
                    java.time.Instant.now());
            banner += besideWorkers(workers);
            if (!loopback(host) && !UsersCommand.accounts(archive).hasAdmin()) {
                banner += "\nmarsad: warning: " + host + " is reachable by others, and no admin account exists (add "
                        + "one with 'marsad users add --data " + data.path() + " --name NAME --role admin')";
            }
        } catch (RuntimeException e) {
            owned.close();
            throw e;
        }
        Access.Options access = new Access.Options(privateMode, base, trustProxy);
        MarsadServer.Options options = new MarsadServer.Options(host, port, false, !noPoll, polling.fetcher(),
                polling.limits(), Clock.systemUTC(), c -> c.withAccess(access), null,
                mergeWhenQuiet == 0 ? QuietMerge.OFF : QuietMerge.after(Duration.ofMinutes(mergeWhenQuiet)));
        Service.runUntilStopped(owned, options, banner, base, spec.commandLine().getOut(), err);
        return 0;
    }

    /**
     * The banner's warning for a server that polls while {@code workers} workers collect from its store (empty when
     * none): it then collects and enriches beside them, which the workers share out among themselves already. Before,
     * nothing said so, and the README's first scale-out example had no --no-poll.
     */
    static String besideWorkers(int workers) {
        if (workers == 0) {
            return "";
        }
        return "\nmarsad: warning: " + workers + " worker" + (workers == 1 ? " is" : "s are") + " collecting from this "
                + "store, and this server polls too: give it --no-poll to serve only (the workers collect, enrich "
                + "and index)";
    }

    /** An absolute http(s) URL, ending with a slash (so relative links resolve under it). */
    static URI baseUrl(String text) {
        URI u;
        try {
            u = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw UserException.usage("--base-url is not a URL: " + text);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
            throw UserException.usage("--base-url must be an absolute http(s) URL, e.g. https://marsad.example.org/");
        }
        return u.getPath() == null || !u.getPath().endsWith("/") ? URI.create(u + "/") : u;
    }

    /** Whether only this machine can reach {@code host} (a name that does not resolve counts as reachable). */
    static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
