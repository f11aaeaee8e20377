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

    /** What the body step found: paragraphs, and "read also" lines taken out of them. */
    record Result(List<String> paragraphs, int proseChars, List<TextRun> kept) {
    }

    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "link", "meta", "map",
            "audio", "video", "head", "title", "math", "picture", "img", "source", "track");

    private static final Set<String> LANDMARKS = Set.of("nav", "aside", "footer", "menu", "dialog", "header");

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
            + "read more|continue reading|read full (story|article)|see also|related( articles| stories)?|"
            + "إعلان|اعلان|شارك|مشاركة|تابعونا.*|تابعنا.*|طباعة|تعليقات?|اقرأ المزيد|إقرأ المزيد|المزيد|"
            + "أرسل لصديق|ارسل لصديق|حجم الخط)\\W*$");

    static Result extract(Element body, String title, String articleBody) {
        Map<Element, int[]> size = new IdentityHashMap<>();
        measure(body, size);
        int pageChars = Math.max(1, size.get(body)[0]);
        prune(body, size, pageChars);

        List<TextRun> runs = new ArrayList<>();
        collect(body, runs);
        runs.removeIf(r -> r.chars() == 0);
        String bodyKey = articleBody == null ? "" : Texts.key(articleBody);
        boolean haveBody = bodyKey.length() >= 200;
        for (TextRun r : runs) {
            classify(r);
            if (haveBody) {
                String k = Texts.key(r.text());
                r.confirmed = k.length() >= 12 && bodyKey.contains(k);
            }
        }

        Element container = choose(body, runs, haveBody);
        if (container == null) {
            return new Result(List.of(), 0, List.of());
        }
        return select(container, runs, title, haveBody, bodyKey);
    }

    // ---- step 1: prune ------------------------------------------------------------------------------------------

    /** size[0] = visible chars, size[1] = visible chars inside links, for every element. */
    private static int[] measure(Element e, Map<Element, int[]> size) {
        int[] s = new int[2];
        boolean link = e.normalName().equals("a");
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                int c = Texts.visibleLength(t.getWholeText());
                s[0] += c;
                if (link) {
                    s[1] += c;
                }
            } else if (n instanceof Element c) {
                int[] cs = measure(c, size);
                s[0] += cs[0];
                s[1] += link ? cs[0] : cs[1];
            }
        }
        size.put(e, s);
        return s;
    }

    private static void prune(Element root, Map<Element, int[]> size, int pageChars) {
        List<Node> doomed = new ArrayList<>();
        findDoomed(root, size, pageChars, doomed);
        for (Node n : doomed) {
            n.remove();
        }
    }

    private static void findDoomed(Element e, Map<Element, int[]> size, int pageChars, List<Node> doomed) {
        for (Node n : e.childNodes()) {
            if (n instanceof Comment) {
                doomed.add(n);
            } else if (n instanceof Element c) {
                if (isDoomed(c, size, pageChars)) {
                    doomed.add(c);
                } else {
                    findDoomed(c, size, pageChars, doomed);
                }
            }
        }
    }

    private static boolean isDoomed(Element e, Map<Element, int[]> size, int pageChars) {
        String tag = e.normalName();
        if (DROP_TAGS.contains(tag)) {
            return true;
        }
        if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return !holdsThePage(e, size, pageChars);
        }
        if (LANDMARKS.contains(tag)) {
            return !holdsThePage(e, size, pageChars);
        }
        if (tag.equals("body") || tag.equals("html")) {
            return false;
        }
        List<String> words = Hints.words(e);
        if (words.isEmpty()) {
            return false;
        }
        int bad = Hints.boilerplate(words);
        return bad > 0 && bad >= Hints.content(words) && !holdsThePage(e, size, pageChars);
    }

    /** True when removing the element would remove most of the page's text: its name cannot be trusted then. */
    private static boolean holdsThePage(Element e, Map<Element, int[]> size, int pageChars) {
        int[] s = size.get(e);
        if (s == null) {
            return false;
        }
        return s[0] > 0.4 * pageChars && s[1] < 0.4 * s[0];
    }

    // ---- step 2: runs ---------------------------------------------------------------------------------------------

    private static void collect(Element block, List<TextRun> runs) {
        TextRun run = null;
        for (Node n : block.childNodes()) {
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
        for (Node n : e.childNodes()) {
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
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName()) || hasBlock(c)) {
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
        if (tag.startsWith("h") && tag.length() == 2 || ld > 0.33) {
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

    private static Element choose(Element body, List<TextRun> runs, boolean haveBody) {
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
            for (Element e = r.owner; e != null; e = e.parent()) {
                double[] a = acc.computeIfAbsent(e, k -> new double[2]);
                a[0] += prose;
                a[1] += prose > 0 ? 0 : chars;
                if (e == body) {
                    break;
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, double[]> en : acc.entrySet()) {
            double[] a = en.getValue();
            if (a[0] <= 0) {
                continue;
            }
            double score = a[0] - OTHER_COST * a[1];
            if (score > bestScore) {
                bestScore = score;
                best = en.getKey();
            }
        }
        return best;
    }

    // ---- step 5: select -------------------------------------------------------------------------------------------

    private static Result select(Element container, List<TextRun> runs, String title, boolean haveBody,
            String bodyKey) {
        String titleKey = Texts.key(title);
        List<TextRun> inside = new ArrayList<>();
        for (TextRun r : runs) {
            if (r.owner == container || r.owner.parents().contains(container)) {
                inside.add(r);
            }
        }
        List<TextRun> kept = new ArrayList<>();
        int prose = 0;
        for (TextRun r : inside) {
            String text = r.text();
            if (r.tag().equals("h1") || !titleKey.isEmpty() && Texts.key(text).equals(titleKey)) {
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
        return new Result(paragraphs, prose, kept);
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

    private static boolean isEdgeNoise(TextRun r) {
        return !r.good && !r.confirmed && r.chars() < 40;
    }
}
