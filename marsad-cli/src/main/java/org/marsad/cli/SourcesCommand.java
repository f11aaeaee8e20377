package org.marsad.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import org.marsad.ingest.discover.FeedCandidate;
import org.marsad.ingest.discover.FeedDiscovery;
import org.marsad.ingest.discover.WebPageCheck;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.ingest.fetch.FetchLimits;
import org.marsad.ingest.fetch.Fetcher;
import org.marsad.ingest.file.BoundedRead;
import org.marsad.ingest.poll.PollReport;
import org.marsad.ingest.poll.PollRunner;
import org.marsad.ingest.source.DefaultSources;
import org.marsad.ingest.source.Opml;
import org.marsad.ingest.source.PollNotes;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.ingest.source.SourcesImport;
import org.marsad.model.ArticleJson;
import org.marsad.store.Archive;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad sources add|edit|list|poll|remove|pause|resume|import|export|discover}: the outlets polled. */
@Command(name = "sources", mixinStandardHelpOptions = true,
        description = "Manage the news sources (feeds and sitemaps) that 'marsad run' polls.",
        subcommands = {SourcesCommand.Add.class, SourcesCommand.Edit.class, SourcesCommand.ListSources.class,
                SourcesCommand.Poll.class, SourcesCommand.Remove.class, SourcesCommand.Pause.class, SourcesCommand.Resume.class,
                SourcesCommand.Import.class, SourcesCommand.Export.class, SourcesCommand.Discover.class})
final class SourcesCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: add, edit, list, poll, remove, pause, resume, import, export or discover");
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = {"Add a source.",
            "With --homepage and neither --feed nor --sitemap, the site's feeds are discovered and every candidate "
                    + "is printed: a site with one feed (else one sitemap) is followed by it; one with several is "
                    + "refused with the list, to choose with --feed. --name defaults to the site's title, or to the "
                    + "feed's title. An address given alone (URL) is followed as it is when it is a feed or sitemap, "
                    + "else read as the site's home page."},
            footer = {"", "Examples:",
                    "  marsad sources add --data DIR https://example.org/rss.xml",
                    "  marsad sources add --data DIR --name 'المرصد' --feed https://example.org/rss.xml",
                    "  marsad sources add --data DIR --homepage https://example.org/ --category أخبار"})
    static final class Add implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = "--name", description = "Unique name of the outlet (required unless discovered from "
                + "--homepage).")
        String name;
        @Option(names = "--feed", paramLabel = "URL", description = "A feed URL (RSS, Atom, RDF, JSON Feed); repeatable.")
        List<String> feeds = new ArrayList<>();
        @Option(names = "--sitemap", paramLabel = "URL", description = "A news sitemap or sitemap index URL.")
        String sitemap;
        @Option(names = "--homepage", paramLabel = "URL", description = "The outlet's site; alone (no --feed or "
                + "--sitemap), its feeds are discovered.")
        String homepage;
        @Option(names = "--country", paramLabel = "CC", description = "ISO country code (e.g. EG).")
        String country;
        @Option(names = "--language", paramLabel = "LANG", description = "Language of its articles (e.g. ar).")
        String language;
        @Option(names = "--category", paramLabel = "NAME", description = "Its category (e.g. اقتصاد; "
                + "'outer/inner' for a sub-folder): its articles are found by the search filter category:NAME.")
        String category;
        @Option(names = "--interval", paramLabel = "MINUTES", description = "Minutes between polls (default 15).")
        Integer interval;
        @Option(names = "--allow-private", description = "Allow requests to private, loopback and link-local "
                + "addresses (intranet or test sources only).")
        boolean allowPrivate;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "Where the outlet's pages are when they "
                + "write a time without an offset: a region such as Africa/Cairo (knows summer time) or an offset "
                + "such as +03:00. Without it, such a time keeps only its day.")
        String timeZone;
        @Parameters(arity = "0..1", paramLabel = "URL", description = "A feed or sitemap address (followed as it "
                + "is) or the site's home page (its feeds are discovered, as with --homepage).")
        String address;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Source s;
            // whether the first --feed was fetched already (to name the source): not fetched again to check it
            boolean firstFeedRead = false;
            try {
                List<URI> urls = new ArrayList<>();
                for (String f : feeds) {
                    urls.add(Source.url(f, "feed"));
                }
                URI home = homepage == null ? null : Source.url(homepage, "homepage");
                URI map = sitemap == null ? null : Source.url(sitemap, "sitemap");
                URI given = address == null ? null : Source.url(address, "address");
                if (given != null && (home != null || !urls.isEmpty() || map != null)) {
                    throw UserException.usage("give the address once: " + given + " alone, or with --feed, "
                            + "--sitemap or --homepage");
                }
                String named = name;
                if (urls.isEmpty() && map == null) {
                    URI site = home != null ? home : given;
                    if (site == null) {
                        throw UserException.usage("give a feed, sitemap or site address (URL, or --feed, --sitemap "
                                + "or --homepage to discover them)");
                    }
                    FeedDiscovery.Discovery d = discover(site, allowPrivate, spec);
                    FeedCandidate pick = d.onlyChoice().orElseThrow(() -> mustChoose(site, d, name));
                    if (pick.kind().isFeed()) {
                        urls.add(pick.url());
                    } else {
                        map = pick.url();
                    }
                    boolean itself = pick.found() == FeedCandidate.Found.GIVEN;
                    // An address that is a feed names no home page; one that was a page is the site's home page.
                    home = home != null ? home : itself ? null : site;
                    spec.commandLine().getOut().println("following " + pick.url() + (itself
                            ? " (a " + (pick.kind().isFeed() ? "feed" : "sitemap") + ")"
                            : " (the only " + (pick.kind().isFeed() ? "feed" : "sitemap") + " found)"));
                    named = named == null ? d.siteTitle() : named;
                } else if (named == null && !urls.isEmpty()) {
                    // one fetch names the source and checks that the address is no web page
                    WebPageCheck.FeedReading first = new WebPageCheck(Fetcher.create(FetchLimits.defaults()))
                            .readFeed(urls.get(0), allowPrivate);
                    if (first.page() != null) {
                        throw new UserException("source not saved: " + first.page().message());
                    }
                    named = first.title();
                    firstFeedRead = true;
                }
                if (named == null || named.isBlank()) {
                    throw UserException.usage("give the source a --name" + (urls.isEmpty() ? ""
                            : " (its feed's title could not be read now)"));
                }
                s = new Source(named, home, country, language, category, urls, map,
                        interval == null ? null : Duration.ofMinutes(interval), allowPrivate, SourceHealth.NEW,
                        timeZone == null ? null : Source.timeZone(timeZone));
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            }
            refusePrivate(s);
            refuseWebPages(s, feeds.isEmpty() ? List.of() : s.feeds().subList(firstFeedRead ? 1 : 0, s.feeds().size()),
                    sitemap == null ? null : s.sitemap(), "not saved");
            try (Archive archive = data.create()) {
                new SourceRegistry(archive.store().database()).add(s, Instant.now());
            } catch (SourceRegistry.DuplicateSourceException e) {
                throw new UserException(e.getMessage());
            }
            spec.commandLine().getOut().println("added source '" + s.name() + "' (" + s.feeds().size() + " feed(s)"
                    + (s.sitemap() != null ? ", sitemap" : "") + (s.allowPrivate() ? ", private addresses allowed" : "")
                    + (s.timeZone() != null ? ", time zone " + s.timeZone().getId() : "") + ")");
            tellServer(data, spec);
            return 0;
        }
    }

    /**
     * A site offering several feeds (or, without feeds, several sitemaps): which desk to follow is the user's choice,
     * so nothing is saved and the one line says the choices and the option that picks one.
     */
    private static UserException mustChoose(URI home, FeedDiscovery.Discovery d, String name) {
        String option = d.feeds().isEmpty() ? "--sitemap URL" : "--feed URL (repeatable)";
        // Without discovery the site's title is not read, so the command that picks needs a name too.
        String naming = name != null ? "" : d.siteTitle() == null ? " and --name"
                : " and --name '" + d.siteTitle() + "'";
        return new UserException(home + " offers " + d.choicesLine() + "; source not saved: choose with "
                + option + " beside --homepage" + naming);
    }

    /**
     * Discovers a site's feeds for {@code sources add --homepage}, printing every candidate and what was skipped;
     * none found is a one-line failure. The caller follows the only choice or, when there are several, refuses.
     */
    static FeedDiscovery.Discovery discover(URI home, boolean allowPrivate, CommandLine.Model.CommandSpec spec) {
        FeedDiscovery.Discovery d;
        try {
            d = new FeedDiscovery(Fetcher.create(FetchLimits.defaults())).discover(home, allowPrivate);
        } catch (FeedDiscovery.DiscoveryException e) {
            throw new UserException(e.privateAddress()
                    ? home + ": not fetched: " + e.getMessage() + " (use --allow-private to permit it)"
                    : e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String skipped : d.skipped()) {
            err.println("marsad: skipped " + skipped);
        }
        err.flush();
        if (d.candidates().isEmpty()) {
            throw new UserException("no feed or sitemap found at " + home + ": source not saved (give --feed or "
                    + "--sitemap)");
        }
        PrintWriter out = spec.commandLine().getOut();
        for (FeedCandidate c : d.candidates()) {
            out.println("found " + describe(c));
        }
        return d;
    }

    /**
     * Refuses a feed or sitemap address the user gave that is a site's web page (it would fail at every poll), naming
     * the command that lists what the page links to and the feeds the page names. The addresses are fetched once;
     * one that cannot be fetched now is left to the polls ({@link WebPageCheck}), as the API and the web page do.
     * Discovered addresses were read as feeds already. {@code outcome}: "not saved" (add) or "not changed" (edit).
     */
    static void refuseWebPages(Source s, List<URI> givenFeeds, URI givenSitemap, String outcome) {
        WebPageCheck check = new WebPageCheck(Fetcher.create(FetchLimits.defaults()));
        for (URI feed : givenFeeds) {
            WebPageCheck.WebPage page = check.feed(feed, s.allowPrivate());
            if (page != null) {
                throw new UserException("source '" + s.name() + "' " + outcome + ": " + page.message());
            }
        }
        WebPageCheck.WebPage page = givenSitemap == null ? null : check.sitemap(givenSitemap, s.allowPrivate());
        if (page != null) {
            throw new UserException("source '" + s.name() + "' " + outcome + ": " + page.message());
        }
    }

    /**
     * Refuses, at once, a source whose URLs point at loopback or private addresses without {@code --allow-private}
     * (it would only fail at every poll). A host that does not resolve now is left to the poll to report.
     */
    static void refusePrivate(Source s) {
        SourcesImport.Refusal why = SourcesImport.privateAddress(s, new AddressGuard(AddressGuard.SYSTEM));
        if (why != null) {
            throw new UserException("source '" + s.name() + "' not saved: " + why.line()
                    + " (add --allow-private if this intranet or test source is meant)");
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = {"Change a source's settings; options not given keep their value.",
                    "--feed replaces the feeds (repeatable); --no-sitemap, --no-homepage remove those."})
    static final class Edit implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "NAME", description = "The source to change.")
        String name;
        @Option(names = "--feed", paramLabel = "URL", description = "Feed URLs replacing the current ones; repeatable.")
        List<String> feeds;
        @Option(names = "--sitemap", paramLabel = "URL", description = "A news sitemap or sitemap index URL.")
        String sitemap;
        @Option(names = "--no-sitemap", description = "Remove the sitemap.")
        boolean noSitemap;
        @Option(names = "--homepage", paramLabel = "URL", description = "The outlet's site.")
        String homepage;
        @Option(names = "--no-homepage", description = "Remove the homepage.")
        boolean noHomepage;
        @Option(names = "--country", paramLabel = "CC", description = "ISO country code (e.g. EG).")
        String country;
        @Option(names = "--language", paramLabel = "LANG", description = "Language of its articles (e.g. ar).")
        String language;
        @Option(names = "--interval", paramLabel = "MINUTES", description = "Minutes between polls.")
        Integer interval;
        @Option(names = "--category", paramLabel = "NAME", description = "Its category (articles stored from now on "
                + "carry it); an empty value removes it.")
        String category;
        @Option(names = "--time-zone", paramLabel = "ZONE", description = "Where the outlet's pages are when they "
                + "give a time without an offset (e.g. Asia/Riyadh); an empty value removes it.")
        String timeZone;
        @Option(names = "--allow-private", arity = "0..1", paramLabel = "true|false", fallbackValue = "true",
                description = "Allow (or with =false, stop allowing) private, loopback and link-local addresses.")
        Boolean allowPrivate;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            if ((sitemap != null && noSitemap) || (homepage != null && noHomepage)) {
                throw UserException.usage("give either a URL or --no-… for the same field, not both");
            }
            try (Archive archive = data.existing()) {
                SourceRegistry registry = new SourceRegistry(archive.store().database());
                Source old = registry.get(name).orElseThrow(() -> new UserException("no source named '" + name
                        + "' (see 'marsad sources list')"));
                Source s;
                try {
                    List<URI> urls = old.feeds();
                    if (feeds != null) {
                        urls = new ArrayList<>();
                        for (String f : feeds) {
                            urls.add(Source.url(f, "feed"));
                        }
                    }
                    URI map = noSitemap ? null : sitemap != null ? Source.url(sitemap, "sitemap") : old.sitemap();
                    URI home = noHomepage ? null : homepage != null ? Source.url(homepage, "homepage")
                            : old.homepage();
                    s = new Source(old.name(), home, country != null ? country : old.country(),
                            language != null ? language : old.language(),
                            category != null ? category : old.category(), urls, map,
                            interval != null ? Duration.ofMinutes(interval) : old.pollInterval(),
                            allowPrivate != null ? allowPrivate : old.allowPrivate(), old.health(),
                            timeZone == null ? old.timeZone() : timeZone.isBlank() ? null : Source.timeZone(timeZone),
                            old.paused());
                } catch (IllegalArgumentException e) {
                    throw UserException.usage(e.getMessage());
                }
                refusePrivate(s);
                // Only the addresses this edit brings in are read: a feed followed already is the polls' to judge.
                refuseWebPages(s, s.feeds().stream().filter(f -> !old.feeds().contains(f)).toList(),
                        s.sitemap() == null || s.sitemap().equals(old.sitemap()) ? null : s.sitemap(), "not changed");
                registry.update(s, Instant.now());
                PrintWriter out = spec.commandLine().getOut();
                out.println("changed source '" + s.name() + "': " + describe(s));
                out.flush();
            }
            tellServer(data, spec);
            return 0;
        }

        private static String describe(Source s) {
            StringBuilder sb = new StringBuilder();
            sb.append(s.feeds().size()).append(" feed(s)");
            if (s.sitemap() != null) {
                sb.append(", sitemap ").append(s.sitemap());
            }
            if (s.homepage() != null) {
                sb.append(", homepage ").append(s.homepage());
            }
            sb.append(", every ").append(s.pollInterval().toMinutes()).append(" min");
            if (s.language() != null) {
                sb.append(", language ").append(s.language());
            }
            if (s.category() != null) {
                sb.append(", category ").append(s.category());
            }
            if (s.country() != null) {
                sb.append(", country ").append(s.country());
            }
            if (s.timeZone() != null) {
                sb.append(", time zone ").append(s.timeZone().getId());
            }
            if (s.allowPrivate()) {
                sb.append(", private addresses allowed");
            }
            return sb.toString();
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the sources and their health.")
    static final class ListSources extends Listing<Source> {
        ListSources() {
            super("no sources (add one with 'marsad sources add' or 'marsad sources import --defaults')");
        }

        @Override
        List<Source> items() {
            return registered(data, spec.commandLine().getErr());
        }

        @Override
        void addJson(ArrayNode array, Source s) {
            array.add(toJson(s));
        }

        @Override
        void print(PrintWriter out, Source s) {
            SourceHealth h = s.health();
            PollNotes n = h.notes();
            out.printf("%s%s%n  feeds: %s%s%s%n  health: %s, last success %s, next poll %s%s%s%n", s.name(),
                    s.category() == null ? "" : "  [" + s.category() + "]",
                    s.feeds().isEmpty() ? "-" : String.join(" ", s.feeds().stream().map(URI::toString).toList()),
                    s.sitemap() == null ? "" : "\n  sitemap: " + s.sitemap(),
                    s.timeZone() == null ? "" : "\n  time zone: " + s.timeZone().getId(),
                    (s.paused() ? "paused; " : "")
                            + (h.consecutiveFailures() == 0 ? (h.lastSuccess() == null ? "never polled"
                            : n.isEmpty() ? "ok" : "ok, with warnings")
                            : "failing (" + h.consecutiveFailures() + " in a row)"),
                    h.lastSuccess() == null ? "never" : LocalTimes.format(h.lastSuccess()),
                    h.nextPoll() == null ? "now" : LocalTimes.format(h.nextPoll()),
                    h.lastError() == null ? "" : "\n  last error: " + h.lastError(), warnings(n));
        }

        /**
         * What the last successful poll worked around, one line each: the outlet's feed needed a repair (tell the
         * outlet), items stored nothing. Empty when it needed nothing.
         */
        static String warnings(PollNotes n) {
            StringBuilder sb = new StringBuilder();
            if (n.droppedCharacters() > 0) {
                sb.append("\n  warning: the last successful poll read a feed only after dropping ")
                        .append(n.droppedCharacters()).append(n.droppedCharacters() == 1 ? " character" : " characters")
                        .append(" XML forbids (tell the outlet): ").append(n.repair());
            }
            if (n.itemsNotStored() > 0) {
                sb.append("\n  warning: ").append(n.itemsNotStored())
                        .append(n.itemsNotStored() == 1 ? " listed item has" : " listed items have")
                        .append(" stored nothing (no article on the page, no text in the feed); the latest:");
                for (String line : n.notStored() == null ? new String[0] : n.notStored().split("\n")) {
                    sb.append("\n    ").append(line);
                }
            }
            return sb.toString();
        }

        static ObjectNode toJson(Source s) {
            ObjectNode o = ArticleJson.mapper().createObjectNode();
            o.put("name", s.name());
            o.put("homepage", s.homepage() == null ? null : s.homepage().toString());
            o.put("country", s.country());
            o.put("language", s.language());
            o.put("category", s.category());
            o.put("time_zone", s.timeZone() == null ? null : s.timeZone().getId());
            ArrayNode feeds = o.putArray("feeds");
            s.feeds().forEach(f -> feeds.add(f.toString()));
            o.put("sitemap", s.sitemap() == null ? null : s.sitemap().toString());
            o.put("poll_interval_minutes", s.pollInterval().toMinutes());
            o.put("allow_private", s.allowPrivate());
            o.put("paused", s.paused());
            ObjectNode h = o.putObject("health");
            h.put("last_success", s.health().lastSuccess() == null ? null : s.health().lastSuccess().toString());
            h.put("last_error", s.health().lastError());
            h.put("next_poll", s.health().nextPoll() == null ? null : s.health().nextPoll().toString());
            h.put("consecutive_failures", s.health().consecutiveFailures());
            PollNotes n = s.health().notes();
            h.put("dropped_characters", n.droppedCharacters());
            h.put("repair", n.repair());
            h.put("items_not_stored", n.itemsNotStored());
            h.put("not_stored", n.notStored());
            return o;
        }
    }

    @Command(name = "poll", mixinStandardHelpOptions = true,
            description = {"Poll one source now, due or not, and store its new articles (the web page's 'poll now').",
                    "Its health and next poll are recorded as for any poll; the other sources are left alone."},
            footer = {"", "Example:", "  marsad sources poll --data DIR 'المرصد'",
                    "", "Exit status: 0 the source was read; 1 it failed (see the line printed and 'marsad sources "
                    + "list'), there is no source by that name, or it is paused; 2 usage error."})
    static final class Poll implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @CommandLine.Mixin
        PollOptions polling;
        @Parameters(paramLabel = "NAME", description = "The source's name.")
        String name;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            polling.check();
            PollReport report;
            try (Archive archive = data.existing()) {
                Source s = new SourceRegistry(archive.store().database()).get(name)
                        .orElseThrow(() -> new UserException("no source named '" + name + "'"));
                if (s.paused()) {
                    throw new UserException("source '" + name + "' is paused; 'marsad sources resume " + name
                            + "' first");
                }
                PrintWriter err = spec.commandLine().getErr();
                report = new PollRunner(archive, polling.fetcher(), Clock.systemUTC(), polling.limits(),
                        LocalTimes.stamping(line -> {
                            synchronized (err) {
                                err.println(line);
                                err.flush();
                            }
                        })).pollOne(s);
                spec.commandLine().getOut().println(report.summary());
                spec.commandLine().getOut().flush();
                if (!archive.owner() && report.stored() > 0) {
                    err.println("marsad: " + Writers.storedOnly(data, report.stored()));
                }
            }
            return report.success() ? 0 : Errors.FAILURE;
        }
    }

    /**
     * A change to the one source the command line names: applied to the registry, said, and whether a running
     * server picks it up is told.
     */
    abstract static class SourceChange implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Parameters(paramLabel = "NAME", description = "The source's name.")
        String name;
        @Spec
        CommandLine.Model.CommandSpec spec;

        private final String done;
        private final BiPredicate<SourceRegistry, String> change;

        /**
         * @param done   the change as done, in the line printed ("removed")
         * @param change applies the change to the named source; false when the registry has none of that name
         */
        SourceChange(String done, BiPredicate<SourceRegistry, String> change) {
            this.done = done;
            this.change = change;
        }

        @Override
        public Integer call() {
            try (Archive archive = data.create()) {
                if (!change.test(new SourceRegistry(archive.store().database()), name)) {
                    throw new UserException("no source named '" + name + "'");
                }
            }
            spec.commandLine().getOut().println(done + " source '" + name + "'");
            tellServer(data, spec);
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a source (its articles stay).")
    static final class Remove extends SourceChange {
        Remove() {
            super("removed", SourceRegistry::remove);
        }
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Stop polling a source for now; its settings, health and articles stay.")
    static final class Pause extends SourceChange {
        Pause() {
            super("paused", (registry, name) -> registry.setPaused(name, true));
        }
    }

    @Command(name = "resume", mixinStandardHelpOptions = true, description = "Poll a paused source again.")
    static final class Resume extends SourceChange {
        Resume() {
            super("resumed", (registry, name) -> registry.setPaused(name, false));
        }
    }

    /** Says on standard error whether a running server picks up the changed sources, when there is one. */
    private static void tellServer(DataDir data, CommandLine.Model.CommandSpec spec) {
        Writers.sourcesChanged(data).ifPresent(line -> spec.commandLine().getErr().println("marsad: " + line));
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add the sources of an OPML file, or Marsad's default list of Arabic outlets.",
                    "Sources whose name exists already are left as they are.",
                    "The default list was NOT checked from the machine it was written on (no internet): "
                            + "'marsad sources list' shows which feeds work after a run."})
    static final class Import implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;
        @Spec
        CommandLine.Model.CommandSpec spec;

        static final class What {
            @Parameters(paramLabel = "FILE.opml", description = "An OPML file (as feed readers export).")
            Path file;
            @Option(names = "--defaults", description = "Import the shipped list of major Arabic outlets' feeds.")
            boolean defaults;
        }

        @Option(names = "--allow-private", description = "Let the file's sources reach private, loopback and "
                + "link-local addresses (intranet or test sources only). Without it such a source is skipped and "
                + "named, as 'sources add' refuses it: it would only fail at every poll.")
        boolean allowPrivate;

        @Override
        public Integer call() {
            List<Source> sources;
            String from;
            if (what.defaults) {
                sources = DefaultSources.list();
                from = "the default list (unchecked feeds)";
            } else {
                from = what.file.toString();
                try {
                    sources = SourcesImport.read(BoundedRead.file(what.file, SourcesImport.MAX_BYTES,
                            "a list of sources"));
                } catch (Opml.OpmlException e) {
                    throw new UserException(what.file + ": " + e.getMessage());
                }
            }
            SourcesImport.Outcome done;
            try (Archive archive = data.create()) {
                // The shipped list names public outlets only; a file's entries are checked as 'add' checks one.
                done = SourcesImport.run(sources, allowPrivate, !what.defaults, AddressGuard.SYSTEM,
                        new SourceRegistry(archive.store().database()), Instant.now());
            }
            for (SourcesImport.Refusal r : done.refused()) {
                spec.commandLine().getErr().println("marsad: source '" + r.source().name() + "' skipped: "
                        + r.line() + " (import with --allow-private if this intranet or test source is meant)");
            }
            spec.commandLine().getErr().flush();
            int skipped = done.refused().size();
            spec.commandLine().getOut().printf("imported %d source(s) from %s (%d already present%s)%n",
                    done.added().size(), from, done.present().size(), skipped == 0 ? "" : ", " + skipped + " skipped");
            if (!done.added().isEmpty()) {
                tellServer(data, spec);
            }
            return skipped == 0 ? 0 : 1;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Print the sources as OPML.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Mixin
        DataDir data;
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
        Path output;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            List<Source> sources = registered(data, spec.commandLine().getErr());
            String opml = Opml.export(sources);
            if (output == null) {
                spec.commandLine().getOut().print(opml);
                spec.commandLine().getOut().flush();
            } else {
                try {
                    Files.writeString(output, opml, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UserException(output + ": cannot write (" + e.getMessage() + ")");
                }
            }
            return 0;
        }
    }

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = {"Find the feeds and sitemaps of a site from its home page address, to add with "
                    + "'sources add --feed/--sitemap'.",
                    "Reads the page's <link rel=\"alternate\"> feeds, else tries the common feed paths (/feed, "
                            + "/rss.xml …), and the sitemaps its robots.txt names; each is fetched and checked."},
            footer = {"", "Exit status: 0 ok (also when nothing was found), 1 the page cannot be read, 2 usage error."})
    static final class Discover implements Callable<Integer> {
        @Parameters(paramLabel = "URL", description = "The site's home page (or a feed or sitemap address).")
        String url;
        @Option(names = "--allow-private", description = "Allow private, loopback and link-local addresses.")
        boolean allowPrivate;
        @Option(names = "--json", description = "Print JSON.")
        boolean json;
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            URI home;
            try {
                home = Source.url(url, "homepage");
            } catch (IllegalArgumentException e) {
                throw UserException.usage(e.getMessage());
            }
            FeedDiscovery.Discovery d;
            try {
                d = new FeedDiscovery(Fetcher.create(FetchLimits.defaults())).discover(home, allowPrivate);
            } catch (FeedDiscovery.DiscoveryException e) {
                // The guard names the address only; the hint is the command line's.
                throw new UserException(e.privateAddress()
                        ? home + ": not fetched: " + e.getMessage() + " (use --allow-private to permit it)"
                        : e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                ObjectNode o = ArticleJson.mapper().createObjectNode();
                o.put("homepage", d.homepage().toString());
                o.put("title", d.siteTitle());
                ArrayNode list = o.putArray("candidates");
                for (FeedCandidate c : d.candidates()) {
                    list.addObject().put("url", c.url().toString())
                            .put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT))
                            .put("title", c.title()).put("entries", c.entries())
                            .put("found", c.found().name().toLowerCase(java.util.Locale.ROOT));
                }
                ArrayNode skipped = o.putArray("skipped");
                d.skipped().forEach(skipped::add);
                out.println(ArticleJson.pretty(o));
            } else if (d.candidates().isEmpty()) {
                out.println("no feed or sitemap found at " + d.homepage());
            } else {
                for (FeedCandidate c : d.candidates()) {
                    out.println(describe(c));
                }
            }
            for (String s : d.skipped()) {
                spec.commandLine().getErr().println("marsad: skipped " + s);
            }
            out.flush();
            return 0;
        }
    }

    /** A candidate as the option that would follow it, e.g. {@code --feed URL  (rss, 4 entries, "title")}. */
    static String describe(FeedCandidate c) {
        return String.format("%s %s  (%s, %d entr%s%s)", c.kind().isFeed() ? "--feed" : "--sitemap", c.url(),
                c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), c.entries(),
                c.entries() == 1 ? "y" : "ies", c.title() == null ? "" : ", \"" + c.title() + "\"");
    }

    /** Every registered source of the data directory, in registry order. */
    private static List<Source> registered(DataDir data, PrintWriter err) {
        try (Archive archive = data.reading(err)) {
            return new SourceRegistry(archive.store().database()).list();
        }
    }
}
