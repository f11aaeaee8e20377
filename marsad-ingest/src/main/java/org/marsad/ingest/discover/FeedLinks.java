package org.marsad.ingest.discover;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The feeds a page declares with {@code <link rel="alternate" type="…">}: a pure function of the page's text. */
final class FeedLinks {
    /** Link types that name a feed (JSON Feed is served as either JSON type). */
    private static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml",
            "application/rdf+xml", "application/feed+json", "application/json");

    private FeedLinks() {
    }

    /** A declared feed: its absolute URL and the link's title (or null). */
    record Link(URI url, String title) {
    }

    /** The page's title ({@code <title>}), or null. */
    static String title(Document page) {
        String t = page.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** The page parsed; {@code base} null for a page of no known address (its relative links stay unresolved). */
    static Document parse(String html, URI base) {
        return Jsoup.parse(html, base == null ? "" : base.toString());
    }

    /** The feeds the page links, in page order, each once; only http(s) URLs. */
    static List<Link> find(Document page) {
        Set<URI> seen = new LinkedHashSet<>();
        List<Link> out = new ArrayList<>();
        for (Element e : page.select("link[rel][type][href]")) {
            boolean alternate = false;
            for (String rel : e.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
                alternate |= rel.equals("alternate");
            }
            String type = e.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
            if (!alternate || !FEED_TYPES.contains(type)) {
                continue;
            }
            URI u = absolute(e.absUrl("href"));
            if (u != null && seen.add(u)) {
                out.add(new Link(u, e.attr("title")));
            }
        }
        return out;
    }

    private static URI absolute(String href) {
        if (href == null || href.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(href.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
