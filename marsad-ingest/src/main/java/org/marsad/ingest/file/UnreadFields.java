package org.marsad.ingest.file;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.marsad.model.ArticleJson;

/**
 * Tells the person importing a JSON file which of its fields Marsad does not read. Articles exported by other tools
 * name the outlet "outlet" or the text "content": they are stored without them, and without a word the user finds
 * out only when every article shows an unknown outlet. Each field is named once per file (on its first article),
 * with the article field it probably meant, so a file of a million lines gives a handful of lines, not a million.
 */
final class UnreadFields {
    /** Field names other exporters use, and the article field that holds the same thing. */
    private static final Map<String, String> MEANT = Map.ofEntries(
            Map.entry("outlet", "source"), Map.entry("publisher", "source"), Map.entry("site", "source"),
            Map.entry("site_name", "source"), Map.entry("source_name", "source"), Map.entry("newspaper", "source"),
            Map.entry("date", "published"), Map.entry("pubdate", "published"), Map.entry("pub_date", "published"),
            Map.entry("published_at", "published"), Map.entry("publication_date", "published"),
            Map.entry("datetime", "published"), Map.entry("time", "published"),
            Map.entry("content", "body"), Map.entry("text", "body"), Map.entry("paragraphs", "body"),
            Map.entry("article", "body"),
            Map.entry("link", "url"), Map.entry("href", "url"),
            Map.entry("headline", "title"),
            Map.entry("keywords", "tags"), Map.entry("categories", "tags"),
            Map.entry("byline", "author"), Map.entry("authors", "author"), Map.entry("writer", "author"));

    private final Consumer<String> report;
    private final Set<String> named = new HashSet<>();

    UnreadFields(Consumer<String> report) {
        this.report = report;
    }

    /** Reports the fields of {@code article} not named before in this file; {@code where} names the article. */
    void note(String where, JsonNode article) {
        for (String key : ArticleJson.unreadKeys(article)) {
            if (named.add(key)) {
                String meant = MEANT.get(key.toLowerCase(Locale.ROOT));
                report.accept(where + ": field \"" + key + "\" is not an article field and was not stored"
                        + (meant == null ? "" : " (the article field is \"" + meant + "\")"));
            }
        }
    }
}
