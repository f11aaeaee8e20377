package org.marsad.ingest.source;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.extract.PageFormat;
import org.marsad.ingest.discover.WebPageCheck;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.ingest.fetch.FetchResult;
import org.marsad.ingest.fetch.HostLookups;

/**
 * Importing a list of sources (an OPML file) into the registry, the one procedure behind {@code marsad sources
 * import} and the sources page's upload: the file's bound, its reading, the address check of every entry (each host
 * looked up once), and the registry's "add what is absent". What it did is told back entry by entry
 * ({@link Outcome}), so each caller can say it in its own words.
 */
public final class SourcesImport {
    /** The largest list of sources read, in bytes: far more than any feed reader's export. */
    public static final long MAX_BYTES = 16L << 20;

    private SourcesImport() {
    }

    /** An entry not imported: its source, the URL refused, and why (one English line from the address guard). */
    public record Refusal(Source source, URI url, String reason) {
        /** "URL: why", as the command line says it. */
        public String line() {
            return url + ": " + reason;
        }
    }

    /**
     * What an import did: the sources added, those whose name was already followed (left as they were), and those
     * refused, each in the file's order.
     */
    public record Outcome(List<Source> added, List<Source> present, List<Refusal> refused) {
    }

    /**
     * The sources an OPML document lists. A document over {@link #MAX_BYTES}, blank, a web page, not OPML, malformed,
     * or listing no feed or sitemap at all is refused with one line: importing nothing from it is never what was
     * meant.
     */
    public static List<Source> read(byte[] opml) throws Opml.OpmlException {
        if (opml.length > MAX_BYTES) {
            throw new Opml.OpmlException("too large for a list of sources (more than " + (MAX_BYTES >> 20)
                    + " MB)", null);
        }
        if (isWebPage(opml)) {
            throw new Opml.OpmlException(webPage(opml), null);
        }
        List<Source> sources = Opml.read(opml);
        if (sources.isEmpty()) {
            throw new Opml.OpmlException("the OPML document lists no feed (no outline with an xmlUrl)", null);
        }
        return sources;
    }

    /** Whether the document starts as an HTML page does (a doctype, {@code <html>}, {@code <head>} or {@code <body>}). */
    private static boolean isWebPage(byte[] document) {
        String head = new String(document, 0, Math.min(document.length, 4096), StandardCharsets.UTF_8);
        return PageFormat.sniff(null, head) == PageFormat.HTML;
    }

    /**
     * The refusal of a web page given as a list of sources, said as {@code sources add} says it of a page given as a
     * feed, with the feeds the page names when it names some (read as its parser reported "OPML declares a DTD" or a
     * markup error, which told nothing of what the file was).
     */
    private static String webPage(byte[] page) {
        List<URI> feeds = WebPageCheck.namedFeeds(page, null, null);
        return "an HTML page, not an OPML list of sources: a feed reader exports its list as OPML, and 'marsad "
                + "sources discover URL' lists the feeds a site links to" + (feeds.isEmpty() ? ""
                : "; the page names " + (feeds.size() == 1 ? "a feed: " : "feeds: ")
                + String.join(", ", feeds.stream().map(URI::toString).toList())
                + " (follow one with 'marsad sources add --name NAME --feed URL')");
    }

    /**
     * Adds the sources not yet followed (by name), after refusing those reaching a private, loopback or
     * link-local address unless {@code allowPrivate} (one followed already is said to be there, unchecked); with it every entry is added as allowed to. {@code check}
     * false skips the address check (Marsad's own shipped list names public outlets only).
     */
    public static Outcome run(List<Source> sources, boolean allowPrivate, boolean check,
                              AddressGuard.Resolver resolver, SourceRegistry registry, Instant now) {
        // A source followed already is said to be so, whatever its address: importing one's own export of intranet
        // feeds listed every one as refused for its private address, though each was followed (with permission).
        Set<String> followed = new HashSet<>();
        registry.list().forEach(s -> followed.add(s.name()));
        List<Source> unknown = sources.stream().filter(s -> !followed.contains(s.name())).toList();
        Map<Source, Refusal> refused = check && !allowPrivate ? privateAddresses(unknown, resolver) : Map.of();
        List<Source> importable = new ArrayList<>();
        for (Source s : sources) {
            if (!refused.containsKey(s)) {
                importable.add(allowPrivate ? s.withAllowPrivate(true) : s);
            }
        }
        Set<String> added = new HashSet<>(registry.addAbsent(importable, now));
        List<Source> addedSources = new ArrayList<>();
        List<Source> present = new ArrayList<>();
        for (Source s : importable) {
            (added.contains(s.name()) ? addedSources : present).add(s);
        }
        return new Outcome(List.copyOf(addedSources), List.copyOf(present), List.copyOf(refused.values()));
    }

    /**
     * The sources of a list that reach a non-public address, each with its refusal, in the list's order. Each host
     * is looked up once, up to 8 at a time, before the sources are checked: a large OPML file names a few outlets'
     * hosts many times, and one lookup per entry made its import wait for each in turn.
     */
    public static Map<Source, Refusal> privateAddresses(List<Source> sources, AddressGuard.Resolver resolver) {
        HostLookups lookups = new HostLookups(resolver);
        List<URI> all = new ArrayList<>();
        for (Source s : sources) {
            if (!s.allowPrivate()) {
                all.addAll(urls(s));
            }
        }
        lookups.prefetch(all, 8);
        AddressGuard guard = new AddressGuard(lookups);
        Map<Source, Refusal> refused = new LinkedHashMap<>();
        for (Source s : sources) {
            Refusal why = privateAddress(s, guard);
            if (why != null) {
                refused.put(s, why);
            }
        }
        return refused;
    }

    /**
     * The first of a source's URLs that reaches a non-public address, or null if none does (or the source is
     * allowed to). A host that does not resolve now is let through: the poller's guard checks every fetch.
     */
    public static Refusal privateAddress(Source s, AddressGuard guard) {
        if (s.allowPrivate()) {
            return null;
        }
        for (URI u : urls(s)) {
            FetchResult.Refused r;
            try {
                r = guard.check(u, false);
            } catch (UnknownHostException e) {
                continue;
            }
            if (r != null && r.reason() == FetchResult.Refusal.PRIVATE_ADDRESS) {
                return new Refusal(s, u, r.message());
            }
        }
        return null;
    }

    /** A source's feeds and sitemap, the URLs a poll fetches first. */
    private static List<URI> urls(Source s) {
        List<URI> urls = new ArrayList<>(s.feeds());
        if (s.sitemap() != null) {
            urls.add(s.sitemap());
        }
        return urls;
    }
}
