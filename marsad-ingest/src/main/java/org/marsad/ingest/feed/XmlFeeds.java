package org.marsad.ingest.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.JDOMFactory;
import org.jdom2.Namespace;
import org.jdom2.input.sax.SAXHandler;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

/**
 * RSS 0.9x/2.0, RSS 1.0 (RDF) and Atom through Rome, parsed safely.
 *
 * <p><b>No DTDs, no external entities.</b> The XML is parsed by Rome's own hardened SAX builder with doctypes
 * disallowed (and external entities, parameter entities and external DTD loading off), so a feed declaring
 * {@code <!ENTITY x SYSTEM "file:///etc/passwd">} is rejected before any entity is read. The one tolerated
 * DOCTYPE is a bare reference to an external DTD with no internal subset (old Netscape RSS 0.91 feeds): it
 * declares no entities, so it is removed before parsing instead of failing the feed.
 *
 * <p><b>Dates keep their offset.</b> Rome turns dates into {@link Date} instants, losing the feed's offset, so
 * the raw date text of each entry is read from the same parsed document and converted by {@link FeedDates}.
 */
final class XmlFeeds {
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*>", Pattern.CASE_INSENSITIVE);
    private static final Namespace DC = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
    private static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
    private static final Namespace ATOM03 = Namespace.getNamespace("http://purl.org/atom/ns#");
    private static final Namespace RSS10 = Namespace.getNamespace("http://purl.org/rss/1.0/");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private XmlFeeds() {
    }

    static Feed parse(byte[] body, String contentType, URI base) throws FeedFormatException {
        String xml = decode(body, contentType);
        if (isHtml(xml)) {
            // A site's page given where its feed was expected: say so, rather than report the page's markup errors.
            throw FeedFormatException.htmlPage(base, false);
        }
        String text = withoutBareDoctype(xml);
        String repair = null;
        int dropped = 0;
        Document doc;
        try {
            doc = parseSafely(text);
        } catch (Malformed strict) {
            // One forbidden character (a stray &#x7; in one item) must not lose every item of the feed: the
            // characters XML forbids are dropped and the rest is read, the drop reported. Anything else stays refused.
            ForbiddenCharacters.Dropped forbidden = ForbiddenCharacters.drop(text);
            if (forbidden.dropped() == 0) {
                throw strict.refusal();
            }
            try {
                doc = parseSafely(forbidden.xml());
            } catch (Malformed stillBroken) {
                throw strict.refusal();
            }
            repair = forbidden.describe();
            dropped = forbidden.dropped();
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(doc);
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedFormatException("not a feed Marsad reads: " + firstLine(e.getMessage()), e);
        }
        List<Element> entries = entryElements(doc.getRootElement());
        Map<String, String> rawByLink = new HashMap<>();
        for (Element e : entries) {
            rawByLink.putIfAbsent(entryLink(e), rawDate(e));
        }
        boolean sameOrder = entries.size() == feed.getEntries().size();
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < feed.getEntries().size(); i++) {
            SyndEntry e = feed.getEntries().get(i);
            String link = Links.absolute(base, e.getLink() != null ? e.getLink() : e.getUri());
            String raw = sameOrder ? rawDate(entries.get(i)) : rawByLink.get(e.getLink());
            String iso = FeedDates.toIso(raw);
            if (iso == null) {
                iso = fallback(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
            }
            items.add(new FeedItem(blankToNull(e.getUri()), clean(e.getTitle()), link, iso, blankToNull(raw),
                    e.getDescription() == null ? null : blankToNull(e.getDescription().getValue()),
                    content(e), blankToNull(e.getAuthor()), categories(e)));
        }
        return new Feed(feed.getFeedType(), clean(feed.getTitle()), Links.absolute(base, feed.getLink()),
                blankToNull(feed.getLanguage()), items, repair, dropped);
    }

    /** Charset from BOM, XML prolog and HTTP header, as XML's own rules (RFC 7303) order them. */
    private static String decode(byte[] body, String contentType) throws FeedFormatException {
        try (Reader r = contentType == null
                ? new XmlReader(new ByteArrayInputStream(body), true)
                : new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            StringBuilder sb = new StringBuilder(body.length);
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        } catch (IOException e) {
            throw new FeedFormatException("feed text cannot be decoded: " + firstLine(e.getMessage()), e);
        }
    }

    /** Whether the document is a web page: an HTML doctype, or {@code <html>} as its first element. */
    static boolean isHtml(String xml) {
        int first = firstElement(xml);
        String head = xml.substring(0, Math.min(xml.length(), first + 5)).toLowerCase(java.util.Locale.ROOT);
        return head.contains("<!doctype html") || head.startsWith("<html", first);
    }

    static String withoutBareDoctype(String xml) {
        Matcher m = DOCTYPE.matcher(xml);
        if (m.find() && m.start() < firstElement(xml)) {
            return xml.substring(0, m.start()) + xml.substring(m.end());
        }
        return xml;
    }

    private static int firstElement(String xml) {
        for (int i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
            if (i + 1 < xml.length() && Character.isLetter(xml.charAt(i + 1))) {
                return i;
            }
        }
        return xml.length();
    }

    /** @throws Malformed when the text is not well-formed XML, the one refusal a lenient reading may overcome */
    private static Document parseSafely(String xml) throws FeedFormatException, Malformed {
        SAXBuilder builder = new Hardened().builder();
        try {
            return builder.build(new StringReader(xml));
        } catch (JDOMException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof LimitExceeded limit) {
                    throw new FeedFormatException(limit.getMessage(), e);
                }
            }
            String msg = firstLine(e.getMessage());
            if (msg.contains("DOCTYPE")) {
                throw new FeedFormatException("feed declares a DTD, refused (DTDs and external entities are disabled)", e);
            }
            throw new Malformed(new FeedFormatException("malformed XML: " + msg, e));
        } catch (IOException e) {
            throw new FeedFormatException("unreadable XML: " + firstLine(e.getMessage()), e);
        }
    }

    /** Rome's own hardened builder, doctypes disallowed; the features are set again here so the intent is local. */
    private static final class Hardened extends WireFeedInput {
        Hardened() {
            super(false, java.util.Locale.ROOT);
            setAllowDoctypes(false);
        }

        SAXBuilder builder() {
            SAXBuilder b = createSAXBuilder();
            b.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            b.setFeature("http://xml.org/sax/features/external-general-entities", false);
            b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            b.setExpandEntities(false);
            b.setSAXHandlerFactory(Limited::new);
            return b;
        }
    }

    /** The tree builder's handler, refusing a document past {@link XmlLimits} as it is read. */
    private static final class Limited extends SAXHandler {
        private final XmlLimits limits = new XmlLimits();

        Limited(JDOMFactory factory) {
            super(factory);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            String refused = limits.open();
            if (refused != null) {
                throw new SAXException(new LimitExceeded(refused));
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            limits.close();
            super.endElement(uri, localName, qName);
        }
    }

    /** Strict parsing's refusal of text that is not well-formed XML, before any lenient reading is tried. */
    private static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        private final FeedFormatException refusal;

        Malformed(FeedFormatException refusal) {
            super(refusal.getMessage(), refusal, false, false);
            this.refusal = refusal;
        }

        FeedFormatException refusal() {
            return refusal;
        }
    }

    /** Carries a limit's refusal through the parser to {@link #parseSafely}. */
    private static final class LimitExceeded extends Exception {
        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message, null, false, false);
        }
    }

    private static List<Element> entryElements(Element root) {
        String name = root.getName();
        if (name.equals("feed")) {
            List<Element> l = new ArrayList<>(root.getChildren("entry", ATOM));
            l.addAll(root.getChildren("entry", ATOM03));
            return l;
        }
        if (name.equals("RDF")) {
            List<Element> l = new ArrayList<>(root.getChildren("item", RSS10));
            l.addAll(root.getChildren("item", Namespace.getNamespace("http://my.netscape.com/rdf/simple/0.9/")));
            return l;
        }
        Element channel = root.getChild("channel");
        List<Element> l = new ArrayList<>();
        if (channel != null) {
            l.addAll(channel.getChildren("item"));
        }
        l.addAll(root.getChildren("item"));
        return l;
    }

    private static String rawDate(Element entry) {
        for (String[] candidate : new String[][] {{"pubDate", ""}, {"published", "atom"}, {"issued", "atom03"},
                {"date", "dc"}, {"updated", "atom"}, {"modified", "atom03"}}) {
            Namespace ns = switch (candidate[1]) {
                case "atom" -> entry.getNamespace();
                case "atom03" -> ATOM03;
                case "dc" -> DC;
                default -> Namespace.NO_NAMESPACE;
            };
            String v = entry.getChildTextTrim(candidate[0], ns);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static String entryLink(Element entry) {
        String link = entry.getChildTextTrim("link", entry.getNamespace());
        if (link != null && !link.isEmpty()) {
            return link;
        }
        Element l = entry.getChild("link", entry.getNamespace());
        return l == null ? null : l.getAttributeValue("href");
    }

    /** When the raw text is unreadable but Rome understood it, the instant in UTC is better than nothing. */
    private static String fallback(Date d) {
        return d == null ? null : UTC.format(d.toInstant().atOffset(ZoneOffset.UTC));
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                sb.append(sb.length() > 0 ? "\n" : "").append(c.getValue());
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static List<String> categories(SyndEntry e) {
        List<String> out = new ArrayList<>();
        for (SyndCategory c : e.getCategories()) {
            String n = c.getName();
            if (n != null && !n.isBlank() && !out.contains(n.strip())) {
                out.add(n.strip());
            }
        }
        return out;
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
