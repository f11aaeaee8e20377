package org.marsad.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.ingest.source.PollNotes;
import org.marsad.ingest.source.Source;
import org.marsad.ingest.source.SourceHealth;
import org.marsad.ingest.source.SourceRegistry;
import org.marsad.model.ArticleJson;
import org.marsad.web.format.ArabicRelativeTime;
import org.marsad.web.format.DateDisplay;
import org.marsad.web.format.FetchErrorWords;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;
import org.marsad.web.view.SourceAddForm;
import org.marsad.web.view.SourceEditRefusal;
import org.marsad.web.view.SourceGroup;
import org.marsad.web.view.SourceView;
import org.marsad.web.view.Urls;

/**
 * The followed sources (the registry {@code marsad sources} and the poller share) with their health: the
 * {@code /sources} page and {@code GET /api/sources}. Read-only here; the registry is the truth, so what a command
 * or the poller changed shows on the next request.
 */
final class FollowedSources {
    private static final CountedNoun MINUTES = new CountedNoun("دقيقة", "دقيقتين", "دقائق", "دقيقة", "دقيقة");
    /** Characters dropped and items not stored, counted after a colon (nominative). */
    private static final CountedNoun CHARACTERS = new CountedNoun("محرف واحد", "محرفان", "محارف", "محرفاً", "محرف");
    private static final CountedNoun ITEMS = new CountedNoun("عنصر واحد", "عنصران", "عناصر", "عنصراً", "عنصر");
    private static final CountedNoun ATTEMPTS = new CountedNoun("محاولة", "محاولتين", "محاولات", "محاولة", "محاولة");
    /** The sources as a verb's subject (يتعثّر منها مصدران). */
    private static final CountedNoun SOURCES = new CountedNoun("مصدر واحد", "مصدران", "مصادر", "مصدراً", "مصدر");
    /** The sources as a verb's object (يتابع مرصد مصدرين): accusative one and dual. */
    private static final CountedNoun FOLLOWED = new CountedNoun("مصدراً واحداً", "مصدرين", "مصادر", "مصدراً",
            "مصدر");

    private final SourceRegistry registry;
    private final Views views;
    private final Clock clock;

    FollowedSources(SourceRegistry registry, Views views, Clock clock) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.views = views;
        this.clock = clock;
    }

    /** A source with what it brought in lately. */
    private record Row(Source source, int lastDay, int lastWeek) {
    }

    private List<Row> rows(Instant now) {
        Map<String, Integer> day = registry.storedSince(now.minus(Duration.ofDays(1)));
        Map<String, Integer> week = registry.storedSince(now.minus(Duration.ofDays(7)));
        List<Row> out = new ArrayList<>();
        for (Source s : registry.list()) {
            out.add(new Row(s, day.getOrDefault(s.name(), 0), week.getOrDefault(s.name(), 0)));
        }
        return out;
    }

    /**
     * The page's one line on the sources, "يتابع مرصد مصدرين، يتعثّر منها مصدر واحد" (empty when none is followed):
     * the followed sources are the verb's object, so one and two are accusative (مصدراً واحداً، مصدرين), the
     * failing ones its subject (مصدر واحد، مصدران).
     */
    static String summary(int followed, int failing) {
        if (followed == 0) {
            return "";
        }
        return "يتابع مرصد " + FOLLOWED.count(followed) + (failing == 0 ? "" : "، يتعثّر منها " + SOURCES.count(failing));
    }

    /** {@code GET /api/sources}: {@code {total, sources: [source]}}, by name. */
    void api(Context ctx) {
        Instant now = clock.instant();
        List<Row> rows = rows(now);
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("total", rows.size());
        ArrayNode list = o.putArray("sources");
        for (Row r : rows) {
            list.add(json(r));
        }
        Api.json(ctx, o);
    }

    /** {@code GET /api/sources/{id}}: one followed source with its health (the id is its name). */
    void apiOne(Context ctx) {
        String id = ctx.pathParam("id");
        Source s = registry.get(id).orElseThrow(() -> new NotFound("no source with id " + id));
        Api.json(ctx, json(registry, s, clock.instant()));
    }

    /** One source as the API shows it, with its articles of the last day and week. */
    static ObjectNode json(SourceRegistry registry, Source s, Instant now) {
        int day = registry.storedSince(now.minus(Duration.ofDays(1))).getOrDefault(s.name(), 0);
        int week = registry.storedSince(now.minus(Duration.ofDays(7))).getOrDefault(s.name(), 0);
        return json(new Row(s, day, week));
    }

    private static ObjectNode json(Row r) {
        Source s = r.source();
        SourceHealth h = s.health();
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", s.name());
        o.put("name", s.name());
        o.put("category", s.category());
        o.put("homepage", str(s.homepage()));
        ArrayNode feeds = o.putArray("feeds");
        s.feeds().forEach(f -> feeds.add(f.toString()));
        o.put("sitemap", str(s.sitemap()));
        o.put("interval_minutes", s.pollInterval().toMinutes());
        o.put("allow_private", s.allowPrivate());
        o.put("paused", s.paused());
        o.put("status", status(s));
        o.put("last_success", str(h.lastSuccess()));
        o.put("last_error", h.lastError());
        o.put("consecutive_failures", h.consecutiveFailures());
        o.put("next_poll", str(h.nextPoll()));
        PollNotes n = h.notes();
        o.put("dropped_characters", n.droppedCharacters());
        o.put("repair", n.repair());
        o.put("items_not_stored", n.itemsNotStored());
        o.put("not_stored", n.notStored());
        o.put("articles_last_day", r.lastDay());
        o.put("articles_last_week", r.lastWeek());
        return o;
    }

    /** {@code GET /sources}: the sources grouped by category (categories in order, then those without one). */
    void page(Context ctx) {
        page(ctx, SourceAddForm.EMPTY);
    }

    /** The sources page with its "add a source" form as given (again, with an error, after a failed attempt). */
    void page(Context ctx, SourceAddForm add) {
        page(ctx, add, null);
    }

    /** The sources page as after a refused edit ({@code edit}, null for none): that source's form open again. */
    void page(Context ctx, SourceAddForm add, SourceEditRefusal edit) {
        Instant now = clock.instant();
        List<Row> rows = rows(now);
        Map<String, List<SourceView>> byCategory = new TreeMap<>();
        List<SourceView> uncategorized = new ArrayList<>();
        int failing = 0;
        for (Row r : rows) {
            SourceView v = view(r, now, clock.getZone());
            failing += v.status().equals("failing") ? 1 : 0;
            if (r.source().category() == null) {
                uncategorized.add(v);
            } else {
                byCategory.computeIfAbsent(r.source().category(), k -> new ArrayList<>()).add(v);
            }
        }
        List<SourceGroup> groups = new ArrayList<>();
        byCategory.forEach((c, list) -> groups.add(new SourceGroup(c, c,
                Urls.withQuery("/search", Urls.params("q", "category:\"" + c + "\"")), list)));
        if (!uncategorized.isEmpty()) {
            groups.add(new SourceGroup(null, byCategory.isEmpty() ? null : "بلا تصنيف", null, uncategorized));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("المصادر المتابَعة"));
        m.put("groups", groups);
        m.put("summary", summary(rows.size(), failing));
        m.put("add", add);
        m.put("edit", edit);
        views.render(ctx, "sources.jte", m);
    }

    static SourceView view(Row r, Instant now, java.time.ZoneId zone) {
        Source s = r.source();
        SourceHealth h = s.health();
        PollNotes n = h.notes();
        // A poll that succeeded by working around a broken feed is not plain health: the page says so apart.
        String status = status(s).equals("ok") && !n.isEmpty() ? "warning" : status(s);
        String statusText = switch (status) {
            case "paused" -> "متوقّف مؤقتاً";
            case "failing" -> "متعثّر: فشلت آخر " + ATTEMPTS.count(h.consecutiveFailures());
            case "new" -> "لم يُجلب بعد";
            case "warning" -> "يعمل، مع تنبيه";
            default -> "يعمل";
        };
        // A source added by its feed's address has that address as its homepage too: shown once, as its feed.
        URI site = s.homepage() != null && s.feeds().contains(s.homepage()) ? null : s.homepage();
        return new SourceView(s.name(), Urls.external(str(site)),
                s.feeds().stream().map(URI::toString).toList(), str(s.sitemap()), status, statusText,
                str(h.lastSuccess()), h.lastSuccess() == null ? null : DateDisplay.moment(h.lastSuccess(), zone),
                h.lastSuccess() == null ? "لم ينجح بعد" : ArabicRelativeTime.since(h.lastSuccess(), now),
                FetchErrorWords.arabic(h.lastError()), h.lastError(), s.paused() ? null : str(h.nextPoll()),
                s.paused() || h.nextPoll() == null ? null : DateDisplay.moment(h.nextPoll(), zone),
                s.paused() ? "لا جلب حتى يُستأنف" : h.nextPoll() == null ? "الآن"
                        : ArabicRelativeTime.until(h.nextPoll(), now),
                "كل " + MINUTES.count(s.pollInterval().toMinutes()),
                Present.articles(r.lastDay()), Present.articles(r.lastWeek()), s.allowPrivate(), s.paused(),
                s.category() == null ? "" : s.category(), s.pollInterval().toMinutes(),
                n.droppedCharacters() == 0 ? null : "قُرئت الخلاصة بعد أن حُذف منها ما لا يجيزه XML: "
                        + CHARACTERS.count(n.droppedCharacters()) + "؛ أبلغ الموقع ليصلح خلاصته",
                n.droppedCharacters() == 0 ? null : n.repair(),
                n.itemsNotStored() == 0 ? null : ITEMS.count(n.itemsNotStored())
                        + " (لا مقال في الصفحة ولا نص في الخلاصة)؛ يُعاد جلب كلٍّ منها بضع مرات حتى يُخزَّن",
                n.itemsNotStored() == 0 ? null : n.notStored());
    }

    private static String status(Source s) {
        SourceHealth h = s.health();
        if (s.paused()) {
            return "paused";
        }
        if (h.consecutiveFailures() > 0) {
            return "failing";
        }
        return h.lastSuccess() == null ? "new" : "ok";
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
