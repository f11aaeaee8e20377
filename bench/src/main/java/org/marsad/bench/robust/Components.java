package org.marsad.bench.robust;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.marsad.arabic.dates.ArabicDates;
import org.marsad.arabic.numbers.ArabicNumbers;
import org.marsad.extract.TextDecoding;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.marsad.extract.text.TextPageExtractor;
import org.marsad.ingest.feed.FeedFormatException;
import org.marsad.ingest.feed.FeedParser;
import org.marsad.search.QueryLanguage;
import org.marsad.search.QuerySyntaxException;

/** Runs one input through the component it targets; a refusal (the component saying no) is an outcome, not a crash. */
final class Components {
    private static final TextPageExtractor TEXT = new TextPageExtractor();
    private static final LocalDate REF = LocalDate.of(2024, 1, 1);

    private Components() {
    }

    /** What the component did: "ok" or "refused: ...". Throws what the component throws unexpectedly. */
    static String run(String component, byte[] bytes) {
        try {
            switch (component) {
                case "decoding" -> {
                    return TextDecoding.decode(bytes) instanceof TextDecoding.Undecodable u ? "refused: " + u.reason() : "ok";
                }
                case "text page" -> TEXT.extract(decoded(bytes));
                case "html page" -> HtmlArticleExtractor.extract(decoded(bytes), "https://example.com/a");
                case "feed" -> FeedParser.parse(bytes, null, URI.create("https://example.com/feed"));
                case "query" -> QueryLanguage.parse(new String(bytes, StandardCharsets.UTF_8));
                case "dates" -> ArabicDates.find(new String(bytes, StandardCharsets.UTF_8), REF);
                case "numbers" -> ArabicNumbers.find(new String(bytes, StandardCharsets.UTF_8));
                default -> throw new IllegalArgumentException(component);
            }
            return "ok";
        } catch (FeedFormatException | QuerySyntaxException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static String decoded(byte[] bytes) {
        return TextDecoding.decode(bytes) instanceof TextDecoding.Decoded d ? d.text() : "";
    }
}
