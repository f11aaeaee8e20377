package org.marsad.web.feed;

import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Thin wrapper over the JDK's StAX writer: escapes text, drops characters XML 1.0 cannot carry. */
final class Xml implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private final XMLStreamWriter w;

    Xml(Writer out) {
        try {
            w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    Xml start(String name) {
        try {
            w.writeStartElement(name);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml defaultNamespace(String uri) {
        try {
            w.writeDefaultNamespace(uri);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml attr(String name, String value) {
        if (value == null) {
            return this;
        }
        try {
            w.writeAttribute(name, clean(value));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml text(String value) {
        try {
            w.writeCharacters(clean(value));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Xml end() {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** {@code <name>value</name>}, or nothing when the value is null. */
    Xml element(String name, String value) {
        return value == null ? this : start(name).text(value).end();
    }

    @Override
    public void close() {
        try {
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes code points that XML 1.0 forbids (most C0 controls, unpaired surrogates, U+FFFE/U+FFFF). */
    static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && out != null) {
                out.appendCodePoint(cp);
            }
            i += len;
        }
        return out == null ? s : out.toString();
    }
}
