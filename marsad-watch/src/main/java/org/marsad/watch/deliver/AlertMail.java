package org.marsad.watch.deliver;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.model.PublishedDates;

/**
 * An alert mail written from a delivery's JSON payload (see marsad-watch's {@code Payloads}): the subject, a
 * plain-text body and a right-to-left Arabic HTML body with the same content. Everything from the payload is
 * escaped in the HTML.
 */
public record AlertMail(String subject, String text, String html) {
    private static final CountedNoun NEWS = new CountedNoun("خبر واحد", "خبران", "أخبار", "خبراً", "خبر");
    private static final CountedNoun OUTLETS = new CountedNoun("وسيلة واحدة", "وسيلتان", "وسائل", "وسيلة", "وسيلة");
    /** The day as the pages write it ("6 ديسمبر 2026"), Western digits as Arabic news sites print them. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM y", Locale.forLanguageTag("ar"));
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** Writes the mail of a payload. */
    public static AlertMail of(JsonNode payload) {
        String watchName = payload.path("watch").path("name").asText("");
        String watchLink = payload.path("watch").path("link").asText("");
        List<JsonNode> alerts = new ArrayList<>();
        payload.path("alerts").forEach(alerts::add);
        boolean digest = "digest".equals(payload.path("event").asText());
        String subject = digest
                ? "مرصد: موجز «" + watchName + "» — " + NEWS.count(alerts.size())
                : "مرصد: «" + watchName + "» — " + (alerts.isEmpty() ? "" : alerts.get(0).path("article")
                        .path("title").asText(""));

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject)).append("</title></head>")
                .append("<body dir=\"rtl\" style=\"direction:rtl;text-align:right;font-family:'Noto Naskh Arabic',"
                        + "'Noto Sans Arabic',Tahoma,Arial,sans-serif;line-height:1.7;color:#1a1a1a;"
                        + "max-width:40em;margin:0 auto;padding:1em\">");
        String intro = digest ? "موجز المراقبة «" + watchName + "»: " + NEWS.count(alerts.size())
                : "تنبيه من المراقبة «" + watchName + "»";
        text.append(intro).append("\n\n");
        html.append("<p style=\"color:#555\">").append(escape(intro)).append("</p>");
        for (JsonNode a : alerts) {
            JsonNode art = a.path("article");
            String title = art.path("title").asText("");
            String source = art.path("source").asText("");
            String published = publishedText(art.path("published").asText(""));
            String snippet = art.path("snippet").asText("");
            String link = art.path("link").asText("");
            String why = reason(a.path("reason").asText(), a.path("story"), art.path("id").asText(""));
            text.append("• ").append(title).append('\n');
            text.append("  ").append(join(source, published, why)).append('\n');
            if (!snippet.isEmpty()) {
                text.append("  ").append(snippet).append('\n');
            }
            text.append("  ").append(link).append("\n\n");
            html.append("<div style=\"margin:1em 0;padding-bottom:1em;border-bottom:1px solid #ddd\">")
                    .append("<h2 style=\"font-size:1.15em;margin:0 0 .3em\"><a href=\"").append(escape(link))
                    .append("\" style=\"color:#0b5394;text-decoration:none\">").append(escape(title))
                    .append("</a></h2>")
                    .append("<div style=\"color:#666;font-size:.9em\"><bdi>").append(escape(source))
                    .append("</bdi>").append(published.isEmpty() ? "" : " · <bdi>" + escape(published)
                            + "</bdi>").append(why.isEmpty() ? "" : " · " + escape(why)).append("</div>");
            if (!snippet.isEmpty()) {
                html.append("<p style=\"margin:.4em 0\">").append(escape(snippet)).append("</p>");
            }
            html.append("</div>");
        }
        String footer = "لتعديل هذه المراقبة أو إيقافها: " + watchLink;
        text.append("—\n").append(footer).append('\n');
        html.append("<p style=\"color:#888;font-size:.85em\">لتعديل هذه المراقبة أو إيقافها: <a href=\"")
                .append(escape(watchLink)).append("\">").append(escape(watchLink)).append("</a></p></body></html>");
        return new AlertMail(subject, text.toString(), html.toString());
    }

    /**
     * The article's publication as a newsroom reads it: "6 ديسمبر 2026" for a day, "6 ديسمبر 2026، الساعة 03:30
     * UTC+03:00" for a time, which keeps the outlet's own offset (the reader's clock may be elsewhere). A value
     * neither can read is shown as it is.
     */
    static String publishedText(String iso) {
        if (iso.isEmpty()) {
            return "";
        }
        Optional<OffsetDateTime> t = PublishedDates.instant(iso);
        if (t.isPresent()) {
            ZoneOffset o = t.get().getOffset();
            return DAY.format(t.get()) + "، الساعة " + HOUR.format(t.get()) + " UTC"
                    + (o.getTotalSeconds() == 0 ? "" : o.getId());
        }
        try {
            return DAY.format(PublishedDates.day(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    /**
     * Why the article alerted, in words. A story alert is the watch's first about that story, but the story is new
     * only when this article began it (a new story takes its first article's id): an article joining a story that
     * began before the watch heard of it, or before it matched, is news in an ongoing story ("قصة جارية").
     */
    private static String reason(String reason, JsonNode story, String articleId) {
        int outlets = story.path("outlets").size();
        String storyId = story.path("id").asText("");
        String kind = storyId.isEmpty() || storyId.equals(articleId) ? "قصة جديدة" : "قصة جارية";
        return switch (reason) {
            case "story" -> outlets > 1 ? kind + " تنقلها " + OUTLETS.count(outlets) : kind;
            case "outlet" -> "وسيلة أخرى تنقل القصة";
            default -> "";
        };
    }

    private static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty()) {
                b.append(b.length() == 0 ? "" : " · ").append(p);
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
