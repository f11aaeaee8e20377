package org.marsad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.watch.AlertPolicy.Reason;

/**
 * The JSON a delivery carries — the webhook's body, and what an alert mail is written from:
 * <pre>{@code
 * {"event": "alert" | "digest",
 *  "watch": {"id", "name", "query", "mode", "link"},
 *  "alerts": [{"reason": "match" | "story" | "outlet",
 *              "article": {"id", "title", "source", "url", "published", "snippet", "link"},
 *              "story": {"id", "title", "articles", "outlets": [...], "link"} | null}],
 *  "period": {"from", "to"}            (digests only)
 *  "created_at": "2025-03-02T08:00:00Z"}
 * }</pre>
 * {@code link} values are pages of this Marsad server (its base URL); {@code url} is the article's own address.
 */
public final class Payloads {
    private static final int SNIPPET_CHARS = 280;

    private Payloads() {
    }

    /** One alert about an article: why, the article, and its story when it has one. */
    public record Item(Reason reason, Article article, Story story) {
    }

    static String alert(Watch w, Item item, URI base, Instant now) {
        ObjectNode o = head("alert", w, List.of(item), base);
        o.put("created_at", now.toString());
        return write(o);
    }

    static String digest(Watch w, List<Item> items, Instant from, Instant to, URI base, Instant now) {
        ObjectNode o = head("digest", w, items, base);
        ObjectNode period = o.putObject("period");
        period.put("from", from.toString());
        period.put("to", to.toString());
        o.put("created_at", now.toString());
        return write(o);
    }

    private static ObjectNode head(String event, Watch w, List<Item> items, URI base) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("event", event);
        ObjectNode watch = o.putObject("watch");
        watch.put("id", w.id());
        watch.put("name", w.name());
        watch.put("query", w.query());
        watch.put("mode", w.mode().key());
        watch.put("link", base.resolve("watches/" + w.id()).toString());
        ArrayNode alerts = o.putArray("alerts");
        for (Item i : items) {
            ObjectNode a = alerts.addObject();
            a.put("reason", i.reason().key());
            a.set("article", article(i.article(), base));
            if (i.story() == null) {
                a.putNull("story");
            } else {
                a.set("story", story(i.story(), base));
            }
        }
        return o;
    }

    static ObjectNode article(Article a, URI base) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", a.id());
        o.put("title", a.title());
        o.put("source", a.source());
        o.put("url", a.url());
        o.put("published", a.published());
        o.put("snippet", snippet(a));
        o.put("link", base.resolve("article/" + a.id()).toString());
        return o;
    }

    private static ObjectNode story(Story s, URI base) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("articles", s.articles());
        ArrayNode outlets = o.putArray("outlets");
        s.outlets().forEach(outlets::add);
        o.put("link", base.resolve("story/" + s.id()).toString());
        return o;
    }

    /** The start of the body, cut at a word boundary. */
    public static String snippet(Article a) {
        String text = String.join(" ", a.body()).replaceAll("\\s+", " ").strip();
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET_CHARS);
        return text.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + " …";
    }

    private static String write(ObjectNode o) {
        try {
            return ArticleJson.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
