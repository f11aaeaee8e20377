package org.marsad.web;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.TermCosine;
import org.marsad.enrich.story.Story;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndexing;
import org.marsad.search.FacetSet;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.store.Archive;
import org.marsad.store.stories.Stories;
import org.marsad.web.chart.CoverageChart;
import org.marsad.web.format.DateDisplay;
import org.marsad.web.http.Params;
import org.marsad.arabic.figures.Category;
import org.marsad.enrich.figures.FigureReport;
import org.marsad.enrich.figures.StoryFigures;
import org.marsad.store.figures.FigureQuery;
import org.marsad.web.format.FigureText;
import org.marsad.web.http.FigureRequest;
import org.marsad.web.view.ErrorView;
import org.marsad.web.view.FigureViews;
import org.marsad.web.view.FiguresView;
import org.marsad.web.view.Facet;
import org.marsad.web.view.HitView;
import org.marsad.web.view.Link;
import org.marsad.web.view.Page;
import org.marsad.web.view.Present;
import org.marsad.web.view.SearchView;
import org.marsad.web.view.Urls;

/** The HTML pages: front, article, story, search, outlet and tag. */
final class Pages {
    static final int PAGE_SIZE = 20;
    static final int MAX_PAGE = Params.MAX_DEPTH / PAGE_SIZE;
    static final int FRONT_SIZE = 30;
    static final int MAX_FRONT_PAGE = Params.MAX_DEPTH / FRONT_SIZE;
    static final int SIMILAR = 5;
    /** Similar-article candidates read from the index, to pick {@link #SIMILAR} from other stories. */
    static final int SIMILAR_CANDIDATES = 25;
    /**
     * The least {@link TermCosine} of a similar article with the page's: below it, two articles share only the
     * everyday words of news. Chosen by hand, below the story threshold (0.25) since a neighbour need not be the same
     * event; SimilarArticlesTest checks that two aid reports pass and aid against a conference, a rate decision or
     * rain does not.
     */
    static final double MIN_SIMILARITY = 0.12;
    static final int TOP_STORIES = 6;
    /**
     * Top stories are the most carried among those with news in this window before the archive's latest news.
     * Measured from the latest news rather than from now, so a static archive (the demo, a research slice) still
     * has top stories.
     */
    static final Duration TOP_WINDOW = Duration.ofHours(72);

    private final Archive archive;
    private final Views views;
    private final Present present;
    private final java.time.ZoneId zone;
    private final KeptCharts charts = new KeptCharts();

    private final java.util.function.Predicate<String> followedSource;

    /**
     * @param followedSource whether a name is a followed source's (its page exists before its first article)
     */
    Pages(Archive archive, Views views, Clock clock, java.util.function.Predicate<String> followedSource) {
        this.archive = archive;
        this.followedSource = followedSource;
        this.views = views;
        this.present = new Present(clock);
        this.zone = clock.getZone();
    }

    /**
     * The newest news, {@link #FRONT_SIZE} a page ({@code ?page=N} goes further back), copies folded, each saying
     * which story it is one report of as search hits do (the page's stories read in one query). While nothing
     * can be searched (an index rebuilt with no old one to read), the list is read from the store, without the
     * outlet and tag lists, under a banner saying why: the home page every notice links to keeps working. So too
     * while the index cannot be reached (a shared index's nodes all down).
     */
    void front(Context ctx) {
        int page = new Params(ctx.queryParamMap()).page();
        int offset = (Math.min(page, MAX_FRONT_PAGE) - 1) * FRONT_SIZE;
        java.util.Optional<Archive.RebuildProgress> rebuild = unsearchable();
        String notice = rebuild.map(RebuildNotice::banner).orElse(null);
        SearchResults r = null;
        if (rebuild.isEmpty()) {
            try {
                // the front page lists outlets and tags only: no other facet is counted
                r = archive.search(new SearchRequest("", null, null, null, null, SearchRequest.Sort.DATE,
                        FRONT_SIZE, offset), FacetSet.of("source", "tag"));
            } catch (org.marsad.search.IndexUnavailable e) {
                notice = RebuildNotice.UNREACHABLE_BANNER;
            }
        }
        boolean fromStore = r == null;
        if (fromStore) {
            r = StoreLists.openingsCut(archive.newestStored(null, null, FRONT_SIZE, offset));
        }
        long pages = Math.min(MAX_FRONT_PAGE, (r.total() + FRONT_SIZE - 1) / FRONT_SIZE);
        if (page > 1 && page > pages) {
            throw pastTheEnd("الأخبار", pages, r.total() > (long) MAX_FRONT_PAGE * FRONT_SIZE);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", new Page("آخر الأخبار", "", "/feed.atom"));
        // the top stories lead the first page only: further pages are the archive going back
        m.put("stories", page == 1 ? topStories().stream().map(s -> present.storyCard(s, archive.stories().latestUndated(s.id()))).toList() : List.of());
        m.put("latest", present.hits(r.hits(), storiesOf(r.hits())));
        m.put("pager", new Link(pages > 1 ? "الصفحة " + page + " من " + pages : null,
                page < pages ? "/?page=" + (page + 1) : null, -1, false));
        m.put("newer", page > 1 ? (page == 2 ? "/" : "/?page=" + (page - 1)) : null);
        // read from the store there are no outlet and tag counts: no side column rather than an empty one
        m.put("facets", fromStore ? List.of() : List.of(
                new Facet("المصادر", facetLinks(r, "source", v -> Urls.source(v), null)),
                new Facet("الوسوم الأكثر تداولاً", facetLinks(r, "tag", v -> Urls.tag(v), null))));
        m.put("totalText", "في الأرشيف " + Present.articles(r.total()) + (fromStore ? "" : beingIndexed(r.total())));
        m.put("notice", notice);
        views.render(ctx, "index.jte", m);
    }

    /**
     * "، و300 مقال غيرها قيد الفهرسة" while this process's index lags behind the store (/healthz's index.lag is not
     * 0: another process stored articles the server is still indexing), so that a reader who was told an ingest is
     * done sees why the count is short; empty when nothing waits. {@code searchable} is the count shown.
     */
    private String beingIndexed(long searchable) {
        if (!archive.owner() || archive.store().lastSeq() <= archive.indexedSeq()) {
            // (An archive that does not index has nobody here to do it: no promise.)
            return "";
        }
        long waiting = archive.store().count() - searchable;
        return waiting > 0 ? "، و" + Present.articles(waiting) + " غيرها قيد الفهرسة" : "";
    }

    /** The rebuild that leaves nothing to search now, if any. */
    private java.util.Optional<Archive.RebuildProgress> unsearchable() {
        return archive.searchable() ? java.util.Optional.empty()
                : archive.rebuildProgress().filter(p -> !p.oldIndexServed());
    }

    /**
     * An outlet's or tag's page: its search page, or with no other filter while nothing can be searched (a rebuild)
     * or the index cannot be reached (a shared index's nodes all down), its newest articles read from the store under
     * a banner saying why, as the front page does. With a filter the index is needed, and its refusal stands (503).
     */
    private void listing(Context ctx, State s, String heading, String title, Runnable searched) {
        java.util.Optional<Archive.RebuildProgress> rebuild = unsearchable();
        if (rebuild.isPresent() && !filtered(s)) {
            listFromStore(ctx, s, heading, title, RebuildNotice.banner(rebuild.get()));
            return;
        }
        try {
            searched.run();
        } catch (org.marsad.search.IndexUnavailable e) {
            if (filtered(s)) {
                throw e;
            }
            listFromStore(ctx, s, heading, title, RebuildNotice.UNREACHABLE_BANNER);
        }
    }

    /** The newest articles of the page's outlet or tag read from the store, under {@code notice}. */
    private void listFromStore(Context ctx, State s, String heading, String title, String notice) {
        SearchResults r = StoreLists.openingsCut(archive.newestStored(s.source, s.tag, PAGE_SIZE,
                (Math.min(s.page, MAX_PAGE) - 1) * PAGE_SIZE));
        if (r.total() == 0 && s.source != null && !followedSource.test(s.source)) {
            throw new NotFound("لا يوجد مصدر بهذا الاسم في الأرشيف.");
        }
        long pages = Math.min(MAX_PAGE, (r.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (s.page > 1 && s.page > pages) {
            throw pastTheEnd("الأخبار", pages, r.total() > (long) MAX_PAGE * PAGE_SIZE);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(title));
        m.put("stories", List.of());
        m.put("latest", present.hits(r.hits(), storiesOf(r.hits())));
        m.put("pager", new Link(pages > 1 ? "الصفحة " + s.page + " من " + pages : null,
                s.page < pages ? s.hrefWith("page", Integer.toString(s.page + 1)) : null, -1, false));
        m.put("newer", s.page > 1 ? s.hrefWith("page", s.page == 2 ? null : Integer.toString(s.page - 1)) : null);
        m.put("facets", List.of());
        m.put("totalText", Present.articles(r.total()));
        m.put("notice", notice);
        m.put("heading", heading);
        // an outlet followed but not yet fetched, or a tag nothing carries: not the empty archive's first steps
        m.put("emptyText", s.source != null ? nothingStoredYet(s.source) : "لا أخبار بهذا الوسم في الأرشيف.");
        views.render(ctx, "index.jte", m);
    }

    /** Whether a page has a filter or a query beyond its fixed outlet or tag (a page number is none). */
    private static boolean filtered(State s) {
        return s.params.entrySet().stream().anyMatch(e -> e.getValue() != null && !e.getKey().equals("page"));
    }

    /** An outlet's page with nothing stored from it: followed, not fetched yet (an unknown outlet is a 404). */
    private static String nothingStoredYet(String source) {
        return "لم يُحفظ من «" + source + "» أي خبر بعد؛ يُجلب عند موعد فحصه القادم (انظر صفحة المصادر).";
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw new NotFound("لا يوجد مقال بهذا المعرّف.");
        }
        Article a = archive.store().get(id).orElseThrow(() -> new NotFound("لا يوجد مقال بهذا المعرّف في الأرشيف."));
        Stories stories = archive.stories();
        List<Article> copies = stories.copies(id);
        Story story = a.story() == null ? null : stories.story(a.story()).orElse(null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(a.title() == null ? "مقال" : a.title()));
        Map<String, String> stored = archive.store().idsByUrl(a.related().stream()
                .map(org.marsad.model.RelatedLink::url).toList());
        m.put("a", present.article(a, similar(stories, a, copies), copies, story, stored));
        views.render(ctx, "article.jte", m);
    }

    /** Stories a page of the {@code /stories} index. */
    static final int STORIES_SIZE = 30;
    static final int MAX_STORIES_PAGE = Params.MAX_DEPTH / STORIES_SIZE;

    /**
     * Every story, the latest news first, {@link #STORIES_SIZE} a page ({@code ?page=N} goes further back): what
     * the front page's few top stories leave out.
     */
    void stories(Context ctx) {
        int page = new Params(ctx.queryParamMap()).page();
        Stories stories = archive.stories();
        long total = stories.count();
        long pages = Math.min(MAX_STORIES_PAGE, (total + STORIES_SIZE - 1) / STORIES_SIZE);
        if (page > 1 && page > pages) {
            throw pastTheEnd("القصص", pages, total > (long) MAX_STORIES_PAGE * STORIES_SIZE);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("كل القصص"));
        m.put("stories", stories.recent(STORIES_SIZE, (page - 1) * STORIES_SIZE).stream()
                .map(s -> present.storyCard(s, stories.latestUndated(s.id()))).toList());
        m.put("totalText", "في الأرشيف " + Present.stories(total));
        m.put("pager", new Link(pages > 1 ? "الصفحة " + page + " من " + pages : null,
                page < pages ? "/stories?page=" + (page + 1) : null, -1, false));
        m.put("newer", page > 1 ? (page == 2 ? "/stories" : "/stories?page=" + (page - 1)) : null);
        views.render(ctx, "stories.jte", m);
    }

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > 200) {
            throw new NotFound("لا توجد قصة بهذا المعرّف.");
        }
        Stories stories = archive.stories();
        Story s = stories.story(id).orElseThrow(() -> new NotFound("لا توجد قصة بهذا المعرّف في الأرشيف."));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(s.title() == null ? "قصة" : s.title()));
        List<Article> members = stories.members(id);
        m.put("s", present.story(s, members));
        m.put("figures", FigureViews.panels(StoryFigures.of(members)));
        views.render(ctx, "story.jte", m);
    }

    /**
     * The most carried stories of the last days of news that more than one article reported. When those days hold
     * none (a quiet or old archive), the most carried stories of the whole archive, so the block is never empty
     * while the archive has a story worth showing.
     */
    private List<Story> topStories() {
        Stories stories = archive.stories();
        List<Story> newest = stories.recent(1, 0);
        if (newest.isEmpty()) {
            return List.of();
        }
        Instant since = newest.get(0).lastSeen().minus(TOP_WINDOW);
        List<Story> recent = carriedMoreThanOnce(stories.top(TOP_STORIES, since));
        return recent.isEmpty() ? carriedMoreThanOnce(stories.top(TOP_STORIES, null)) : recent;
    }

    // top() ranks by outlets then articles, so the lone articles (already in the latest list) come last
    private static List<Story> carriedMoreThanOnce(List<Story> ranked) {
        return ranked.stream().filter(st -> st.articles() > 1).toList();
    }

    /**
     * Similar articles for the article page: from other stories first (what the reader has not seen yet), then,
     * to fill the box, the index's other close matches that are not copies of this article. Only candidates that
     * share at least {@link #MIN_SIMILARITY} of their vocabulary with the article are shown: an article with no
     * real neighbour gets an empty box rather than unrelated news.
     */
    private List<HitView> similar(Stories stories, Article a, List<Article> copies) {
        String id = a.id();
        Map<String, Float> terms = ArticleFeatures.of(a, Instant.EPOCH).terms();
        List<SearchHit> candidates = new ArrayList<>();
        for (SearchHit h : archive.similar(id, SIMILAR_CANDIDATES)) {
            archive.store().get(h.id())
                    .filter(c -> TermCosine.of(terms, ArticleFeatures.of(c, Instant.EPOCH).terms()) >= MIN_SIMILARITY)
                    .ifPresent(c -> candidates.add(h));
        }
        List<Article> related = stories.related(id, candidates.stream().map(SearchHit::id).toList(), SIMILAR);
        Set<String> shown = new HashSet<>();
        shown.add(id);
        copies.forEach(c -> shown.add(c.id()));
        List<HitView> out = new ArrayList<>();
        for (Article r : related) {
            if (shown.add(r.id())) {
                out.add(present.hit(r));
            }
        }
        for (SearchHit h : candidates) {
            if (out.size() >= SIMILAR) {
                break;
            }
            if (shown.add(h.id())) {
                out.add(present.hit(h));
            }
        }
        return out;
    }

    /** Most figures the figures page reads (newest first); its chart covers these. */
    static final int FIGURES_PAGE_LIMIT = FigureRequest.MAX_LIMIT;

    /**
     * The figures of a search's articles for one category ({@code q}, {@code category} — killed by default —,
     * {@code from}, {@code to}): headlines per attribution, conflicts, a chart over time and every value.
     */
    void figures(Context ctx) {
        FigureRequest r = FigureRequest.of(new Params(ctx.queryParamMap()));
        Category category = r.category() == null ? Category.KILLED : r.category();
        if (r.query() != null) {
            archive.checkSearchable();
        }
        Set<String> articles = r.query() == null ? null : new HashSet<>(archive.index().matchingIds(
                new SearchRequest(r.query(), null, null, null, null, SearchRequest.Sort.RELEVANCE, 1, 0)));
        List<FigureReport> found = archive.figures().list(new FigureQuery(articles, category, r.from(), r.to(),
                false, FIGURES_PAGE_LIMIT, 0));
        StoryFigures.Timeline t = StoryFigures.ofReports(found).category(category);
        Map<String, String> base = Urls.params("q", r.query(), "from", day(r.from()), "to", day(r.to()));
        List<Link> categories = new ArrayList<>();
        for (Category c : Category.values()) {
            if (c == Category.OTHER) {
                continue;
            }
            Map<String, String> p = new LinkedHashMap<>(base);
            p.put("category", c.key());
            categories.add(new Link(FigureText.category(c), Urls.withQuery("/figures", p), -1, c == category));
        }
        Map<String, String> api = new LinkedHashMap<>(base);
        api.put("category", category.key());
        api.put("limit", Integer.toString(FIGURES_PAGE_LIMIT));
        Map<String, String> csv = new LinkedHashMap<>(api);
        csv.put("format", "csv");
        String heading = "الأرقام المعلنة: " + FigureText.category(category)
                + (r.query() == null ? "" : " — في نتائج البحث عن: " + r.query());
        FiguresView view = new FiguresView(heading, r.query() == null ? "" : r.query(), category.key(),
                day(r.from()) == null ? "" : day(r.from()), day(r.to()) == null ? "" : day(r.to()), categories,
                t == null ? null : FigureViews.panel(t),
                found.size() >= FIGURES_PAGE_LIMIT ? "تعرض الصفحة أحدث " + FIGURES_PAGE_LIMIT + " رقم فقط." : null,
                Urls.withQuery("/search", base), Urls.withQuery("/api/figures", api),
                Urls.withQuery("/api/figures", csv));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", new Page("الأرقام: " + FigureText.category(category), r.query() == null ? "" : r.query(), null));
        m.put("f", view);
        views.render(ctx, "figures.jte", m);
    }

    private static String day(LocalDate d) {
        return d == null ? null : d.toString();
    }

    void search(Context ctx) {
        State s = State.read(ctx, "/search", null, null);
        String heading = s.q == null ? "كل الأخبار" : "نتائج البحث عن: " + s.q;
        render(ctx, s, heading, s.q == null ? "بحث" : s.q);
    }

    void source(Context ctx) {
        String name = ctx.pathParam("name");
        if (name.isBlank()) {
            // a blank name filters nothing: the page would list the whole archive under an empty outlet's heading
            throw new NotFound("لا يوجد مصدر بهذا الاسم في الأرشيف.");
        }
        State s = State.read(ctx, "/source/" + Urls.segment(name), "source", name);
        // A name no article carries and no followed source has is a wrong address, as an unknown /entity/{id} is;
        // a known outlet whose filters match nothing keeps its page ("لا نتائج").
        listing(ctx, s, "أخبار " + name, name, () -> render(ctx, s, "أخبار " + name, name, r -> r.total() == 0
                && !followedSource.test(name) && archive.search(new SearchRequest("", name, null, null, null,
                        SearchRequest.Sort.DATE, 1, 0), FacetSet.NONE).total() == 0));
    }

    void tag(Context ctx) {
        String tag = ctx.pathParam("tag");
        if (tag.isBlank()) {
            // as for an outlet: a blank tag filters nothing, so its page would be the whole archive under "وسم: "
            throw new NotFound("لا يوجد وسم بهذا الاسم.");
        }
        State s = State.read(ctx, "/tag/" + Urls.segment(tag), "tag", tag);
        listing(ctx, s, "وسم: " + tag, tag, () -> render(ctx, s, "وسم: " + tag, tag));
    }

    /** The query language in Arabic, with examples that run. */
    void searchHelp(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled("لغة البحث"));
        m.put("groups", org.marsad.web.view.QueryExample.all());
        views.render(ctx, "help.jte", m);
    }

    /**
     * A page number past a list's end (a 404): says the list has no more and where it ends, or, when the list goes
     * on past the deepest page shown ({@code capped}), how to reach the older part.
     */
    static NotFound pastTheEnd(String what, long pages, boolean capped) {
        if (capped) {
            return new NotFound("لا تُعرض " + what + " بعد الصفحة " + pages
                    + ". للأقدم منها ابحث بتاريخ (مثل to:2024-01-31).");
        }
        return new NotFound(pages <= 1 ? "لا مزيد من " + what + " بعد الصفحة الأولى."
                : "لا مزيد من " + what + ": آخر صفحة هي الصفحة " + pages + ".");
    }

    void error(Context ctx, int status, String heading, String message) {
        ctx.status(status);
        Map<String, Object> m = new LinkedHashMap<>();
        // a search refused for now keeps its words in the box, to try again without typing them; so does one the
        // server could not read (an unclosed bracket or quote), to be corrected instead of typed again
        String q = status == 503 || status == 400 ? ctx.queryParam("q") : null;
        m.put("page", q == null || q.length() > Params.MAX_QUERY ? Page.titled(heading) : new Page(heading, q, null));
        m.put("e", new ErrorView(status, heading, message));
        views.render(ctx, "error.jte", m);
    }

    /** The Arabic error page, for this server's handlers and for the requests Jetty refuses before them. */
    String errorPage(int status, String heading, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", Page.titled(heading));
        m.put("e", new ErrorView(status, heading, message));
        return views.render("error.jte", m);
    }

    private void render(Context ctx, State s, String heading, String title) {
        render(ctx, s, heading, title, r -> false);
    }

    private void render(Context ctx, State s, String heading, String title,
            java.util.function.Predicate<SearchResults> unknown) {
        SearchResults r = archive.search(s.request());
        if (unknown.test(r)) {
            throw new NotFound("لا يوجد مصدر بهذا الاسم في الأرشيف.");
        }
        long pages = Math.min(MAX_PAGE, (r.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        if (s.page > 1 && s.page > pages) {
            throw pastTheEnd("النتائج", pages, r.total() > (long) MAX_PAGE * PAGE_SIZE);
        }
        List<Link> sorts = List.of(
                new Link("الأكثر صلة", s.hrefWith("sort", "relevance", "page", null), -1,
                        s.sort() == SearchRequest.Sort.RELEVANCE),
                new Link("الأحدث", s.hrefWith("sort", "date", "page", null), -1,
                        s.sort() == SearchRequest.Sort.DATE),
                new Link("الأقدم", s.hrefWith("sort", "oldest", "page", null), -1,
                        s.sort() == SearchRequest.Sort.OLDEST));
        List<Facet> facets = List.of(
                new Facet("المصادر", facetLinks(r, "source", v -> s.filterHref("source", v), s.source)),
                new Facet("الوسوم", facetLinks(r, "tag", v -> s.filterHref("tag", v), s.tag)),
                new Facet("الأشهر", monthLinks(r, s)),
                new Facet("الأشخاص", entityLinks(r, s, "person")),
                new Facet("الأماكن", entityLinks(r, s, "place")),
                new Facet("المنظمات", entityLinks(r, s, "org")));
        String feedQuery = Urls.withQuery("", Urls.params("q", s.q, "source", s.source, "tag", s.tag));
        SearchView view = new SearchView(heading, s.q == null ? "" : s.q, r.total(),
                "عدد النتائج: " + Present.articles(r.total()),
                listed(r.hits(), s.request()), facets, coverage(r, s), sorts,
                s.page > 1 ? s.hrefWith("page", s.page == 2 ? null : Integer.toString(s.page - 1)) : null,
                s.page < pages ? s.hrefWith("page", Integer.toString(s.page + 1)) : null,
                pages > 1 ? "الصفحة " + s.page + " من " + pages : null,
                filters(s), "/feed.atom" + feedQuery, "/feed.rss" + feedQuery,
                "/export.csv" + s.exportQuery(), "/export.jsonl" + s.exportQuery(), watchHref(s),
                Urls.withQuery("/figures", Urls.params("q", queryLanguage(s), "from", s.get("from"), "to",
                        s.get("to"))),
                s.source != null && !filtered(s) ? nothingStoredYet(s.source)
                        : "لا نتائج. جرّب كلمات أقل أو أزل بعض عوامل التصفية.");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", new Page(title, s.q == null ? "" : s.q, "/feed.atom" + feedQuery));
        m.put("s", view);
        views.render(ctx, "search.jte", m);
    }

    /**
     * A page of search hits as listed: each report once, on the page where it ranks ({@link CopiesAcrossPages}),
     * with its matching versions from other pages under it (read from the store: their ids in one query, the
     * versions in one more).
     */
    private List<HitView> listed(List<SearchHit> hits, SearchRequest request) {
        Set<String> reports = new HashSet<>();
        hits.forEach(h -> reports.add(CopiesAcrossPages.reportOf(h)));
        CopiesAcrossPages across = hits.isEmpty() ? CopiesAcrossPages.NONE : CopiesAcrossPages.of(hits,
                archive.stories().versions(reports), ids -> archive.index().matchingAmong(request, ids));
        List<SearchHit> here = hits.stream().filter(h -> !across.elsewhere().contains(h.id())).toList();
        Map<String, List<HitView>> more = new LinkedHashMap<>();
        if (!across.fromElsewhere().isEmpty()) {
            // every version from other pages in one read, not a transaction each
            Map<String, org.marsad.model.Article> found = archive.store().getAll(
                    across.fromElsewhere().values().stream().flatMap(List::stream).toList());
            across.fromElsewhere().forEach((report, ids) -> more.put(report, ids.stream().map(found::get)
                    .filter(java.util.Objects::nonNull).map(present::hit).toList()));
        }
        return present.hits(here, storiesOf(here), more);
    }

    /** The stories the hits belong to, read for the whole page at once (not one per hit), kept until a commit. */
    private Map<String, Story> storiesOf(List<SearchHit> hits) {
        List<String> ids = hits.stream().map(SearchHit::story).filter(java.util.Objects::nonNull).distinct().toList();
        return ids.isEmpty() ? Map.of() : archive.storiesById(ids);
    }

    /**
     * The watches page with this search as the new watch's query: the words, and the outlet and tag filters in the
     * query language. Dates are left out: a watch looks at articles yet to come.
     */
    private static String watchHref(State s) {
        String q = queryLanguage(s);
        return q.isEmpty() ? null : Urls.withQuery("/watches", Urls.params("q", q));
    }

    /** The search's words with its outlet and tag filters written in the query language; "" for no filter. */
    private static String queryLanguage(State s) {
        StringBuilder q = new StringBuilder(s.q == null ? "" : s.q);
        if (s.source != null) {
            q.append(q.length() == 0 ? "" : " ").append("source:\"").append(s.source.replace("\"", "")).append('"');
        }
        if (s.tag != null) {
            q.append(q.length() == 0 ? "" : " ").append("tag:\"").append(s.tag.replace("\"", "")).append('"');
        }
        return q.toString();
    }

    private static List<Link> facetLinks(SearchResults r, String facet, java.util.function.Function<String, String> href,
                                         String active) {
        List<Link> out = new ArrayList<>();
        for (SearchResults.FacetCount f : r.facets().getOrDefault(facet, List.of())) {
            out.add(new Link(f.value(), href.apply(f.value()), f.count(), f.value().equals(active)));
        }
        return out;
    }

    /**
     * Entity facet values (canonical names) as links that add the entity's filter ({@code person:"…"}) to the
     * query, so that the narrowed search matches every spelling of the name; active when the query has it already.
     */
    private static List<Link> entityLinks(SearchResults r, State s, String facet) {
        List<Link> out = new ArrayList<>();
        String q = s.q == null ? "" : s.q;
        for (SearchResults.FacetCount f : r.facets().getOrDefault(facet, List.of())) {
            String filter = facet + ":\"" + f.value().replace("\"", "") + "\"";
            boolean active = q.contains(filter);
            String narrowed = active ? q : (q.isEmpty() ? filter : q + " " + filter);
            if (narrowed.length() > Params.MAX_QUERY) {
                continue;
            }
            out.add(new Link(f.value(), s.hrefWith("q", narrowed, "page", null), f.count(), active));
        }
        return out;
    }

    /**
     * The coverage chart of the results, from their day and hour facets; a bar narrows the search to its period
     * (back to its first page).
     */
    private CoverageChart coverage(SearchResults r, State s) {
        // the bars' links differ only in their period: the page's other parameters, with the period's places held
        return charts.chart(r.facets(), r.total(), s.hrefWith("from", PERIOD, "to", PERIOD, "page", null),
                () -> drawCoverage(r, s));
    }

    // what stands for a bar's period in the key of its links: any fixed value does, since only the period varies
    private static final String PERIOD = "\u0001";

    private CoverageChart drawCoverage(SearchResults r, State s) {
        java.util.TreeMap<LocalDate, Long> days = new java.util.TreeMap<>();
        long dated = 0;
        for (SearchResults.FacetCount f : r.facets().getOrDefault(ArticleIndexing.DATE_FACET, List.of())) {
            try {
                days.merge(org.marsad.web.format.DateDisplay.isoDay(f.value()), f.count(), Long::sum);
                dated += f.count();
            } catch (DateTimeParseException ignored) {
                // not a day: says nothing about time
            }
        }
        Map<java.time.Instant, Long> hours = new java.util.HashMap<>();
        for (SearchResults.FacetCount f : r.facets().getOrDefault(ArticleIndexing.HOUR_FACET, List.of())) {
            try {
                hours.merge(java.time.LocalDateTime.parse(f.value() + ":00").toInstant(java.time.ZoneOffset.UTC),
                        f.count(), Long::sum);
            } catch (DateTimeParseException ignored) {
                // not an hour
            }
        }
        return CoverageChart.of(days, hours, Math.max(0, r.total() - dated), zone,
                (from, to) -> s.hrefWith("from", from.toString(), "to", to.toString(), "page", null));
    }

    /** Month facet values as links that set from/to to the month's first and last day, newest month first. */
    private static List<Link> monthLinks(SearchResults r, State s) {
        List<SearchResults.FacetCount> months = new ArrayList<>(r.facets().getOrDefault("month", List.of()));
        months.sort((a, b) -> b.value().compareTo(a.value()));
        List<Link> out = new ArrayList<>();
        for (SearchResults.FacetCount f : months) {
            try {
                YearMonth ym = DateDisplay.isoMonth(f.value());
                String from = ym.atDay(1).toString();
                String to = ym.atEndOfMonth().toString();
                boolean active = from.equals(s.get("from")) && to.equals(s.get("to"));
                out.add(new Link(DateDisplay.month(ym), s.hrefWith("from", from, "to", to, "page", null), f.count(), active));
            } catch (DateTimeParseException ignored) {
                // not a month: nothing to link
            }
        }
        return out;
    }

    /** One removable chip per active filter; the path's own filter (outlet or tag page) removes to /search. */
    private static List<Link> filters(State s) {
        List<Link> out = new ArrayList<>();
        if (s.fixed != null) {
            String label = (s.fixed.equals("source") ? "المصدر: " : "الوسم: ") + s.fixedValue;
            out.add(Link.of(label, new State("/search", null, null, s.params).hrefWith("page", null)));
        }
        if (s.get("source") != null) {
            out.add(Link.of("المصدر: " + s.get("source"), s.hrefWith("source", null, "page", null)));
        }
        if (s.get("tag") != null) {
            out.add(Link.of("الوسم: " + s.get("tag"), s.hrefWith("tag", null, "page", null)));
        }
        if (s.get("from") != null || s.get("to") != null) {
            String label = "التاريخ: " + DateDisplay.range(s.get("from"), s.get("to"));
            out.add(Link.of(label, s.hrefWith("from", null, "to", null, "page", null)));
        }
        return out;
    }

    /**
     * The parameters of a search page, read and bounded once, and able to build links to variations of itself.
     * {@code fixed} names the filter that the path carries (an outlet or tag page), which stays out of the query
     * string.
     */
    static final class State {
        final String path;
        final String fixed;
        final String fixedValue;
        final Map<String, String> params;
        final String q;
        final String source;
        final String tag;
        final int page;
        private SearchRequest request;
        /** The parameters' names in order, and each one's encoded {@code name=value} once written (null: none). */
        private final String[] keys;
        private String[] pieces;

        State(String path, String fixed, String fixedValue, Map<String, String> params) {
            this.path = path;
            this.fixed = fixed;
            this.fixedValue = fixedValue;
            this.params = params;
            this.q = params.get("q");
            this.source = "source".equals(fixed) ? fixedValue : params.get("source");
            this.tag = "tag".equals(fixed) ? fixedValue : params.get("tag");
            this.page = params.get("page") == null ? 1 : Integer.parseInt(params.get("page"));
            this.keys = params.keySet().toArray(new String[0]);
        }

        static State read(Context ctx, String path, String fixed, String fixedValue) {
            Params p = new Params(ctx.queryParamMap());
            if (fixedValue != null && fixedValue.length() > Params.MAX_FILTER) {
                throw new org.marsad.web.http.BadRequest("filter too long", "اسم المصدر أو الوسم طويل جداً");
            }
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", p.text("q", Params.MAX_QUERY));
            if (!"source".equals(fixed)) {
                params.put("source", p.text("source", Params.MAX_FILTER));
            }
            if (!"tag".equals(fixed)) {
                params.put("tag", p.text("tag", Params.MAX_FILTER));
            }
            LocalDate from = p.day("from");
            LocalDate to = p.day("to");
            if (from != null && to != null && from.isAfter(to)) {
                throw new org.marsad.web.http.BadRequest("'from' is after 'to'", "تاريخ البداية بعد تاريخ النهاية");
            }
            params.put("from", from == null ? null : from.toString());
            params.put("to", to == null ? null : to.toString());
            String sort = p.text("sort", 20);
            p.sort(null); // validates the value
            params.put("sort", sort);
            int page = p.page();
            params.put("page", page == 1 ? null : Integer.toString(page));
            State s = new State(path, fixed, fixedValue, params);
            // a page past the deepest one asks for that one: render() answers "no more" once it knows the total
            s.request = new SearchRequest(s.q == null ? "" : s.q, s.source, s.tag, from, to, s.sort(), PAGE_SIZE,
                    (Math.min(page, MAX_PAGE) - 1) * PAGE_SIZE);
            return s;
        }

        SearchRequest request() {
            return request;
        }

        SearchRequest.Sort sort() {
            String v = params.get("sort");
            if (v == null) {
                return q == null ? SearchRequest.Sort.DATE : SearchRequest.Sort.RELEVANCE;
            }
            return Params.sortNamed(v); // validated when the state was read
        }

        String get(String key) {
            return params.get(key);
        }

        /**
         * The address of this search with some parameters changed ({@code key, value, key, value, ...}; a null
         * value removes one), as {@link Urls#withQuery} writes the changed parameter map: the same order, a new
         * key last. A search page writes a few dozen such links (facets, chart bars, months, sorts, pages); each
         * unchanged parameter is encoded once per page instead of once per link, and no map is copied.
         */
        String hrefWith(String... changes) {
            if (pieces == null) {
                pieces = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    pieces[i] = Urls.parameter(keys[i], params.get(keys[i]));
                }
            }
            StringBuilder sb = new StringBuilder(path.length() + 160);
            sb.append(path);
            char sep = '?';
            for (int i = 0; i < keys.length; i++) {
                int c = lastChange(changes, keys[i]);
                String piece = c < 0 ? pieces[i] : Urls.parameter(keys[i], changes[c + 1]);
                if (piece != null) {
                    sb.append(sep).append(piece);
                    sep = '&';
                }
            }
            // a new key goes where a map would put it: at its first change, with its last value
            for (int c = 0; c + 1 < changes.length; c += 2) {
                String key = changes[c];
                if (!params.containsKey(key) && !changedBefore(changes, key, c)) {
                    String piece = Urls.parameter(key, changes[lastChange(changes, key) + 1]);
                    if (piece != null) {
                        sb.append(sep).append(piece);
                        sep = '&';
                    }
                }
            }
            return sb.toString();
        }

        private static boolean changedBefore(String[] changes, String key, int at) {
            for (int c = 0; c < at; c += 2) {
                if (changes[c].equals(key)) {
                    return true;
                }
            }
            return false;
        }

        /** Where the last change of {@code key} is in {@code changes}, or -1. */
        private static int lastChange(String[] changes, String key) {
            int at = -1;
            for (int c = 0; c + 1 < changes.length; c += 2) {
                if (changes[c].equals(key)) {
                    at = c;
                }
            }
            return at;
        }

        /**
         * The address of this search narrowed to an outlet or tag, back to its first page; on that kind of page,
         * the same page for the new value.
         */
        String filterHref(String key, String value) {
            if (key.equals(fixed)) {
                String p = key.equals("source") ? Urls.source(value) : Urls.tag(value);
                return new State(p, fixed, value, params).hrefWith("page", null);
            }
            return hrefWith(key, value, "page", null);
        }

        /** This search's filters and order (the path's own filter included) as export parameters, without paging. */
        String exportQuery() {
            Map<String, String> p = new LinkedHashMap<>(params);
            p.remove("page");
            if (fixed != null) {
                p.put(fixed, fixedValue);
            }
            return Urls.withQuery("", p);
        }
    }
}
