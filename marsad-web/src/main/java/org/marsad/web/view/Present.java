package org.marsad.web.view;

import java.time.Clock;
import java.time.Instant;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.arabic.numbers.CountedNoun;
import org.marsad.enrich.story.Story;
import org.marsad.enrich.story.StoryTies;
import org.marsad.model.Article;
import org.marsad.model.PublishedDates;
import org.marsad.model.RelatedLink;
import org.marsad.search.SearchHit;
import org.marsad.web.format.ArabicRelativeTime;
import org.marsad.web.format.DateDisplay;

/** Turns stored articles and search hits into the view records the templates show. Pure, given a clock. */
public final class Present {
    /** Longest opening shown for an article listed without a query, in characters. */
    static final int SNIPPET = 240;
    /** News of fewer days than this is listed by how long ago it was published, older news by its day. */
    static final int RELATIVE_DAYS = 7;

    private final Clock clock;

    public Present(Clock clock) {
        this.clock = clock;
    }

    public HitView hit(SearchHit h) {
        LocalDate day = day(h.published());
        return new HitView(Urls.article(h.id()), title(h.title()), h.source(),
                h.source() == null ? null : Urls.source(h.source()),
                listed(h.published()), recentHour(h.published()), day == null ? null : h.published(),
                day == null ? null : DateDisplay.gregorian(day),
                snippet(h.snippet(), h.highlights()), List.of(), null);
    }

    /** A paragraph cut at a word to at most {@link #SNIPPET} characters ("…" marks the cut). */
    public static String opening(String paragraph) {
        if (paragraph == null || paragraph.length() <= SNIPPET) {
            return paragraph;
        }
        int cut = paragraph.lastIndexOf(' ', SNIPPET);
        return paragraph.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + "…";
    }

    /**
     * Search hits as a list shows them: the copies of one report folded into one item, each item saying which story
     * it is one report of when that story holds more than one article, so a reader sees that five results are five
     * outlets' reports of one event and can reach the story from the list.
     *
     * <p>Copies fold by the key the API gives every result: its {@code duplicate_of}, else its own id. The hits of
     * one key take one place: the original's when it is listed (its place in the ranking), else the best-ranked
     * copy's; the others are listed under it («و3 نسخ أخرى»). The count of matches stays the count of articles,
     * as the API's {@code total}.
     *
     * @param stories the hits' stories by id (one store query for the page, {@code Stories.byId}); a hit whose
     *                story is absent shows no line
     */
    public List<HitView> hits(List<SearchHit> hits, Map<String, Story> stories) {
        return hits(hits, stories, Map.of());
    }

    /**
     * As {@link #hits(List, Map)}, with the versions that rank on other pages of the same search listed under
     * their report's item here (the caller leaves out of {@code hits} the versions listed on another page).
     *
     * @param fromOtherPages by the report's original id, its versions ranked on other pages, best first
     */
    public List<HitView> hits(List<SearchHit> hits, Map<String, Story> stories,
                              Map<String, List<HitView>> fromOtherPages) {
        Map<String, List<SearchHit>> byOriginal = new LinkedHashMap<>();
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (SearchHit h : hits) {
            byOriginal.computeIfAbsent(originalOf(h), k -> new ArrayList<>()).add(h);
            listed.add(h.id());
        }
        List<HitView> out = new ArrayList<>();
        for (SearchHit h : hits) {
            String original = originalOf(h);
            List<SearchHit> versions = byOriginal.get(original);
            SearchHit shown = listed.contains(original)
                    ? versions.stream().filter(v -> v.id().equals(original)).findFirst().orElseThrow()
                    : versions.get(0);
            if (shown != h) {
                continue;
            }
            HitView v = hit(h);
            List<HitView> copies = new ArrayList<>(versions.stream().filter(c -> c != shown).map(this::hit).toList());
            copies.addAll(fromOtherPages.getOrDefault(original, List.of()));
            v = copies.isEmpty() ? v : v.withCopies(copies);
            Story s = h.story() == null ? null : stories.get(h.story());
            out.add(s == null || s.articles() < 2 ? v : v.inStory(inStory(s)));
        }
        return out;
    }

    /** The article a hit is a version of: its original when it is a copy, else itself. */
    private static String originalOf(SearchHit h) {
        return h.duplicateOf() != null ? h.duplicateOf() : h.id();
    }

    /**
     * «ضمن قصة نشرتها 3 وسائل», or, when one outlet (or none known) carried all of it, «ضمن قصة فيها مقالان»: the
     * count a reader weighs is how many outlets reported it, and a story of one outlet's follow-ups has only articles.
     */
    static Link inStory(Story s) {
        String label = s.outlets().size() >= 2 ? "ضمن قصة " + publishedBy(s.outlets().size())
                : "ضمن قصة فيها " + articles(s.articles());
        return new Link(label, Urls.story(s.id()), s.articles(), false);
    }

    /** An archive article in a list (similar articles, copies): no query, so its opening words unmarked. */
    public HitView hit(Article a) {
        LocalDate day = a.publishedDay().orElse(null);
        String opening = opening(a.body().isEmpty() ? "" : a.body().get(0));
        return new HitView(Urls.article(a.id()), title(a.title()), a.source(),
                a.source() == null ? null : Urls.source(a.source()), listed(a.published()),
                recentHour(a.published()), day == null ? null : a.published(),
                day == null ? null : DateDisplay.gregorian(day),
                opening.isEmpty() ? List.of() : List.of(new Part(opening, false)), List.of(), null);
    }

    /**
     * The article page.
     *
     * @param similar similar articles, already chosen and ordered
     * @param copies  the other versions of its text, earliest first
     * @param story   its story, or null when unknown
     * @param stored the "read also" URLs Marsad has stored, URL → article id: those items link to Marsad's copy
     */
    public ArticleView article(Article a, List<HitView> similar, List<Article> copies, Story story,
                               Map<String, String> stored) {
        LocalDate day = a.publishedDay().orElse(null);
        List<Link> tags = a.tags().stream().map(t -> Link.of(t, Urls.tag(t))).toList();
        List<Link> related = new ArrayList<>();
        for (RelatedLink r : a.related()) {
            String id = r.url() == null ? null : stored.get(r.url());
            // active marks an item that stays on this site
            related.add(id != null ? new Link(r.title(), Urls.article(id), -1, true)
                    : Link.of(r.title(), Urls.external(r.url())));
        }
        return new ArticleView(a.id(), title(a.title()), a.source(),
                a.source() == null ? null : Urls.source(a.source()), a.author(),
                a.published(), day == null ? null : DateDisplay.gregorian(day),
                day == null ? null : DateDisplay.hijri(day).orElse(null),
                PublishedDates.instant(a.published()).map(DateDisplay::hour).orElse(null), relative(a.published()),
                a.publishedText(), FigureViews.paragraphs(a), tags, related, similar,
                Urls.external(a.url()), copies.stream().map(this::hit).toList(),
                story == null || story.articles() < 2 ? null
                        : new Link(title(story.title()), Urls.story(story.id()), story.articles(), false),
                FigureViews.lines(a), entityGroups(a.entities()), autoTags(a));
    }

    /** The tags Marsad made for an article, linked to their entities' pages (see {@link ArticleView#autoTags}). */
    static List<ArticleView.AutoTag> autoTags(Article a) {
        List<ArticleView.AutoTag> out = new ArrayList<>();
        for (String tag : a.autoTags()) {
            var entity = a.entities().stream().filter(e -> tag.equals(e.name())).findFirst();
            out.add(entity.map(e -> new ArticleView.AutoTag(tag, Urls.entity(e.id()), entityType(e.type())))
                    .orElseGet(() -> new ArticleView.AutoTag(tag, Urls.tag(tag), null)));
        }
        return out;
    }

    /** The Arabic name of an entity type, plural ({@code PER}: أشخاص). */
    public static String entityTypes(String type) {
        return switch (type) {
            case "PER" -> "أشخاص";
            case "LOC" -> "أماكن";
            case "ORG" -> "منظمات";
            default -> type;
        };
    }

    /** The Arabic name of an entity type, singular ({@code PER}: شخص). */
    public static String entityType(String type) {
        return switch (type) {
            case "PER" -> "شخص";
            case "LOC" -> "مكان";
            case "ORG" -> "منظمة";
            default -> type;
        };
    }

    /** An article's entities as links to their pages, persons then places then organisations. */
    static List<Facet> entityGroups(List<org.marsad.model.ArticleEntity> entities) {
        List<Facet> out = new ArrayList<>();
        for (String type : List.of("PER", "LOC", "ORG")) {
            List<Link> links = entities.stream().filter(e -> type.equals(e.type()))
                    .map(e -> new Link(e.name(), Urls.entity(e.id()), e.count(), false)).toList();
            if (!links.isEmpty()) {
                out.add(new Facet(entityTypes(type), links));
            }
        }
        return out;
    }

    /**
     * A story in the "top stories" block; {@code collected}: its latest article has no published date, so its time
     * is when Marsad collected that article (see {@code Stories.latestUndated}).
     */
    public StoryCard storyCard(Story s, boolean collected) {
        StoryView.Moment last = moment(s.lastSeen(), null);
        // As the article lists: a story quiet for a week or more shows its last day, not "منذ سنتين" alone.
        LocalDate lastDay = bareDay(s.lastSeen(), null) ? s.lastSeen().atOffset(java.time.ZoneOffset.UTC).toLocalDate()
                : s.lastSeen().atZone(clock.getZone()).toLocalDate();
        String when = ChronoUnit.DAYS.between(lastDay, LocalDate.now(clock)) < RELATIVE_DAYS ? last.when()
                : DateDisplay.gregorianShort(lastDay);
        return new StoryCard(Urls.story(s.id()), title(s.title()), publishedBy(s.outlets().size()),
                articles(s.articles()), when, last.iso(),
                last.hour() == null ? last.full() : last.full() + "، " + last.hour(), collected);
    }

    /** The story page; {@code members} earliest first, as the store lists them. */
    public StoryView story(Story s, List<Article> members) {
        Map<String, String> outletOf = new LinkedHashMap<>();
        Map<String, List<StoryView.Item>> byOutlet = new LinkedHashMap<>();
        for (Article a : members) {
            outletOf.put(a.id(), a.source());
        }
        for (Article a : members) {
            LocalDate day = a.publishedDay().orElse(null);
            boolean copy = a.duplicateOf() != null;
            String originalHref = null;
            String originalLabel = null;
            if (copy) {
                originalHref = Urls.article(a.duplicateOf());
                String outlet = outletOf.get(a.duplicateOf());
                originalLabel = outlet != null ? outlet : "المقال الأصلي";
            }
            byOutlet.computeIfAbsent(a.source() == null ? "" : a.source(), k -> new ArrayList<>())
                    .add(new StoryView.Item(Urls.article(a.id()), title(a.title()), listed(a.published()),
                            PublishedDates.instant(a.published()).map(DateDisplay::hour).orElse(null),
                            day == null ? null : a.published(), day == null ? null : DateDisplay.gregorian(day),
                            copy, originalHref, originalLabel));
        }
        List<StoryView.OutletGroup> groups = new ArrayList<>();
        for (Map.Entry<String, List<StoryView.Item>> e : byOutlet.entrySet()) {
            boolean known = !e.getKey().isEmpty();
            groups.add(new StoryView.OutletGroup(known ? e.getKey() : "مصدر غير معروف",
                    known ? Urls.source(e.getKey()) : null, e.getValue()));
        }
        List<Link> outlets = s.outlets().stream().map(o -> Link.of(o, Urls.source(o))).toList();
        return new StoryView(s.id(), title(s.title()), publishedBy(s.outlets().size()),
                articles(s.articles()), moment(s.firstSeen(), members), moment(s.lastSeen(), members), outlets, groups,
                ties(StoryTies.of(members), members.size() < 2 ? null : EventLine.of(s.title())));
    }

    /**
     * Why the articles are together: the words, names and killed/injured counts their outlets share, each with how
     * many outlets, and the event the headline reports.
     */
    private static StoryView.Ties ties(StoryTies t, StoryView.Event event) {
        return new StoryView.Ties(
                t.terms().stream().map(x -> new StoryView.Shared(x.label(), outlets(x.outlets()))).toList(),
                t.entities().stream().map(x -> new StoryView.Shared(x.label(), outlets(x.outlets())))
                        .toList(),
                t.tolls().stream().map(x -> new StoryView.Shared(x.label(), outlets(x.outlets()))).toList(), event);
    }

    /**
     * A story's first or last news: its day and hour in the server clock's zone (named), and how long ago. A story
     * keeps an article dated by its day alone at that day's midnight UTC: that is a day, shown as the day it is,
     * without an hour nobody gave ("00:00 UTC", or the evening before west of Greenwich).
     *
     * @param members the story's articles, to tell a bare day from a time that happens to be midnight; null when not
     *                at hand (then midnight UTC is taken for a bare day)
     */
    private StoryView.Moment moment(Instant t, List<Article> members) {
        boolean collected = collected(t, members);
        if (!collected && bareDay(t, members)) {
            LocalDate day = t.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
            return new StoryView.Moment(day.toString(), DateDisplay.gregorian(day), null,
                    ArabicRelativeTime.since(t, clock.instant()), false);
        }
        ZonedDateTime local = t.atZone(clock.getZone());
        return new StoryView.Moment(t.toString(), DateDisplay.gregorian(local.toLocalDate()), DateDisplay.hour(local),
                ArabicRelativeTime.since(t, clock.instant()), collected);
    }

    /**
     * Whether a story's time is when Marsad collected an undated member rather than any member's publication: a
     * story keeps an article without a published date at the time it was fetched or stored, so pages imported long
     * after they appeared would otherwise read as news of the import's hour.
     */
    private static boolean collected(Instant t, List<Article> members) {
        if (members == null || members.stream().allMatch(a -> a.published() != null)) {
            return false;
        }
        for (Article a : members) {
            if (a.published() != null && PublishedDates.isValid(a.published())
                    && PublishedDates.sortSecond(a.published()) == t.getEpochSecond()) {
                return false;
            }
        }
        return true;
    }

    private static boolean bareDay(Instant t, List<Article> members) {
        if (t.getEpochSecond() % 86_400 != 0 || t.getNano() != 0) {
            return false;
        }
        if (members == null) {
            return true;
        }
        boolean timed = members.stream().anyMatch(a -> PublishedDates.instant(a.published())
                .map(o -> o.toInstant().equals(t)).orElse(false));
        return !timed;
    }

    /**
     * The hour of publication for a list, where "منذ 3 ساعات" or "أمس" leaves the reader asking "at what time?":
     * only for a value with a time whose day, where it was published, is today or yesterday there. Older news is
     * listed by its day; a bare day has no hour.
     */
    String recentHour(String published) {
        Optional<OffsetDateTime> t = PublishedDates.instant(published);
        if (t.isEmpty()) {
            return null;
        }
        LocalDate todayThere = clock.instant().atOffset(t.get().getOffset()).toLocalDate();
        long days = ChronoUnit.DAYS.between(t.get().toLocalDate(), todayThere);
        return days == 0 || days == 1 ? DateDisplay.hour(t.get()) : null;
    }

    /** An article without a headline still needs something to click. */
    static String title(String t) {
        return t == null || t.isBlank() ? "(بلا عنوان)" : t;
    }

    private static LocalDate day(String published) {
        if (published == null) {
            return null;
        }
        try {
            return PublishedDates.day(published);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * When an article in a list was published: how long ago for this week's news ("منذ 3 ساعات", "منذ 5 أيام"),
     * its day for older news ("12 ديسمبر 2023"). "منذ 3 سنوات" alone hid the day from a reader of an archive, on a
     * phone above all, where the full date in the hover text cannot be seen (review18's walk).
     */
    String listed(String published) {
        LocalDate d = day(published);
        if (d == null) {
            return relative(published);
        }
        long days = ChronoUnit.DAYS.between(d, LocalDate.now(clock));
        return days < RELATIVE_DAYS ? relative(published) : DateDisplay.gregorianShort(d);
    }

    /** Relative time of a stored publication value; a bare day is compared by day, a date-time by the clock. */
    String relative(String published) {
        if (published == null) {
            return null;
        }
        try {
            if (published.length() == 10) {
                return ArabicRelativeTime.since(LocalDate.parse(published), LocalDate.now(clock));
            }
            try {
                return ArabicRelativeTime.since(OffsetDateTime.parse(published).toInstant(), clock.instant());
            } catch (DateTimeException noOffset) {
                // the page gave a wall-clock time without offset: read it in the server's zone
                return ArabicRelativeTime.since(LocalDateTime.parse(published).atZone(clock.getZone()).toInstant(),
                        clock.instant());
            }
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Splits a plain-text snippet at its highlight spans. Spans out of range or overlapping an earlier one are
     * clipped, so a wrong span can at worst mark the wrong words, never break the page.
     */
    public static List<Part> snippet(String text, List<SearchHit.Span> spans) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Part> parts = new ArrayList<>();
        int at = 0;
        List<SearchHit.Span> sorted = spans == null ? List.of()
                : spans.stream().sorted(Comparator.comparingInt(SearchHit.Span::start)).toList();
        for (SearchHit.Span s : sorted) {
            int start = Math.max(at, Math.min(s.start(), text.length()));
            int end = Math.max(start, Math.min(s.end(), text.length()));
            if (end == start) {
                continue;
            }
            if (start > at) {
                parts.add(new Part(text.substring(at, start), false));
            }
            parts.add(new Part(text.substring(start, end), true));
            at = end;
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), false));
        }
        return parts;
    }

    private static final CountedNoun ARTICLES = new CountedNoun("مقال واحد", "مقالان", "مقالات", "مقالاً", "مقال");
    private static final CountedNoun STORIES = new CountedNoun("قصة واحدة", "قصتان", "قصص", "قصة", "قصة");
    private static final CountedNoun OUTLETS = new CountedNoun("وسيلة واحدة", "وسيلتان", "وسائل", "وسيلة", "وسيلة");

    /** "مقال واحد", "مقالان", "3 مقالات", "11 مقالاً", "100 مقال". */
    public static String articles(long n) {
        return n == 0 ? "لا مقالات" : ARTICLES.count(n);
    }

    /** "قصة واحدة", "قصتان", "3 قصص", "11 قصة": how many stories the archive holds. */
    public static String stories(long n) {
        return n == 0 ? "لا قصص" : STORIES.count(n);
    }

    private static final CountedNoun OTHER_COPIES = new CountedNoun("نسخة أخرى", "نسختان أخريان", "نسخ أخرى",
            "نسخة أخرى", "نسخة أخرى");

    /** «ونسخة أخرى», «ونسختان أخريان», «و3 نسخ أخرى», «و11 نسخة أخرى»: the copies folded under a listed hit. */
    public static String otherCopies(long n) {
        return "و" + OTHER_COPIES.count(n);
    }

    /** "وسيلة واحدة", "وسيلتان", "3 وسائل", "12 وسيلة": how many outlets carried a story. */
    public static String outlets(long n) {
        return OUTLETS.count(n);
    }

    /**
     * Who published a story: "نشرتها 3 وسائل", or that no outlet is known when none of its articles names one (an
     * import without the "source" field) — never "نشرتها 0 وسيلة", which reads as if nobody had published it.
     */
    static String publishedBy(int knownOutlets) {
        return knownOutlets == 0 ? "لم تُعرف وسيلة النشر" : "نشرتها " + outlets(knownOutlets);
    }
}
