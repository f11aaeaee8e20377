package org.marsad.web.view;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.PublishedDates;
import org.marsad.model.RelatedLink;
import org.marsad.search.SearchHit;
import org.marsad.web.format.ArabicRelativeTime;
import org.marsad.web.format.DateDisplay;

/** Turns stored articles and search hits into the view records the templates show. Pure, given a clock. */
public final class Present {
    private final Clock clock;

    public Present(Clock clock) {
        this.clock = clock;
    }

    public HitView hit(SearchHit h) {
        LocalDate day = day(h.published());
        return new HitView(Urls.article(h.id()), title(h.title()), h.source(),
                h.source() == null ? null : Urls.source(h.source()),
                relative(h.published()), day == null ? null : h.published(),
                day == null ? null : DateDisplay.gregorian(day),
                snippet(h.snippet(), h.highlights()));
    }

    public List<HitView> hits(List<SearchHit> hits) {
        return hits.stream().map(this::hit).toList();
    }

    public ArticleView article(Article a, List<SearchHit> similar) {
        LocalDate day = a.publishedDay().orElse(null);
        List<Link> tags = a.tags().stream().map(t -> Link.of(t, Urls.tag(t))).toList();
        List<Link> related = new ArrayList<>();
        for (RelatedLink r : a.related()) {
            related.add(Link.of(r.title(), Urls.external(r.url())));
        }
        return new ArticleView(a.id(), title(a.title()), a.source(),
                a.source() == null ? null : Urls.source(a.source()), a.author(),
                a.published(), day == null ? null : DateDisplay.gregorian(day),
                day == null ? null : DateDisplay.hijri(day).orElse(null),
                relative(a.published()), a.publishedText(), a.body(), tags, related, hits(similar),
                Urls.external(a.url()));
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

    /** "مقال واحد", "مقالان", "3 مقالات", "11 مقالاً", "100 مقال". */
    public static String articles(long n) {
        if (n == 0) {
            return "لا مقالات";
        }
        if (n == 1) {
            return "مقال واحد";
        }
        if (n == 2) {
            return "مقالان";
        }
        long lastTwo = n % 100;
        if (lastTwo >= 3 && lastTwo <= 10) {
            return n + " مقالات";
        }
        if (lastTwo >= 11) {
            return n + " مقالاً";
        }
        return n + " مقال";
    }
}
