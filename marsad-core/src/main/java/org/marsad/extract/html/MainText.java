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
        int pageChars = Math.max(1, survey.size(body)[2]);
        prune(body, survey, pageChars);

        List<TextRun> runs = new ArrayList<>();
        collect(body, runs);
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

        Element container = choose(body, runs, survey);
        if (container == null) {
            return new Result(List.of(), 0);
        }
        return select(container, runs, title);
    }

    // ---- step 1: prune ------------------------------------------------------------------------------------------

    private static void prune(Element root, BodySurvey survey, int pageChars) {
        List<Node> doomed = new ArrayList<>();
        findDoomed(root, survey, pageChars, doomed);
        for (Node n : doomed) {
            n.remove();
        }
    }

    private static void findDoomed(Element e, BodySurvey survey, int pageChars, List<Node> doomed) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            Node n = e.childNode(i);
            if (n instanceof Comment) {
                doomed.add(n);
            } else if (n instanceof Element c) {
                if (isDoomed(c, survey, pageChars)) {
                    doomed.add(c);
                } else {
                    findDoomed(c, survey, pageChars, doomed);
                }
            }
        }
    }

    private static boolean isDoomed(Element e, BodySurvey survey, int pageChars) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (e.attributesSize() > 0 && isHidden(e)) {
            return !holdsThePage(e, survey, pageChars);
        }
        if (LANDMARKS.contains(tag)) {
            return !holdsThePage(e, survey, pageChars);
        }
        if (tag.equals("body") || tag.equals("html") || tag.equals("article") || tag.equals("main")) {
            return false;
        }
        return (survey.names(e) & Hints.SAYS_BOILERPLATE) != 0 && !holdsThePage(e, survey, pageChars);
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
    private static boolean holdsThePage(Element e, BodySurvey survey, int pageChars) {
        int[] s = survey.size(e);
        if (s == null) {
            return false;
        }
        // A sidebar of teasers can out-write a short article, so a big share alone is not enough: the element
        // must also hold the headline, or nearly all the prose.
        return s[2] > 0.75 * pageChars || s[2] > 0.4 * pageChars && e.selectFirst(Queries.H1) != null;
    }

    // ---- step 2: runs ---------------------------------------------------------------------------------------------

    private static void collect(Element block, List<TextRun> runs) {
        TextRun run = null;
        for (int i = 0; i < block.childNodeSize(); i++) {
            Node n = block.childNode(i);
            if (n instanceof TextNode t) {
                if (run == null) {
                    run = new TextRun(block, runs.size());
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
                    collect(c, runs);
                } else {
                    if (run == null) {
                        run = new TextRun(block, runs.size());
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

    private static Element choose(Element body, List<TextRun> runs, BodySurvey survey) {
        Map<Element, double[]> acc = new IdentityHashMap<>();
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
            for (Element e = r.owner; e != null; e = e.parent(), level++) {
                double[] a = acc.computeIfAbsent(e, k -> new double[5]);
                // Prose far below an element is weak evidence that the element is the article: a list of teaser
                // cards holds much prose, each piece several levels down in its own card.
                a[DECAYED] += prose / (1 + 0.5 * Math.max(0, level - 1));
                a[PROSE] += prose;
                a[OTHER] += other;
                a[PROSE_RUNS] += prose > 0 ? 1 : 0;
                a[LINK_RUNS] += linkRun ? 1 : 0;
                if (e == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> en : acc.entrySet()) {
            double[] a = en.getValue();
            if (a[PROSE] <= 0) {
                continue;
            }
            double score = (a[DECAYED] - OTHER_COST * a[OTHER]) * nameFactor(en.getKey(), survey);
            if (score > bestScore) {
                bestScore = score;
                best = en.getKey();
            }
        }
        return best == null ? null : widen(best, acc, body);
    }

    /** The element's name as evidence: "articleBody" and "story-content" boxes are likelier the article. */
    private static double nameFactor(Element e, BodySurvey survey) {
        if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return 1.5;
        }
        return (survey.names(e) & Hints.SAYS_CONTENT) != 0 ? 1.2 : 1;
    }

    /**
     * Moves the choice up while the wider element adds real article text: more prose, little else, and no run of
     * headline links (which would mean the extra prose is teasers of other articles).
     */
    private static Element widen(Element best, Map<Element, double[]> acc, Element body) {
        Element cur = best;
        Element a = best;
        for (int step = 0; step < 6 && a != body && a.parent() != null; step++) {
            a = a.parent();
            double[] in = acc.get(cur);
            double[] out = acc.get(a);
            if (out == null) {
                break;
            }
            double extraProse = out[PROSE] - in[PROSE];
            double extraOther = out[OTHER] - in[OTHER];
            double extraRuns = out[PROSE_RUNS] - in[PROSE_RUNS];
            double extraLinks = out[LINK_RUNS] - in[LINK_RUNS];
            if (extraProse >= 0.1 * in[PROSE] && extraProse >= 2 * extraOther && extraLinks * 3 <= extraRuns) {
                cur = a;
            }
        }
        return cur;
    }

    // ---- step 5: select -------------------------------------------------------------------------------------------

    private static Result select(Element container, List<TextRun> runs, String title) {
        String titleKey = Texts.key(title);
        List<TextRun> inside = new ArrayList<>();
        for (TextRun r : runs) {
            if (within(r.owner, container)) {
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
