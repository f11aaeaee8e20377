package org.marsad.ingest.sitemap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marsad.ingest.feed.FeedDates;
import org.marsad.ingest.feed.XmlLimits;

/**
 * Sitemaps (sitemaps.org): {@code <urlset>} with the Google News extension, {@code <sitemapindex>}, gzipped
 * sitemaps and plain-text URL lists.
 *
 * <p>Read with StAX, DTDs and external entities off: a sitemap cannot make Marsad read a file or a URL. Written
 * here rather than with crawler-commons' parser because news dates must keep their offset (see
 * {@link FeedDates}), and the raw text is needed for that. Only {@code http(s)} URLs are kept.
 */
public final class Sitemaps {
    /** A gzipped sitemap may not expand beyond this (the protocol's own limit is 50 MB uncompressed). */
    static final long MAX_EXPANDED = 64L << 20;
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private Sitemaps() {
    }

    /**
     * @param body the document (gzip accepted)
     * @param base the sitemap's URL, for relative locations; may be null
     */
    public static Sitemap parse(byte[] body, URI base) throws SitemapFormatException {
        byte[] b = isGzip(body) ? gunzip(body) : body;
        // A UTF-8 byte-order mark is skipped whole: only its first byte was, so a sitemap starting with one was read
        // as a plain-text list of its XML lines and gave no URL at all, its poll still "ok" (review18's walk).
        int i = startsWithUtf8Bom(b) ? 3 : 0;
        while (i < b.length && (Character.isWhitespace(b[i]) || (b[i] & 0xff) >= 0xef)) {
            i++;
        }
        if (i < b.length && b[i] != '<') {
            return text(new String(b, i, b.length - i, StandardCharsets.UTF_8), base);
        }
        if (isHtmlPage(b, i)) {
            // A site's page given where its sitemap was expected: say so, rather than report its markup errors.
            throw SitemapFormatException.htmlPage(base, false);
        }
        try {
            return xml(b, base);
        } catch (XMLStreamException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage().lines().reduce((x, y) -> y).orElse("");
            throw new SitemapFormatException("malformed sitemap XML: " + msg.strip(), e);
        }
    }

    private static boolean startsWithUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
    }

    // "<!doctype html" or "<html" where the document starts (after a byte-order mark and blanks)
    private static boolean isHtmlPage(byte[] b, int start) {
        String head = new String(b, start, Math.min(b.length - start, 32), StandardCharsets.ISO_8859_1)
                .toLowerCase(java.util.Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static Sitemap xml(byte[] b, URI base) throws XMLStreamException, SitemapFormatException {
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(b));
        try {
            List<SitemapEntry> entries = new ArrayList<>();
            List<Sitemap.Child> children = new ArrayList<>();
            String root = null;
            Fields f = null;
            StringBuilder text = new StringBuilder();
            XmlLimits limits = new XmlLimits();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String refused = limits.open();
                    if (refused != null) {
                        throw new SitemapFormatException(refused, null);
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    limits.close();
                }
                if (ev == XMLStreamConstants.DTD) {
                    throw new SitemapFormatException("sitemap declares a DTD, refused", null);
                }
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String name = r.getLocalName();
                    if (root == null) {
                        root = name;
                        if (!root.equals("urlset") && !root.equals("sitemapindex")) {
                            throw new SitemapFormatException("not a sitemap: root element <" + root + ">", null);
                        }
                    } else if (name.equals("url") || name.equals("sitemap")) {
                        f = new Fields();
                    }
                    text.setLength(0);
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT && f != null) {
                    String v = text.toString().strip();
                    String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                    // Extensions reuse names (image:loc, video:title): only the sitemap's and News' own count.
                    String key = ns.equals(NEWS_NS) ? "news:" + r.getLocalName()
                            : ns.isEmpty() || ns.startsWith(SITEMAP_NS) ? r.getLocalName() : "";
                    switch (key) {
                        case "loc" -> f.loc = v;
                        case "lastmod" -> f.lastmod = v;
                        case "news:title" -> f.title = v;
                        case "news:publication_date" -> f.published = v;
                        case "news:language" -> f.language = v;
                        case "url" -> {
                            String url = absolute(base, f.loc);
                            if (url != null) {
                                entries.add(new SitemapEntry(url, FeedDates.toIso(f.lastmod), blank(f.title),
                                        FeedDates.toIso(f.published), blank(f.published), blank(f.language)));
                            }
                            f = null;
                        }
                        case "sitemap" -> {
                            String url = absolute(base, f.loc);
                            if (url != null) {
                                children.add(new Sitemap.Child(url, FeedDates.toIso(f.lastmod)));
                            }
                            f = null;
                        }
                        default -> { }
                    }
                    text.setLength(0);
                }
            }
            if (root == null) {
                throw new SitemapFormatException("empty sitemap", null);
            }
            return root.equals("sitemapindex") ? new Sitemap.Index(children) : new Sitemap.UrlSet(entries);
        } finally {
            r.close();
        }
    }

    private static final class Fields {
        String loc;
        String lastmod;
        String title;
        String published;
        String language;
    }

    private static Sitemap text(String s, URI base) {
        List<SitemapEntry> entries = new ArrayList<>();
        for (String line : s.split("\\R")) {
            String url = absolute(base, line.strip());
            if (url != null) {
                entries.add(new SitemapEntry(url, null, null, null, null, null));
            }
        }
        return new Sitemap.UrlSet(entries);
    }

    private static String absolute(URI base, String loc) {
        if (loc == null || loc.isBlank()) {
            return null;
        }
        try {
            URI u = base == null ? URI.create(loc.strip()) : base.resolve(loc.strip());
            String scheme = u.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && u.getHost() != null
                    ? u.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static boolean isGzip(byte[] b) {
        return b.length > 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] b) throws SitemapFormatException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(b))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > MAX_EXPANDED) {
                    throw new SitemapFormatException("gzipped sitemap expands beyond " + MAX_EXPANDED
                            + " bytes (compression bomb?)", null);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new SitemapFormatException("corrupt gzipped sitemap: " + e.getMessage(), e);
        }
    }
}
