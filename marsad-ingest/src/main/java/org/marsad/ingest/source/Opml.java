package org.marsad.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sources as OPML 2.0, the format every feed reader imports and exports.
 *
 * <p>Each {@code <outline type="rss">} is one feed; outlines with the same {@code text} are one source with
 * several feeds. A folder (an outline without a feed) is a category, as in every feed reader: its sources get
 * the folder's name as their category, and nested folders make one category "outer/inner". Writing puts each
 * category back as a folder (split on '/'), so a file read and written again keeps its folders. Marsad's own
 * fields ride on attributes in its namespace ({@code marsad:country}, {@code marsad:sitemap},
 * {@code marsad:interval} in minutes); OPML's {@code htmlUrl} and {@code language} are used as such. An
 * outline with only {@code marsad:sitemap} (no {@code xmlUrl}) is a sitemap-only source.
 *
 * <p>{@code --allow-private} is never read from a file: importing a list must not open the SSRF guard.
 */
public final class Opml {
    /** The namespace of Marsad's outline attributes. */
    public static final String NS = "urn:marsad:opml";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    }

    private Opml() {
    }

    /**
     * The parser's complaint as one line a user can act on: the JDK's message is "ParseError at [row,col]:[r,c]" and
     * "Message: ..." on two lines, so the position is taken from the exception and the "Message:" label dropped.
     */
    private static String malformed(XMLStreamException e) {
        String last = e.getMessage() == null ? "" : e.getMessage().lines().reduce((a, b) -> b).orElse("").strip();
        if (last.startsWith("Message:")) {
            last = last.substring("Message:".length()).strip();
        }
        String where = e.getLocation() == null || e.getLocation().getLineNumber() < 1 ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        return "malformed OPML" + where + ": " + last;
    }

    /** A problem in an OPML file, with a one-line message. */
    public static final class OpmlException extends Exception {
        private static final long serialVersionUID = 1L;

        OpmlException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The sources an OPML document lists, in document order. */
    public static List<Source> read(byte[] opml) throws OpmlException {
        if (new String(opml, StandardCharsets.UTF_8).isBlank()) {
            throw new OpmlException("empty file, not an OPML document", null);
        }
        Map<String, Builder> byName = new LinkedHashMap<>();
        try {
            XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(opml));
            boolean sawOpml = false;
            // One entry per open outline: the folder's name, or null for a feed outline (or a nameless folder).
            Deque<String> open = new ArrayDeque<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.DTD) {
                    throw new OpmlException("OPML declares a DTD, refused", null);
                }
                if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("outline") && !open.isEmpty()) {
                    open.pop();
                }
                if (ev != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("opml")) {
                    sawOpml = true;
                }
                if (!r.getLocalName().equals("outline")) {
                    continue;
                }
                String xmlUrl = attr(r, null, "xmlUrl");
                String sitemap = attr(r, NS, "sitemap");
                if (xmlUrl == null && sitemap == null) {
                    String folder = attr(r, null, "text");
                    open.push(folder != null ? folder : Objects.requireNonNullElse(attr(r, null, "title"), ""));
                    continue;
                }
                String category = category(open);
                open.push("");
                String name = attr(r, null, "text");
                if (name == null) {
                    name = attr(r, null, "title");
                }
                if (name == null) {
                    name = xmlUrl != null ? URI.create(xmlUrl.strip()).getHost() : URI.create(sitemap).getHost();
                }
                Builder b = byName.computeIfAbsent(name.strip(), Builder::new);
                if (xmlUrl != null) {
                    b.feeds.add(Source.url(xmlUrl, "feed"));
                }
                if (sitemap != null && b.sitemap == null) {
                    b.sitemap = Source.url(sitemap, "sitemap");
                }
                String html = attr(r, null, "htmlUrl");
                if (html != null && b.homepage == null) {
                    b.homepage = Source.url(html, "homepage");
                }
                b.category = first(b.category, category);
                b.language = first(b.language, attr(r, null, "language"));
                b.country = first(b.country, attr(r, NS, "country"));
                String interval = attr(r, NS, "interval");
                if (interval != null) {
                    b.interval = Duration.ofMinutes(Long.parseLong(interval.strip()));
                }
            }
            if (!sawOpml) {
                throw new OpmlException("not an OPML document", null);
            }
        } catch (XMLStreamException e) {
            throw new OpmlException(malformed(e), e);
        } catch (IllegalArgumentException e) {
            throw new OpmlException("bad outline in OPML: " + e.getMessage(), e);
        }
        List<Source> out = new ArrayList<>();
        for (Builder b : byName.values()) {
            try {
                out.add(new Source(b.name, b.homepage, b.country, b.language, b.category, b.feeds, b.sitemap,
                        b.interval, false, SourceHealth.NEW));
            } catch (IllegalArgumentException e) {
                throw new OpmlException("bad outline in OPML: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /**
     * The followed sources as {@code marsad sources export} prints them and an editor downloads them from
     * {@code /sources}: the file {@code sources import} (or a feed reader) reads back.
     */
    public static String export(List<Source> sources) {
        return write(sources, "Marsad sources");
    }

    /** The sources as an OPML 2.0 document (one outline per feed; sitemap-only sources get one outline). */
    public static String write(List<Source> sources, String title) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("opml");
            w.writeAttribute("version", "2.0");
            w.writeNamespace("marsad", NS);
            w.writeCharacters("\n  ");
            w.writeStartElement("head");
            w.writeStartElement("title");
            w.writeCharacters(title);
            w.writeEndElement();
            w.writeEndElement();
            w.writeCharacters("\n  ");
            w.writeStartElement("body");
            Folder root = new Folder("");
            for (Source s : sources) {
                root.at(s.category()).sources.add(s);
            }
            writeFolder(w, root, 2);
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out + "\n";
    }

    private static void writeFolder(XMLStreamWriter w, Folder folder, int depth) throws XMLStreamException {
        String indent = "\n" + "  ".repeat(depth);
        for (Source s : folder.sources) {
            writeSource(w, s, indent);
        }
        for (Folder child : folder.children.values()) {
            w.writeCharacters(indent);
            w.writeStartElement("outline");
            w.writeAttribute("text", child.name);
            w.writeAttribute("title", child.name);
            writeFolder(w, child, depth + 1);
            w.writeCharacters(indent);
            w.writeEndElement();
        }
    }

    private static void writeSource(XMLStreamWriter w, Source s, String indent) throws XMLStreamException {
        List<URI> feeds = s.feeds().isEmpty() ? java.util.Collections.singletonList(null) : s.feeds();
        for (URI feed : feeds) {
            w.writeCharacters(indent);
            w.writeEmptyElement("outline");
            w.writeAttribute("text", s.name());
            w.writeAttribute("title", s.name());
            if (feed != null) {
                w.writeAttribute("type", "rss");
                w.writeAttribute("xmlUrl", feed.toString());
            }
            if (s.homepage() != null) {
                w.writeAttribute("htmlUrl", s.homepage().toString());
            }
            if (s.language() != null) {
                w.writeAttribute("language", s.language());
            }
            if (s.country() != null) {
                w.writeAttribute("marsad", NS, "country", s.country());
            }
            if (s.sitemap() != null) {
                w.writeAttribute("marsad", NS, "sitemap", s.sitemap().toString());
            }
            if (!s.pollInterval().equals(Source.DEFAULT_INTERVAL)) {
                w.writeAttribute("marsad", NS, "interval", Long.toString(s.pollInterval().toMinutes()));
            }
        }
    }

    /** The category of an outline inside these open folders (innermost first): "outer/inner", or null. */
    private static String category(Deque<String> open) {
        List<String> names = new ArrayList<>();
        open.descendingIterator().forEachRemaining(n -> {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        });
        return names.isEmpty() ? null : Source.category(String.join("/", names));
    }

    /** A folder of the written document: its sources, then its sub-folders, in first-seen order. */
    private static final class Folder {
        final String name;
        final List<Source> sources = new ArrayList<>();
        final Map<String, Folder> children = new LinkedHashMap<>();

        Folder(String name) {
            this.name = name;
        }

        Folder at(String category) {
            Folder f = this;
            if (category != null) {
                for (String part : category.split("/")) {
                    if (!part.isBlank()) {
                        f = f.children.computeIfAbsent(part.strip(), Folder::new);
                    }
                }
            }
            return f;
        }
    }

    private static String attr(XMLStreamReader r, String ns, String name) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String ans = r.getAttributeNamespace(i);
            boolean nsMatches = ns == null ? ans == null || ans.isEmpty() : ns.equals(ans);
            if (nsMatches && r.getAttributeLocalName(i).equals(name)) {
                String v = r.getAttributeValue(i);
                return v == null || v.isBlank() ? null : v.strip();
            }
        }
        return null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static final class Builder {
        final String name;
        final List<URI> feeds = new ArrayList<>();
        URI sitemap;
        URI homepage;
        String language;
        String country;
        String category;
        Duration interval = Source.DEFAULT_INTERVAL;

        Builder(String name) {
            this.name = name;
        }
    }
}
