package org.marsad.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.arabic.figures.Figure;

/**
 * The article JSON contract of DESIGN.md: snake_case keys in a fixed order, every key present, unknown values as
 * {@code null}. Used by {@code marsad extract}, the store's export, JSON Lines ingest and the API alike, so that
 * the shape is defined once.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleJson() {
    }

    /** The shared mapper, for callers that wrap articles in a larger document. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** The article as a JSON object node, keys in contract order. */
    public static ObjectNode toNode(Article a) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", a.id());
        o.put("url", a.url());
        o.put("title", a.title());
        o.put("published", a.published());
        o.put("published_text", a.publishedText());
        o.put("source", a.source());
        o.put("category", a.category());
        o.put("author", a.author());
        o.put("language", a.language());
        ArrayNode body = o.putArray("body");
        a.body().forEach(body::add);
        ArrayNode tags = o.putArray("tags");
        a.tags().forEach(tags::add);
        ArrayNode autoTags = o.putArray("auto_tags");
        a.autoTags().forEach(autoTags::add);
        ArrayNode related = o.putArray("related");
        for (RelatedLink r : a.related()) {
            ObjectNode item = related.addObject();
            item.put("title", r.title());
            item.put("url", r.url());
        }
        o.put("fetched_at", a.fetchedAt());
        o.put("duplicate_of", a.duplicateOf());
        o.put("story", a.story());
        ArrayNode figures = o.putArray("figures");
        a.figures().forEach(f -> FigureJson.write(figures.addObject(), f));
        ArrayNode entities = o.putArray("entities");
        for (ArticleEntity e : a.entities()) {
            ObjectNode item = entities.addObject();
            item.put("id", e.id());
            item.put("name", e.name());
            item.put("type", e.type());
            item.put("count", e.count());
            ArrayNode spellings = item.putArray("spellings");
            e.spellings().forEach(spellings::add);
        }
        o.put("decoding_errors", a.decodingErrors());
        return o;
    }

    /**
     * One line of JSON (for JSON Lines): the text {@link #toNode}'s tree serializes to, written straight from the
     * article. The store writes an article's line up to three times as it is stored and enriched, and the tree's
     * nodes and maps were about half of what writing it allocated.
     */
    public static String toLine(Article a) {
        return write(a, false);
    }

    /**
     * The line an article's content is identified by: {@link #toLine}'s keys in the same order, with
     * {@code fetched_at}, {@code duplicate_of} and {@code story} as {@code null} and without the lists enrichment
     * derives ({@code auto_tags}, {@code figures}, {@code entities}). Neither a fetch nor an enrichment changes it,
     * so the store hashes it to tell a new version of an article from the same one fetched again.
     */
    public static String toContentLine(Article a) {
        return write(a, true);
    }

    private static String write(Article a, boolean contentOnly) {
        // As ObjectMapper.writeValueAsString does: a pooled buffer, given back when done.
        BufferRecycler buffers = MAPPER.getFactory()._getBufferRecycler();
        SegmentedStringWriter out = new SegmentedStringWriter(buffers);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            string(g, "id", a.id());
            string(g, "url", a.url());
            string(g, "title", a.title());
            string(g, "published", a.published());
            string(g, "published_text", a.publishedText());
            string(g, "source", a.source());
            string(g, "category", a.category());
            string(g, "author", a.author());
            string(g, "language", a.language());
            strings(g, "body", a.body());
            strings(g, "tags", a.tags());
            if (!contentOnly) {
                strings(g, "auto_tags", a.autoTags());
            }
            g.writeArrayFieldStart("related");
            for (RelatedLink r : a.related()) {
                g.writeStartObject();
                string(g, "title", r.title());
                string(g, "url", r.url());
                g.writeEndObject();
            }
            g.writeEndArray();
            string(g, "fetched_at", contentOnly ? null : a.fetchedAt());
            string(g, "duplicate_of", contentOnly ? null : a.duplicateOf());
            string(g, "story", contentOnly ? null : a.story());
            if (!contentOnly) {
                g.writeArrayFieldStart("figures");
                // Through the figure's own node, its numbers written as FigureJson makes them, with the mapper's
                // settings as writeValueAsString applies them (a provider is made per call: it is not shared).
                SerializerProvider serializers = a.figures().isEmpty() ? null : MAPPER.getSerializerProviderInstance();
                for (Figure f : a.figures()) {
                    FigureJson.toNode(f).serialize(g, serializers);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("entities");
                for (ArticleEntity e : a.entities()) {
                    g.writeStartObject();
                    string(g, "id", e.id());
                    string(g, "name", e.name());
                    string(g, "type", e.type());
                    g.writeNumberField("count", e.count());
                    strings(g, "spellings", e.spellings());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeNumberField("decoding_errors", a.decodingErrors());
            g.writeEndObject();
            g.close();
            return out.getAndClear();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            buffers.releaseToPool();
        }
    }

    private static void string(JsonGenerator g, String key, String value) throws IOException {
        g.writeFieldName(key);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void strings(JsonGenerator g, String key, List<String> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (String v : values) {
            if (v == null) {
                g.writeNull();
            } else {
                g.writeString(v);
            }
        }
        g.writeEndArray();
    }

    /** Indented JSON of any node, for humans. */
    public static String pretty(JsonNode node) {
        try {
            return PRETTY.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The keys an article object is read from, and the {@code input} that {@code extract} adds to each article. */
    private static final Set<String> READ_KEYS = Set.of("id", "url", "title", "published", "published_text",
            "source", "category", "author", "language", "body", "tags", "auto_tags", "related", "fetched_at",
            "duplicate_of", "story", "figures", "entities", "decoding_errors", "input");

    /**
     * The keys of an article object that nothing reads, in the object's order. {@link #fromNode} ignores them so
     * that newer or annotated files still read; an importer names them, because a field under another name
     * ("outlet", "content") is otherwise lost without a word.
     */
    public static List<String> unreadKeys(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isObject()) {
            node.fieldNames().forEachRemaining(k -> {
                if (!READ_KEYS.contains(k)) {
                    out.add(k);
                }
            });
        }
        return out;
    }

    /**
     * Reads one article object. Unknown keys are ignored (so an {@code extract} line with "input" reads back).
     *
     * @throws IllegalArgumentException if the text is not a JSON object or a field has the wrong shape
     */
    public static Article parse(String json) {
        return fromNode(tree(json));
    }

    /**
     * Parses JSON text into a tree, for a caller that looks at the object before {@link #fromNode reading} it.
     *
     * @throws IllegalArgumentException if the text is not JSON, in the words {@link #parse} uses
     */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + withoutSourceLocation(e.getOriginalMessage()), e);
        }
    }

    /**
     * Jackson's own words without the parser-location aside some messages embed ("(start marker at [Source: REDACTED
     * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"): callers name the file and
     * line themselves, and a user should not read the library's settings.
     */
    static String withoutSourceLocation(String message) {
        String m = String.valueOf(message);
        int at = m.indexOf("[Source:");
        if (at < 0) {
            return m;
        }
        String head = m.substring(0, at);
        int open = head.lastIndexOf(" (");
        return (open >= 0 ? head.substring(0, open) : head).strip();
    }

    /** The fields an article gives as text (an integer {@code id}, a key from another tool, is text too). */
    private static final List<String> TEXT_KEYS = List.of("id", "url", "title", "published", "published_text",
            "source", "author", "language", "fetched_at", "duplicate_of", "story", "category");
    /** The fields that are lists of text ({@code body} may also be one string, its lines the paragraphs). */
    private static final List<String> TEXT_LIST_KEYS = List.of("body", "tags", "auto_tags");

    /**
     * Reads an article given as input (a JSON or JSON Lines file), checking first that each field has the shape it
     * must have: {@code {"title": 5}} or {@code {"source": {…}}} is refused with the field named, never stored as
     * "5", since a value of the wrong type is a mistake in the file, not a headline.
     *
     * @throws IllegalArgumentException naming the first field of the wrong type, or as {@link #fromNode} does
     */
    public static Article fromInput(JsonNode node) {
        if (node != null && node.isObject()) {
            for (String key : TEXT_KEYS) {
                JsonNode v = node.get(key);
                boolean ok = v == null || v.isNull() || v.isTextual() || key.equals("id") && v.isIntegralNumber();
                if (!ok) {
                    throw new IllegalArgumentException("\"" + key + "\" must be text, not " + kind(v));
                }
            }
            for (String key : TEXT_LIST_KEYS) {
                JsonNode v = node.get(key);
                if (v == null || v.isNull() || key.equals("body") && v.isTextual()) {
                    continue;
                }
                if (!v.isArray()) {
                    throw new IllegalArgumentException("\"" + key + "\" must be a list of text, not " + kind(v));
                }
                for (JsonNode item : v) {
                    if (!item.isTextual()) {
                        throw new IllegalArgumentException("\"" + key + "\" must be a list of text, but holds "
                                + kind(item));
                    }
                }
            }
        }
        return fromNode(node);
    }

    /** A JSON value's kind, as a user would name it in an error. */
    private static String kind(JsonNode v) {
        if (v.isNumber()) {
            return "a number (" + v.asText() + ")";
        }
        if (v.isBoolean()) {
            return "true/false";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isArray()) {
            return "a list";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "text";
    }

    /**
     * Reads an article from a parsed JSON object. A {@code published} time without an offset is kept as its day
     * (see {@link PublishedDates}), with the value as written in {@code published_text} when that is empty.
     */
    public static Article fromNode(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("an article must be a JSON object");
        }
        List<RelatedLink> related = new ArrayList<>();
        for (JsonNode r : array(node, "related")) {
            if (r.isTextual()) {
                related.add(RelatedLink.titled(r.asText()));
            } else {
                String title = text(r, "title");
                if (title != null) {
                    related.add(new RelatedLink(title, text(r, "url")));
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (JsonNode f : array(node, "figures")) {
            figures.add(FigureJson.fromNode(f));
        }
        List<ArticleEntity> entities = new ArrayList<>();
        for (JsonNode e : array(node, "entities")) {
            String id = text(e, "id");
            String name = text(e, "name");
            if (id != null && name != null) {
                entities.add(new ArticleEntity(id, name, text(e, "type"), e.path("count").asInt(0),
                        strings(e, "spellings")));
            }
        }
        String published = text(node, "published");
        String publishedText = text(node, "published_text");
        String rfc1123 = PublishedDates.fromRfc1123(published);
        if (rfc1123 != null) {
            // A feed's pubDate as another tool kept it: the same moment in ISO form, the value as written kept.
            publishedText = publishedText == null ? published : publishedText;
            published = rfc1123;
        } else if (PublishedDates.isLocalTime(published)) {
            // A time without offset (stored before the format rule, or written by another tool): its offset is
            // unknown, so the day alone is kept, and the value as written when nothing else records it.
            publishedText = publishedText == null ? published : publishedText;
            published = PublishedDates.settle(published, PageZone.UNKNOWN);
        } else if (published != null && PublishedDates.isValid(published)) {
            published = PublishedDates.settle(published, PageZone.UNKNOWN); // one spelling: seconds, "Z" for UTC
        }
        return new Article(
                text(node, "id"), text(node, "url"), text(node, "title"), published,
                publishedText, text(node, "source"), text(node, "author"), text(node, "language"),
                body(node), strings(node, "tags"), related, text(node, "fetched_at"),
                text(node, "duplicate_of"), text(node, "story"), node.path("decoding_errors").asInt(0),
                text(node, "category"), figures, entities, strings(node, "auto_tags"));
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string");
        }
        return v.asText();
    }

    private static Iterable<JsonNode> array(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException("\"" + key + "\" must be an array");
        }
        return v;
    }

    /**
     * The body's paragraphs: an array, as Marsad writes it, or one string, as other tools write it (its non-blank lines
     * are the paragraphs, each stripped) — refusing the string lost the whole article at import.
     */
    private static List<String> body(JsonNode node) {
        JsonNode v = node.get("body");
        if (v == null || !v.isTextual()) {
            return strings(node, "body");
        }
        List<String> out = new ArrayList<>();
        for (String line : v.asText().split("\\R")) {
            String paragraph = line.strip();
            if (!paragraph.isEmpty()) {
                out.add(paragraph);
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node, String key) {
        List<String> out = new ArrayList<>();
        for (JsonNode v : array(node, key)) {
            out.add(v.asText());
        }
        return out;
    }
}
