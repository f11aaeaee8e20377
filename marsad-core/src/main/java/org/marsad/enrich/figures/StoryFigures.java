package org.marsad.enrich.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.CountedGroup;
import org.marsad.arabic.figures.Figure;
import org.marsad.model.Article;

/**
 * A story's figures: for each category, the values its articles report over time with outlet and attribution
 * (the timeline), the latest value of each attribution (the headlines: "الشهداء: 20,258 بحسب وزارة الصحة — آخر
 * تحديث 24 ديسمبر") and the days on which attributions disagree (the conflicts). A pure function of the articles.
 *
 * <p>Rules, and why:
 * <ul>
 *   <li>Vague quantities (عشرات) and the {@code other} category carry no comparable value: left out. So is a
 *       figure no one is credited with when its article credits the same value to someone (a headline repeating
 *       the body).</li>
 *   <li>A point is one value (with its comparator, range and currency) on one day from one attribution; every
 *       article that reports it is kept with it, so a value carried by five outlets is one point with five
 *       reports.</li>
 *   <li>Attributions are compared after Arabic folding; within a story, one that is the start of exactly one
 *       longer one ("وزارة الصحة" and "وزارة الصحة في غزة") is taken to be it.</li>
 *   <li>A headline is, per attribution (and currency, and counted group: a source's toll and its count of the
 *       journalists among the dead are two lines), the largest value of the latest day it reported: the day's toll
 *       rather than one incident of it. Figures that no one is credited with form their own line.</li>
 *   <li>A conflict is a day on which two attributions' values of one counted group (each the largest it gave that
 *       day: everyone, or the journalists, children … its counted noun names, {@link CountedGroup}; two journalists
 *       may be among four dead; a part written without its noun, "بينهم اثنان", is no one's rival) cannot both be true — their ranges, read with their comparators ("أكثر من", "نحو" ±10%), do not overlap — while within a
 *       factor of two of each other: further apart, they count different things (a strike's dead and a war's).</li>
 * </ul>
 *
 * @param categories one timeline per category that has values, in the order of {@link Category}
 */
public record StoryFigures(List<Timeline> categories) {
    /** Values further apart than this factor are taken to count different things, not to disagree. */
    static final double CONFLICT_FACTOR = 2.0;
    /** "نحو 100" is read as 90 … 110. */
    static final double ABOUT = 0.10;

    public StoryFigures {
        categories = List.copyOf(categories);
    }

    /**
     * One category's figures in a story.
     *
     * @param category  what is counted
     * @param points    every reported value, earliest day first (points without a day last), on one day the largest
     *                  first
     * @param headlines the latest value of each attribution (of each group it counts), most recent first; unattributed
     *                  last
     * @param conflicts the days on which attributions disagree, earliest first
     */
    public record Timeline(Category category, List<Point> points, List<Point> headlines, List<Conflict> conflicts) {
        public Timeline {
            points = List.copyOf(points);
            headlines = List.copyOf(headlines);
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * One value on one day from one attribution, with the articles that report it.
     *
     * @param date        the day the value refers to, or null when neither the text nor the article says
     * @param value       the value (lower bound of a range)
     * @param valueMax    the upper bound of a range, or null
     * @param comparator  "more than" and the like, or null
     * @param unit        the currency of money, or null
     * @param attribution who reports it, as first written in the story; null when no one is credited
     * @param reports     the articles that carry it, earliest first, one report per article
     */
    public record Point(LocalDate date, BigDecimal value, BigDecimal valueMax, Comparison comparator, String unit,
                        String attribution, List<FigureReport> reports) {
        public Point {
            reports = List.copyOf(reports);
        }

        /**
         * Who the value counts: everyone, or the group its counted noun names (a point's reports share one, see
         * PointKey); everyone for a point without reports.
         */
        public CountedGroup group() {
            return reports.isEmpty() ? CountedGroup.ALL : CountedGroup.of(reports.get(0).figure());
        }

        /** The counted noun as its first report writes it ("صحفيين"), or null. */
        public String counted() {
            return reports.isEmpty() ? null : reports.get(0).figure().counted();
        }

        /** The distinct outlets that carry it, in report order (unknown outlets left out). */
        public List<String> outlets() {
            Set<String> out = new LinkedHashSet<>();
            for (FigureReport r : reports) {
                if (r.outlet() != null && !r.outlet().isBlank()) {
                    out.add(r.outlet());
                }
            }
            return List.copyOf(out);
        }

        double low() {
            double v = value.doubleValue();
            if (comparator == Comparison.LESS_THAN) {
                return 0;
            }
            return comparator == Comparison.ABOUT ? v * (1 - ABOUT) : v;
        }

        double high() {
            double v = (valueMax == null ? value : valueMax).doubleValue();
            if (comparator == Comparison.MORE_THAN || comparator == Comparison.AT_LEAST) {
                return Double.POSITIVE_INFINITY;
            }
            return comparator == Comparison.ABOUT ? v * (1 + ABOUT) : v;
        }
    }

    /**
     * A day on which attributions give values of one group that cannot all be true.
     *
     * @param date   the day
     * @param unit   the currency, for money; else null
     * @param group  who the values count (everyone, or journalists, children … as their counted nouns say)
     * @param values one point per attribution (its largest value of the group that day) whose value is at odds with
     *               another's, largest first
     */
    public record Conflict(LocalDate date, String unit, CountedGroup group, List<Point> values) {
        public Conflict {
            values = List.copyOf(values);
        }
    }

    /** The figures of a story's articles (copies included: each outlet that carries a value counts). */
    public static StoryFigures of(List<Article> articles) {
        List<FigureReport> reports = new ArrayList<>();
        for (Article a : articles) {
            reports.addAll(FigureReport.of(a));
        }
        return ofReports(reports);
    }

    /** Whether a report's figure is in its article's headline (figure offsets count from the title's start). */
    private static boolean inHeadline(FigureReport r) {
        return r.title() != null && !r.title().isEmpty() && r.figure().start() < r.title().length();
    }

    /** The figures of any set of reports (a story's, a search's). */
    public static StoryFigures ofReports(List<FigureReport> reports) {
        // A headline repeats its article's figure without saying who gives it: the attributed report of the same
        // value in the same article is that figure, so the unattributed one is not a second report.
        // A headline that names its source ("المكتب الإعلامي في غزة: …") repeats the figure its body credits in full:
        // the body's report stands for it, not a second source's.
        Set<List<Object>> attributed = new java.util.HashSet<>();
        Set<List<Object>> attributedInBody = new java.util.HashSet<>();
        for (FigureReport r : reports) {
            Figure f = r.figure();
            if (f.attribution() != null && f.value() != null) {
                List<Object> key = java.util.Arrays.asList(r.articleId(), f.category(), f.value().stripTrailingZeros());
                attributed.add(key);
                if (!inHeadline(r)) {
                    attributedInBody.add(key);
                }
            }
        }
        Map<Category, List<FigureReport>> byCategory = new EnumMap<>(Category.class);
        for (FigureReport r : reports) {
            Figure f = r.figure();
            if (f.value() == null || f.vague() || f.category() == Category.OTHER) {
                continue;
            }
            List<Object> key = java.util.Arrays.asList(r.articleId(), f.category(), f.value().stripTrailingZeros());
            if (f.attribution() == null && attributed.contains(key)
                    || inHeadline(r) && attributedInBody.contains(key)) {
                continue;
            }
            byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(r);
        }
        Map<String, String> attributionKeys = attributionKeys(reports);
        Map<String, String> shown = new HashMap<>(); // folded attribution → as first written
        for (FigureReport r : reports) {
            String k = fold(r.figure().attribution());
            if (k != null) {
                shown.putIfAbsent(k, r.figure().attribution().strip());
            }
        }
        List<Timeline> out = new ArrayList<>();
        byCategory.forEach((c, rs) -> out.add(timeline(c, rs, attributionKeys, shown)));
        return new StoryFigures(out);
    }

    /** The timeline of one category, or null when the story has none. */
    public Timeline category(Category c) {
        for (Timeline t : categories) {
            if (t.category() == c) {
                return t;
            }
        }
        return null;
    }

    private record PointKey(LocalDate date, BigDecimal value, BigDecimal valueMax, Comparison comparator,
                            String unit, String attribution, CountedGroup group) {
    }

    private static Timeline timeline(Category category, List<FigureReport> reports,
                                     Map<String, String> attributionKeys, Map<String, String> shown) {
        Map<PointKey, List<FigureReport>> grouped = new LinkedHashMap<>();
        for (FigureReport r : reports) {
            Figure f = r.figure();
            String key = attributionKeys.get(fold(f.attribution()));
            PointKey k = new PointKey(r.day(), f.value().stripTrailingZeros(),
                    f.valueMax() == null ? null : f.valueMax().stripTrailingZeros(), f.comparator(), f.unit(), key,
                    CountedGroup.of(f));
            List<FigureReport> list = grouped.computeIfAbsent(k, x -> new ArrayList<>());
            if (list.stream().noneMatch(x -> x.articleId().equals(r.articleId()))) {
                list.add(r);
            }
        }
        List<Point> points = new ArrayList<>();
        Map<Point, String> keyOf = new java.util.IdentityHashMap<>();
        grouped.forEach((k, rs) -> {
            Point p = new Point(k.date(), k.value(), k.valueMax(), k.comparator(), k.unit(),
                    k.attribution() == null ? null : shown.get(k.attribution()), rs);
            points.add(p);
            keyOf.put(p, k.attribution());
        });
        points.sort(Comparator.comparing(Point::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Point::value, Comparator.reverseOrder()));
        return new Timeline(category, points, headlines(points, keyOf), conflicts(points, keyOf));
    }

    private static List<Point> headlines(List<Point> points, Map<Point, String> keyOf) {
        Map<List<Object>, Point> latest = new LinkedHashMap<>();
        for (Point p : points) {
            // a source's toll and its count of the journalists among the dead are two headlines, not one
            List<Object> group = java.util.Arrays.asList(keyOf.get(p), p.unit(), p.group());
            Point best = latest.get(group);
            if (best == null || later(p, best)) {
                latest.put(group, p);
            }
        }
        List<Point> out = new ArrayList<>(latest.values());
        out.sort(Comparator.comparing((Point p) -> p.attribution() == null)
                .thenComparing(Point::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Point::value, Comparator.reverseOrder()));
        return out;
    }

    // Later day first; on the same day, the larger value; a dated point beats an undated one.
    private static boolean later(Point p, Point best) {
        if (!Objects.equals(p.date(), best.date())) {
            return best.date() == null || (p.date() != null && p.date().isAfter(best.date()));
        }
        return p.value().compareTo(best.value()) > 0;
    }

    private static List<Conflict> conflicts(List<Point> points, Map<Point, String> keyOf) {
        // day + unit + counted group → attribution → its largest value of the group that day. Only counts of one
        // group are rivals: "2 صحفيين" from the channel is not at odds with "4 قتلى" from the ministry (the two
        // journalists may be among the four).
        Map<List<Object>, Map<String, Point>> days = new LinkedHashMap<>();
        for (Point p : points) {
            String attribution = keyOf.get(p);
            if (p.date() == null || attribution == null || p.group() == CountedGroup.PART) {
                continue; // "بينهم اثنان": a part of a count, no rival of it or of another part
            }
            Map<String, Point> byAttribution = days.computeIfAbsent(
                    java.util.Arrays.asList(p.date(), p.unit(), p.group()), k -> new LinkedHashMap<>());
            byAttribution.merge(attribution, p, (a, b) -> a.value().compareTo(b.value()) >= 0 ? a : b);
        }
        List<Conflict> out = new ArrayList<>();
        days.forEach((key, byAttribution) -> {
            List<Point> all = new ArrayList<>(byAttribution.values());
            // only the values at odds with another: a strike's dead, or a "more than" both sides meet, are not
            List<Point> values = new ArrayList<>();
            for (Point p : all) {
                if (all.stream().anyMatch(q -> q != p && disagree(List.of(p, q)))) {
                    values.add(p);
                }
            }
            if (values.size() < 2) {
                return;
            }
            values.sort(Comparator.comparing(Point::value).reversed());
            out.add(new Conflict((LocalDate) key.get(0), (String) key.get(1), (CountedGroup) key.get(2), values));
        });
        return out;
    }

    /** Whether two of the values cannot both be true while counting the same thing. */
    static boolean disagree(List<Point> values) {
        for (int i = 0; i < values.size(); i++) {
            for (int j = i + 1; j < values.size(); j++) {
                Point a = values.get(i);
                Point b = values.get(j);
                boolean apart = a.high() < b.low() || b.high() < a.low();
                double big = Math.max(a.value().doubleValue(), b.value().doubleValue());
                double small = Math.min(a.value().doubleValue(), b.value().doubleValue());
                if (apart && small > 0 && big / small <= CONFLICT_FACTOR) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Folded attribution → the key it is grouped under: itself, or the one longer attribution it is the start of.
     * Null (no attribution) maps to null.
     */
    private static Map<String, String> attributionKeys(List<FigureReport> reports) {
        Set<String> all = new LinkedHashSet<>();
        for (FigureReport r : reports) {
            String k = fold(r.figure().attribution());
            if (k != null) {
                all.add(k);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String k : all) {
            String target = k;
            String only = null;
            int longer = 0;
            for (String other : all) {
                if (other.length() > k.length() && other.startsWith(k + " ")) {
                    longer++;
                    only = other;
                }
            }
            if (longer == 1) {
                target = only;
            }
            out.put(k, target);
        }
        return out;
    }

    static String fold(String attribution) {
        if (attribution == null || attribution.isBlank()) {
            return null;
        }
        return ArabicNormalizer.search(attribution).replaceAll("\\s+", " ").strip();
    }
}
