package org.marsad.web.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.CountedGroup;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.figures.FigureReport;
import org.marsad.enrich.figures.StoryFigures;
import org.marsad.model.Article;
import org.marsad.web.chart.TimeChart;
import org.marsad.web.format.DateDisplay;
import org.marsad.web.format.FigureText;

/** Turns figures into what the pages show: highlighted paragraphs, an article's figure list, category panels. Pure. */
public final class FigureViews {
    private FigureViews() {
    }

    /**
     * The article's paragraphs with its figures marked. Figure offsets count in {@link Article#figureText()} (the
     * headline, a blank line, the paragraphs separated by blank lines); figures of the headline are not marked.
     * A figure that overlaps an earlier one, or runs over a paragraph's end, is clipped to what is left of it.
     */
    public static List<List<TextRun>> paragraphs(Article a) {
        List<List<TextRun>> out = new ArrayList<>(a.body().size());
        int offset = a.title() == null || a.title().isEmpty() ? 0 : a.title().length() + 2;
        for (String p : a.body()) {
            int pStart = offset;
            int pEnd = offset + p.length();
            List<TextRun> runs = new ArrayList<>();
            int at = 0; // within p
            for (Figure f : a.figures()) {
                int s = Math.max(f.start(), pStart) - pStart;
                int e = Math.min(f.end(), pEnd) - pStart;
                s = Math.max(s, at);
                if (e <= s) {
                    continue;
                }
                if (s > at) {
                    runs.add(new TextRun(p.substring(at, s), null, null));
                }
                runs.add(new TextRun(p.substring(s, e), f.category().key(), tooltip(f)));
                at = e;
            }
            if (at < p.length() || runs.isEmpty()) {
                runs.add(new TextRun(p.substring(at), null, null));
            }
            out.add(runs);
            offset = pEnd + 2;
        }
        return out;
    }

    /**
     * The article's figures in text order, for its figures panel; each figure the article repeats is listed once.
     * A headline figure the body gives again (same category and value) is the body's: a reader expects the line the
     * body's sentence gives (its wording, e.g. "أكثر من 3200", and its source), so the headline's is not listed and
     * the source the headline credits, if any, is added to the body's first line of that figure (both on one line
     * when they differ). A figure no one is credited with whose value the article credits to someone elsewhere is
     * listed once, with its source; so is a vague quantity («مئات الأسر») the article credits elsewhere in the same
     * words.
     */
    public static List<FigureLine> lines(Article a) {
        int headlineEnd = a.title() == null ? 0 : a.title().length();
        Set<List<Object>> inBody = new HashSet<>();
        Set<List<Object>> attributed = new HashSet<>();
        for (Figure f : a.figures()) {
            if (f.value() != null && f.start() >= headlineEnd) {
                inBody.add(key(f));
                if (f.attribution() != null) {
                    attributed.add(key(f));
                }
            } else if (f.value() == null && f.attribution() != null) {
                attributed.add(vagueKey(f));
            }
        }
        // The sources the headline credits for figures the body repeats, until a body line carries them.
        Map<List<Object>, String> headlineSources = new LinkedHashMap<>();
        for (Figure f : a.figures()) {
            if (f.value() != null && f.start() < headlineEnd && f.attribution() != null && inBody.contains(key(f))) {
                headlineSources.putIfAbsent(key(f), f.attribution());
                attributed.add(key(f));
            }
        }
        List<FigureLine> out = new ArrayList<>(a.figures().size());
        for (FigureReport r : FigureReport.of(a)) {
            Figure f = r.figure();
            List<Object> key = f.value() == null ? null : key(f);
            if (key != null && f.start() < headlineEnd && inBody.contains(key)) {
                continue;
            }
            String attribution = f.attribution();
            String fromHeadline = key == null ? null : headlineSources.remove(key);
            if (fromHeadline != null) {
                attribution = attribution == null || attribution.equals(fromHeadline) ? fromHeadline
                        : attribution + "، " + fromHeadline;
            } else if (attribution == null && attributed.contains(key != null ? key : vagueKey(f))) {
                continue;
            }
            LocalDate day = r.day();
            // a vague quantity is shown in its own words («مئات الأسر»), which hold its counted noun already
            out.add(new FigureLine(f.category().key(), FigureText.category(f.category()), value(f),
                    f.value() == null ? null : f.counted(),
                    attribution, day == null ? null : day.toString(),
                    day == null ? null : DateDisplay.gregorianShort(day), f.text()));
        }
        return out;
    }

    // A vague quantity as the article repeats it («مئات الأسر» twice): its category and words as written.
    private static List<Object> vagueKey(Figure f) {
        return List.of(f.category(), f.text().strip());
    }

    // A figure as the article repeats it: its category and value (3200 and 3200.0 alike).
    private static List<Object> key(Figure f) {
        return List.of(f.category(), f.value().stripTrailingZeros());
    }

    /** One panel per category that has comparable values, in the order of {@link Category}. */
    public static List<FigurePanel> panels(StoryFigures figures) {
        List<FigurePanel> out = new ArrayList<>();
        for (StoryFigures.Timeline t : figures.categories()) {
            out.add(panel(t));
        }
        return out;
    }

    /** The panel of one category's timeline. */
    public static FigurePanel panel(StoryFigures.Timeline t) {
        List<FigurePanel.Conflict> conflicts = new ArrayList<>();
        for (StoryFigures.Conflict c : t.conflicts()) {
            conflicts.add(new FigurePanel.Conflict(c.date().toString(), DateDisplay.gregorianShort(c.date()),
                    FigureText.group(c.group()), c.values().stream().map(p -> point(t.category(), p)).toList()));
        }
        return new FigurePanel(t.category().key(), FigureText.category(t.category()),
                t.headlines().stream().map(p -> point(t.category(), p)).toList(), conflicts, chart(t),
                t.points().stream().map(p -> point(t.category(), p)).toList());
    }

    /**
     * The largest value reported each day, when values were reported on two days or more (one bar shows no
     * change). Percentages (fractions) and money in more than one currency do not share
     * a whole-number scale: no chart for them.
     */
    static TimeChart chart(StoryFigures.Timeline t) {
        Map<LocalDate, Long> days = new LinkedHashMap<>();
        Set<String> units = new HashSet<>();
        for (StoryFigures.Point p : t.points()) {
            units.add(p.unit());
        }
        if (t.category() == Category.PERCENT || units.size() > 1) {
            return TimeChart.ofDays(Map.of());
        }
        for (StoryFigures.Point p : t.points()) {
            if (p.date() != null) {
                long v = p.value().setScale(0, RoundingMode.HALF_UP).longValue();
                days.merge(p.date(), v, Math::max);
            }
        }
        return days.size() < 2 ? TimeChart.ofDays(Map.of()) : TimeChart.ofDays(days);
    }

    private static FigurePanel.Point point(Category category, StoryFigures.Point p) {
        List<Link> reports = new ArrayList<>();
        for (FigureReport r : p.reports()) {
            String label = r.outlet() == null || r.outlet().isBlank() ? Present.title(r.title()) : r.outlet();
            reports.add(Link.of(label, Urls.article(r.articleId())));
        }
        return new FigurePanel.Point(FigureText.value(p.value(), p.valueMax(), p.comparator(), category, p.unit()),
                group(p), p.attribution(), p.date() == null ? null : p.date().toString(),
                p.date() == null ? null : DateDisplay.gregorianShort(p.date()), reports);
    }

    // «2 صحفيين»: a count of a group among the whole says which, in its report's own noun (which agrees with its
    // number as the text wrote it); the whole needs no word, the category's heading says it.
    private static String group(StoryFigures.Point p) {
        if (p.group() == CountedGroup.ALL) {
            return null;
        }
        String noun = p.counted() == null ? null : p.counted().strip();
        return noun == null || noun.isEmpty() ? FigureText.group(p.group()) : noun;
    }

    // A vague quantity has no number to write: its words as the article has them («مئات الأسر»), not «عدد غير محدد».
    private static String value(Figure f) {
        return f.value() == null && !f.text().isBlank() ? f.text().strip()
                : FigureText.value(f.value(), f.valueMax(), f.comparator(), f.category(), f.unit());
    }

    // «المصدر: X» as the panels write it: after «بحسب» a plural source would need its genitive («بحسب متطوعين»).
    private static String tooltip(Figure f) {
        String s = FigureText.category(f.category()) + ": " + value(f);
        return f.attribution() == null ? s : s + " — المصدر: " + f.attribution();
    }

    /** The chart's value of a bar, as the tooltip shows it. */
    public static String number(long v) {
        return FigureText.number(BigDecimal.valueOf(v));
    }
}
