package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.WatchException;
import org.marsad.watch.WatchJson;
import org.marsad.watch.WatchMode;
import org.marsad.watch.Watches;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code marsad watches add|list|remove|test}: saved searches that alert by webhook, e-mail and feed. Watches are
 * matched and delivered by the running server ({@code marsad serve}); these commands only keep the list.
 */
@Command(name = "watches", mixinStandardHelpOptions = true,
        description = "Manage watches: saved searches matched against every new article, alerting by webhook, "
                + "e-mail and feed (the running 'marsad serve' matches and delivers).",
        subcommands = {WatchesCommand.Add.class, WatchesCommand.ListWatches.class, WatchesCommand.Remove.class,
                WatchesCommand.Test.class})
final class WatchesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: add, list, remove or test");
    }

    /** Opens the watches of an archive; these commands make no alerts, so the links' base does not matter. */
    static Watches open(Archive archive) {
        return open(archive, "http://127.0.0.1:8080/");
    }

    /** Opens the watches of an archive, with the mail server from the environment and links under {@code base}. */
    static Watches open(Archive archive, String base) {
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException e) {
            throw UserException.usage("--base-url is not a URL: " + base);
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw UserException.usage("--base-url must be an absolute http(s) URL: " + base);
        }
        try {
            return Watches.open(archive, Watches.Settings.of(uri));
        } catch (IllegalArgumentException e) {
            throw UserException.usage(e.getMessage());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a watch.",
            footer = {"", "Exit status: 0 ok, 1 no data, 2 usage error (a bad query too, as in 'marsad search')."})
    static final class Add implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = "--name", required = true, description = "A label for the watch.")
        String name;
        @Option(names = "--query", required = true, paramLabel = "QUERY",
                description = "What to watch for, in the search query language.")
        String query;
        @Option(names = "--mode", paramLabel = "MODE", defaultValue = "stories",
                description = "every (each matching article), stories (the first article of each story; default), "
                        + "hourly or daily (a digest).")
        String mode;
        @Option(names = "--new-outlets", description = "In story modes, alert again when another outlet joins an "
                + "alerted story.")
        boolean newOutlets;
        @Option(names = "--at", paramLabel = "HH:MM", description = "Local time of the daily digest (default 08:00).")
        String at;
        @Option(names = "--zone", paramLabel = "ZONE",
                description = "Time zone of the digests, e.g. Asia/Riyadh (default: this machine's).")
        String zone;
        @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as signed JSON to this URL.")
        String webhook;
        @Option(names = "--secret", paramLabel = "SECRET",
                description = "The webhook's signing key (default: a random one, printed once).")
        String secret;
        @Option(names = "--allow-private", description = "Allow a webhook on a private or loopback address.")
        boolean allowPrivate;
        @Option(names = "--email", paramLabel = "ADDRESS", description = "Mail each alert (or digest) here.")
        String email;
        @Option(names = {"--owner", "--user"}, paramLabel = "USER",
                description = "The user who owns the watch (without one, only admins see it in the web and API).")
        String owner;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            WatchSpec s;
            try {
                URI hook = webhook == null ? null : new URI(webhook.strip());
                if (secret != null && hook == null) {
                    throw UserException.usage("--secret needs --webhook");
                }
                s = new WatchSpec(name, query, WatchMode.parse(mode), newOutlets,
                        at == null ? null : LocalTime.parse(at), zone == null ? null : ZoneId.of(zone), hook, secret,
                        allowPrivate, email, false);
            } catch (URISyntaxException e) {
                throw UserException.usage("--webhook is not a URL: " + webhook);
            } catch (DateTimeParseException e) {
                throw UserException.usage("--at must be a time such as 08:00, not '" + at + "'");
            } catch (DateTimeException e) {
                throw UserException.usage("--zone is not a time zone: '" + zone + "' (e.g. Asia/Riyadh)");
            } catch (WatchException e) {
                throw refused(e);
            }
            if (!query.isBlank()) {
                try {
                    // Refused before the data directory is opened: a bad query never leaves a new, empty archive.
                    org.marsad.watch.match.WatchMatcher.compile(query);
                } catch (org.marsad.search.QuerySyntaxException e) {
                    throw UserException.usage(e.getMessage());
                }
            }
            try (Archive archive = data.create(); Watches watches = open(archive)) {
                Watch w = watches.create(s, owner);
                PrintWriter out = spec.commandLine().getOut();
                out.println("added watch " + w.id() + " '" + w.name() + "' (" + describe(w) + ")");
                if (w.spec().webhookUrl() != null && secret == null) {
                    out.println("webhook secret: " + w.spec().webhookSecret());
                }
                out.println("feed: " + feedUrl(data, w));
                out.flush();
                return 0;
            } catch (WatchException e) {
                throw refused(e);
            }
        }
    }

    // Every field the watch rules refuse, its query included (as 'marsad search' refuses one), is bad input: 2.
    private static UserException refused(WatchException e) {
        return UserException.usage(e.getMessage());
    }

    /**
     * The watch's feed as a user can paste it into a feed reader: a URL under the address of the server running on
     * the data directory (its public one, {@code --base-url}, when a proxy serves it), read from that server's
     * record. Else the path alone, saying whose address goes before it: the feed is served by a web server, which
     * may run on another directory, host and port (beside workers on a shared store), so no address is guessed.
     */
    static String feedUrl(DataDir data, Watch w) {
        String path = WatchJson.feedPath(w);
        Optional<ServerInfo> server = data.server();
        if (server.isPresent()) {
            String base = server.get().address();
            return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
        }
        return path + "  (a path under the address of the 'marsad serve' or 'marsad run' that serves this store; "
                + "none runs on this data directory now)";
    }

    static String describe(Watch w) {
        StringBuilder b = new StringBuilder(w.mode().key());
        if (w.mode() == WatchMode.DAILY) {
            b.append(" at ").append(w.spec().digestAt()).append(' ').append(w.spec().zone().getId());
        }
        if (w.spec().newOutlets()) {
            b.append(", new outlets");
        }
        if (w.spec().webhookUrl() != null) {
            b.append(", webhook ").append(w.spec().webhookUrl());
        }
        if (w.spec().email() != null) {
            b.append(", e-mail ").append(w.spec().email());
        }
        if (w.spec().paused()) {
            b.append(", paused");
        }
        return b.toString();
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the watches.")
    static final class ListWatches extends Listing<Watch> {
        ListWatches() {
            super("no watches (add one with 'marsad watches add')");
        }

        @Override
        List<Watch> items() {
            try (Archive archive = data.create(); Watches watches = open(archive)) {
                return watches.list();
            }
        }

        @Override
        void addJson(ArrayNode array, Watch w) {
            array.add(WatchJson.watch(w));
        }

        @Override
        void print(PrintWriter out, Watch w) {
            // the owner: an admin listing a team's watches sees whose each is (--json has it as "owner")
            out.printf("%d  %s%n  owner: %s%n  query: %s%n  %s%n  feed: %s%n", w.id(), w.name(),
                    w.owner() == null ? "none (admins only)" : w.owner(), w.query(), describe(w), feedUrl(data, w));
            if (w.webhookPaused() != null) {
                out.println("  webhook " + w.webhookPaused());
            }
            if (w.emailPaused() != null) {
                out.println("  e-mail " + w.emailPaused());
            }
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true,
            description = "Remove a watch with its alerts and deliveries.")
    static final class Remove implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "ID", description = "The watch's number (see 'marsad watches list').")
        long id;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Archive archive = data.create(); Watches watches = open(archive)) {
                if (!watches.remove(id)) {
                    throw new UserException("no watch " + id);
                }
            }
            spec.commandLine().getOut().println("removed watch " + id);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Print what a watch would have alerted on among the articles of the last days.")
    static final class Test implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "ID", description = "The watch's number (see 'marsad watches list').")
        long id;
        @Option(names = "--days", paramLabel = "N", defaultValue = "7", description = "How far back (default 7).")
        int days;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if (days < 1 || days > 366) {
                throw UserException.usage("--days must be between 1 and 366");
            }
            Watches.TestResult r;
            Watch w;
            try (Archive archive = data.existing(); Watches watches = open(archive)) {
                w = watches.get(id).orElseThrow(() -> new UserException("no watch " + id));
                r = watches.test(id, days).orElseThrow();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = ArticleJson.mapper().createObjectNode();
                o.set("watch", WatchJson.watch(w));
                o.put("days", days);
                o.put("matched", r.matched());
                ArrayNode alerts = o.putArray("alerts");
                for (Watches.TestHit h : r.alerts()) {
                    ObjectNode a = alerts.addObject();
                    a.put("reason", h.reason().key());
                    a.set("article", ArticleJson.toNode(h.article()));
                }
                out.println(ArticleJson.pretty(o));
            } else {
                out.printf("watch %d '%s': %d matching article(s) in the last %d day(s), %d alert(s) in mode %s%n",
                        w.id(), w.name(), r.matched(), days, r.alerts().size(), w.mode().key());
                for (Watches.TestHit h : r.alerts()) {
                    Article a = h.article();
                    out.printf("%s  %s  %s  [%s]%n", a.published() == null ? "-" : a.published(),
                            a.source() == null ? "-" : a.source(), a.title(), a.id());
                }
            }
            out.flush();
            return 0;
        }
    }
}
