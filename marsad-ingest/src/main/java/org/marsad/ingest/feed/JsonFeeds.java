package org.marsad.ingest.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org). */
final class JsonFeeds {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeeds() {
    }

    static Feed parse(byte[] json, URI base) throws FeedFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new FeedFormatException("malformed JSON feed: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new FeedFormatException("unreadable JSON feed", e);
        }
        if (root == null || !root.isObject() || !text(root, "version").startsWith("https://jsonfeed.org/version/")) {
            throw new FeedFormatException("not a JSON Feed (no jsonfeed.org version)");
        }
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode it : root.path("items")) {
            String url = text(it, "url").isEmpty() ? text(it, "external_url") : text(it, "url");
            String rawDate = text(it, "date_published").isEmpty() ? text(it, "date_modified") : text(it, "date_published");
            String content = text(it, "content_html").isEmpty() ? text(it, "content_text") : text(it, "content_html");
            List<String> tags = new ArrayList<>();
            it.path("tags").forEach(t -> tags.add(t.asText()));
            items.add(new FeedItem(blankToNull(text(it, "id")), blankToNull(text(it, "title")),
                    Links.absolute(base, url), FeedDates.toIso(rawDate), blankToNull(rawDate),
                    blankToNull(text(it, "summary")), blankToNull(content), author(it), tags));
        }
        return new Feed("json_feed", blankToNull(text(root, "title")),
                Links.absolute(base, text(root, "home_page_url")), blankToNull(text(root, "language")), items);
    }

    private static String author(JsonNode item) {
        JsonNode authors = item.path("authors");
        if (authors.isArray() && authors.size() > 0) {
            return blankToNull(text(authors.get(0), "name"));
        }
        return blankToNull(text(item.path("author"), "name"));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() ? v.asText("").strip() : "";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
