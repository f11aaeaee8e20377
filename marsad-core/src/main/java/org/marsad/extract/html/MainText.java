package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article text of a page.
 *
 * <p>The method, in four steps:
 * <ol>
 *   <li><b>Prune</b> what is never article text: scripts and embeds, hidden elements, navigation landmarks, and
 *       boxes whose class/id words say "share", "comments", "related", "ad" ... (unless the box holds most of the
 *       page's prose, which happens when a site names its whole layout oddly).</li>
 *   <li><b>Cut into runs</b>: each stretch of text laid out as one block (see {@link TextRun}), with how much of it
 *       is link text.</li>
 *   <li><b>Classify</b> runs as prose or not from their length, link density and punctuation; when the page
 *       carries its own copy of the text (JSON-LD articleBody) a run found in that copy is prose whatever its
 *       length.</li>
 *   <li><b>Choose the container</b>: the element that maximises prose minus a share of everything else it holds.
 *       The article's own box wins over the page (which adds menus and lists) and over a single paragraph (which
 *       leaves prose out). The body is then the runs of that container, less link lists, boilerplate lines and
 *       the headline.</li>
 * </ol>
 */
final class MainText {
    private MainText() {
    }

    /** What the body step found: the paragraphs, and how many characters of them read as prose. */
    record Result(List<String> paragraphs, int proseChars) {
    }

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "link", "meta", "map",
            "audio", "video", "head", "title", "math", "picture", "img", "source", "track", "figcaption");

    private static final Set<String> LANDMARKS = Set.of("nav", "aside", "footer", "menu", "dialog");

    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "thead", "tfoot", "tr", "td", "th", "ul", "caption", "summary", "body", "html", "menu", "legend", "option");

    /** Share of "other" text a container pays for, per character, against its prose. */
    private static final double OTHER_COST = 0.35;

    private static final Pattern HIDDEN_STYLE = Pattern.compile(
            "(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    /** Short lines that are widget labels, not text. */
    private static final Pattern LABEL_LINE = Pattern.compile("(?iu)^\\W*(advertisement|advertising|sponsored|"
            + "ad|ads|share|share this|share on \\w+|tweet|email|print|comments?|\\d+ comments?|follow us.*|"
            + "read more|continue reading|read full (story|article)|see also|related( articles| stories)?|caption|close|"
            + "explore further|view comments|image|photo|video|watch|listen|"
            + "إعلان|اعلان|شارك|مشاركة|تابعونا.*|تابعنا.*|طباعة|تعليقات?|اقرأ المزيد|إقرأ المزيد|المزيد|"
            + "أرسل لصديق|ارسل لصديق|حجم الخط)\\W*$");

    static Result extract(Element body, String title, String articleBody) {
        return extract(body, title, articleBody, BodySurvey.of(body));
    }

    /**
     * As {@link #extract(Element, String, String)}, reading the elements' names and sizes from the page's
     * {@link BodySurvey}, taken before anything was pruned.
     */
    static Result extract(Element body, String title, String articleBody, BodySurvey survey) {
        // the body is the survey's root: place 0
        int pageChars = Math.max(1, survey.longChars(0));
        prune(body, survey, pageChars);

        List<TextRun> runs = new ArrayList<>();
        collect(body, 0, runs, survey);
        runs.removeIf(r -> r.chars() == 0);
        String bodyKey = articleBody == null ? "" : Texts.key(articleBody);
        boolean haveBody = bodyKey.length() >= 200;
        for (TextRun r : runs) {
            classify(r);
            if (haveBody) {
                String k = r.key();
                r.confirmed = k.length() >= 12 && bodyKey.contains(k);
            }
        }

        int container = choose(runs, survey);
        if (container < 0) {
            return new Result(List.of(), 0);
        }
        return select(container, runs, title, survey);
    }

    // ---- step 1: prune ------------------------------------------------------------------------------------------

    private static void prune(Element root, BodySurvey survey, int pageChars) {
        List<Node> doomed = new ArrayList<>();
        findDoomed(root, 0, survey, pageChars, doomed);
        for (Node n : doomed) {
            n.remove();
        }
    }

    /**
     * The doomed nodes under the element at {@code place}: nothing is removed yet, so its child elements are at the
     * places the survey's walk gave them, the first right after it and each next one where the one before ends.
     */
    private static void findDoomed(Element e, int place, BodySurvey survey, int pageChars, List<Node> doomed) {
        int next = place + 1;
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof Comment) {
                doomed.add(n);
            } else if (n instanceof Element c) {
                int at = next;
                next = survey.end(at);
                if (isDoomed(c, at, survey, pageChars)) {
                    doomed.add(c);
                } else {
                    findDoomed(c, at, survey, pageChars, doomed);
                }
            }
        }
    }

    private static boolean isDoomed(Element e, int place, BodySurvey survey, int pageChars) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (e.attributesSize() > 0 && isHidden(e)) {
            return !holdsThePage(e, place, survey, pageChars);
        }
        if (LANDMARKS.contains(tag)) {
            return !holdsThePage(e, place, survey, pageChars);
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return (survey.names(place) & Hints.SAYS_BOILERPLATE) != 0 && !holdsThePage(e, place, survey, pageChars);
    }

    /** Marked hidden; the style pattern is tried only on a style (it cannot match an empty one). */
    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
    }

    /** True when removing the element would remove most of the page's prose: its name cannot be trusted then. */
    private static boolean holdsThePage(Element e, int place, BodySurvey survey, int pageChars) {
        int chars = survey.longChars(place);
        // A sidebar of teasers can out-write a short article, so a big share alone is not enough: the element
        // must also hold the headline, or nearly all the prose.
        return chars > 0.75 * pageChars || chars > 0.4 * pageChars && e.selectFirst(Queries.H1) != null;
    }

    // ---- step 2: runs ---------------------------------------------------------------------------------------------

    /**
     * The runs under the block at {@code place}, after pruning: a child block's place is found among the places of
     * the children the survey saw, from the place after the child block before it.
     */
    private static void collect(Element block, int place, List<TextRun> runs, BodySurvey survey) {
        TextRun run = null;
        int next = place + 1;
        for (int i = 0; i < block.childNodeSize(); i++) {
            Node n = block.childNode(i);
            if (n instanceof TextNode t) {
                if (run == null) {
                    run = new TextRun(block, place, runs.size());
                    runs.add(run);
                }
                run.append(t.getWholeText(), false);
            } else if (n instanceof Element c) {
                String tag = c.normalName();
                if (tag.equals("br")) {
                    if (run != null) {
                        run.lineBreak();
                    }
                } else if (BLOCKS.contains(tag) || hasBlock(c)) {
                    run = null;
                    int at = survey.childPlace(place, next, c);
                    next = survey.end(at);
                    collect(c, at, runs, survey);
                } else {
                    if (run == null) {
                        run = new TextRun(block, place, runs.size());
                        runs.add(run);
                    }
                    inline(c, run, tag.equals("a"));
                }
            }
        }
    }

    private static void inline(Element e, TextRun run, boolean inLink) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof TextNode t) {
                run.append(t.getWholeText(), inLink);
            } else if (n instanceof Element c) {
                if (c.normalName().equals("br")) {
                    run.lineBreak();
                } else {
                    inline(c, run, inLink || c.normalName().equals("a"));
                }
            }
        }
    }

    private static boolean hasBlock(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof Element c && (BLOCKS.contains(c.normalName()) || hasBlock(c))) {
                return true;
            }
        }
        return false;
    }

    // ---- step 3: classify ---------------------------------------------------------------------------------------

    private static void classify(TextRun r) {
        int chars = r.chars();
        double ld = r.linkDensity();
        String text = r.text();
        String tag = r.tag();
        if (tag.startsWith("h") && tag.length() == 2 || ld > 0.5 || ld > 0.33 && chars < 150) {
            r.good = false;
            return;
        }
        if (chars >= 120) {
            r.good = true;
        } else if (chars >= 50) {
            r.good = Texts.endsSentence(text) || Texts.punctuation(text) >= 2 || tag.equals("p") && chars >= 80;
        } else {
            r.good = false;
        }
    }

    // ---- step 4: container ------------------------------------------------------------------------------------------

    /** Per element: prose weighted by distance, prose, other text, prose runs, headline-link runs. */
    private static final int DECAYED = 0;
    private static final int PROSE = 1;
    private static final int OTHER = 2;
    private static final int PROSE_RUNS = 3;
    private static final int LINK_RUNS = 4;
    private static final int FIGURES = 5;

    /**
     * The place of the container ({@link BodySurvey}), or -1 when no run is prose. The figures are kept by place: the
     * runs' owners and their ancestors are elements the survey saw (pruning removes whole subtrees, so an element
     * left keeps its ancestors), and places in document order make the first of two equal scores the one chosen.
     */
    private static int choose(List<TextRun> runs, BodySurvey survey) {
        int places = survey.count();
        double[] acc = new double[places * FIGURES];
        boolean[] reached = new boolean[places];
        for (TextRun r : runs) {
            double prose = 0;
            int chars = r.chars();
            if (r.good || r.confirmed) {
                prose = chars * (1 - r.linkDensity());
                if (r.confirmed) {
                    prose *= 2;
                }
            }
            // Link text costs fully; short unlinked lines (datelines, captions, labels) less.
            double other = prose > 0 ? 0 : chars * (0.3 + 0.7 * r.linkDensity());
            boolean linkRun = prose == 0 && chars >= 20 && r.linkDensity() > 0.5;
            int level = 0;
            // up to the body, the survey's root
            for (int e = r.place; e >= 0; e = survey.parent(e), level++) {
                int a = e * FIGURES;
                reached[e] = true;
                // Prose far below an element is weak evidence that the element is the article: a list of teaser
                // cards holds much prose, each piece several levels down in its own card.
                acc[a + DECAYED] += prose / (1 + 0.5 * Math.max(0, level - 1));
                acc[a + PROSE] += prose;
                acc[a + OTHER] += other;
                acc[a + PROSE_RUNS] += prose > 0 ? 1 : 0;
                acc[a + LINK_RUNS] += linkRun ? 1 : 0;
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int e = 0; e < places; e++) {
            int a = e * FIGURES;
            if (!reached[e] || acc[a + PROSE] <= 0) {
                continue;
            }
            double score = (acc[a + DECAYED] - OTHER_COST * acc[a + OTHER]) * nameFactor(e, survey);
            if (score > bestScore) {
                bestScore = score;
                best = e;
            }
        }
        return best < 0 ? -1 : widen(best, acc, reached, survey);
    }

    /** The element's name as evidence: "articleBody" and "story-content" boxes are likelier the article. */
    private static double nameFactor(int place, BodySurvey survey) {
        if (survey.element(place).attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 1.5;
        }
        return (survey.names(place) & Hints.SAYS_CONTENT) != 0 ? 1.2 : 1;
    }

    /**
     * Moves the choice up while the wider element adds real article text: more prose, little else, and no run of
     * headline links (which would mean the extra prose is teasers of other articles).
     */
    private static int widen(int best, double[] acc, boolean[] reached, BodySurvey survey) {
        int cur = best;
        int a = best;
        for (int step = 0; step < 6 && survey.parent(a) >= 0; step++) {
            a = survey.parent(a);
            if (!reached[a]) {
                break;
            }
            int in = cur * FIGURES;
            int out = a * FIGURES;
            double extraProse = acc[out + PROSE] - acc[in + PROSE];
            double extraOther = acc[out + OTHER] - acc[in + OTHER];
            double extraRuns = acc[out + PROSE_RUNS] - acc[in + PROSE_RUNS];
            double extraLinks = acc[out + LINK_RUNS] - acc[in + LINK_RUNS];
            if (extraProse >= 0.1 * acc[in + PROSE] && extraProse >= 2 * extraOther && extraLinks * 3 <= extraRuns) {
                cur = a;
            }
        }
        return cur;
    }

    // ---- step 5: select -------------------------------------------------------------------------------------------

    private static Result select(int container, List<TextRun> runs, String title, BodySurvey survey) {
        String titleKey = Texts.key(title);
        List<TextRun> inside = new ArrayList<>();
        int end = survey.end(container);
        for (TextRun r : runs) {
            // the container's descendants are the places up to its end
            if (r.place >= container && r.place < end) {
                inside.add(r);
            }
        }
        List<TextRun> kept = new ArrayList<>();
        int prose = 0;
        for (TextRun r : inside) {
            String text = r.text();
            if (r.tag().equals("h1") || !titleKey.isEmpty() && r.hasKey(titleKey)) {
                continue;
            }
            if (RelatedLinks.isReadAlsoLine(text)) {
                continue;
            }
            if (!r.confirmed) {
                if (r.linkDensity() > 0.5) {
                    continue;
                }
                if (r.chars() < 80 && LABEL_LINE.matcher(text).matches()) {
                    continue;
                }
            }
            kept.add(r);
            if (r.good || r.confirmed) {
                prose += r.chars();
            }
        }
        trimTail(kept);
        trimEdges(kept);
        List<String> paragraphs = new ArrayList<>();
        for (TextRun r : kept) {
            for (String line : r.text().split("\n")) {
                String p = line.strip();
                if (!p.isEmpty()) {
                    paragraphs.add(p);
                }
            }
        }
        return new Result(paragraphs, prose);
    }

    private static boolean within(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    /** Short non-prose lines before the first and after the last prose run are bylines, dates and labels. */
    private static void trimEdges(List<TextRun> kept) {
        while (!kept.isEmpty() && isEdgeNoise(kept.get(0))) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && isEdgeNoise(kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
    }

    /**
     * Cuts what follows the article's own paragraphs when it sits in a box of another kind: the notes, policies
     * and sign-offs sites append after the text ("comments are moderated ..."). The article's paragraphs are those of
     * the element holding most of its prose; boxes with the same tag and class (an article split in sections) are
     * its own, too.
     */
    private static void trimTail(List<TextRun> kept) {
        Map<Element, Integer> proseByGroup = new IdentityHashMap<>();
        int total = 0;
        for (TextRun r : kept) {
            if (r.good || r.confirmed) {
                proseByGroup.merge(group(r), r.chars(), Integer::sum);
                total += r.chars();
            }
        }
        Element home = null;
        int best = 0;
        for (Map.Entry<Element, Integer> e : proseByGroup.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                home = e.getKey();
            }
        }
        if (home == null) {
            return;
        }
        int last = -1;
        for (int i = 0; i < kept.size(); i++) {
            if (group(kept.get(i)) == home) {
                last = i;
            }
        }
        String signature = signature(home);
        for (int i = last + 1; i < kept.size(); i++) {
            Element g = group(kept.get(i));
            if (g != home && !signature(g).equals(signature) && !within(home, g)) {
                int cut = 0;
                for (int j = i; j < kept.size(); j++) {
                    TextRun r = kept.get(j);
                    cut += r.good || r.confirmed ? r.chars() : 0;
                }
                if (cut < 0.25 * total) {
                    kept.subList(i, kept.size()).clear();
                }
                return;
            }
        }
    }

    /** The element whose children are the run's siblings: a paragraph's parent, or a div holding loose text. */
    private static Element group(TextRun r) {
        String tag = r.tag();
        boolean paragraphLike = tag.equals("p") || tag.length() == 2 && tag.charAt(0) == 'h' || tag.equals("li")
                || tag.equals("blockquote") || tag.equals("pre");
        Element g = paragraphLike ? r.owner.parent() : r.owner;
        if (tag.equals("li") && g != null && g.parent() != null) {
            g = g.parent();
        }
        return g == null ? r.owner : g;
    }

    private static String signature(Element e) {
        return e.normalName() + "." + e.className();
    }

    private static boolean isEdgeNoise(TextRun r) {
        return !r.good && !r.confirmed && r.chars() < 40;
    }
}
