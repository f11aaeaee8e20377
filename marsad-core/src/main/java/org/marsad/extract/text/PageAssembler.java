package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.model.RelatedLink;

/**
 * Builds articles from a page's classified lines, in order.
 *
 * <p>The page is read top to bottom with one article open at a time. Its first headline-like line is its title;
 * labeled metadata anywhere in it fills its fields; the lines right under the title (its header) may also hold
 * an unlabeled date or an "outlet | author" byline. A new article starts:
 * <ul>
 *   <li>after a separator line ("-----") that is followed by a headline and its lead paragraph or metadata.
 *       Pages also draw rules around boxes inside an article (a subheading, a fact list); a rule followed by
 *       headline-like lines only, or by a paragraph that continues the narrative with the conjunction "و"
 *       ("وقال…"), does not end the article;</li>
 *   <li>at a headline followed by a byline or date line, once the open article has a body;</li>
 *   <li>at a headline followed by paragraphs, once the open article is closed — its end furniture (source or
 *       tag line) has been seen. This is how a "إقرأ أيضاً:" that appends a whole second article is told from a
 *       "read also" list inside an article: the list's headlines are followed by more of the same article or
 *       by furniture, the appended article's headline by its byline or its own paragraphs.</li>
 * </ul>
 * After a closed article, headline-like lines that start nothing are footer residue and are dropped.
 */
final class PageAssembler {
    private static final Pattern BULLET = Pattern.compile("^(?:[\\-–—•*▪►◄»·]+|\\d{1,2}[.)])\\s+");
    private static final Pattern TRAILING_URL = Pattern.compile(
            "^(?<title>.*?)[\\s\\-–—|:(\\[]*(?<url>https?://\\S+?)[)\\]]?$");
    private static final int MAX_RELATED = 12;

    /** One article being read. */
    static final class Draft {
        String title;
        String published;
        String publishedText;
        String source;
        String outlet;
        String author;
        final List<String> body = new ArrayList<>();
        final List<RelatedLink> related = new ArrayList<>();
        final List<String> tagLines = new ArrayList<>();
        /** Its end furniture (source, tags) was seen after its body. */
        boolean closed;
        private Evidence evidence;
        private int evidenceLines = -1;

        /**
         * The words of its title and body, read again only when the body has grown: the lines after a closed
         * article are each asked whether they are its tags, and must not each cost a reading of the article.
         */
        Evidence evidence() {
            int lines = body.size() + (title == null ? 0 : 1);
            if (evidence == null || lines != evidenceLines) {
                StringBuilder sb = new StringBuilder();
                if (title != null) {
                    sb.append(title).append('\n');
                }
                body.forEach(p -> sb.append(p).append('\n'));
                evidence = new Evidence(sb.toString());
                evidenceLines = lines;
            }
            return evidence;
        }
    }

    private final List<Item> items;
    private final List<Draft> done = new ArrayList<>();
    private Draft open;

    private PageAssembler(List<Item> items) {
        this.items = items.stream().filter(i -> !(i instanceof Item.Noise)).toList();
    }

    /** The drafts of every article on the page that has a body, in page order. */
    static List<Draft> assemble(List<Item> items) {
        PageAssembler a = new PageAssembler(items);
        a.run();
        return a.done;
    }

    private void run() {
        for (int i = outletFirst(); i < items.size(); i++) {
            Item item = items.get(i);
            if (item instanceof Item.Separator) {
                if (open != null && !open.body.isEmpty() && articleAfterSeparator(i)) {
                    finish();
                }
            } else if (item instanceof Item.ReadAlso r) {
                i = readAlso(i, r);
            } else if (item instanceof Item.Source s) {
                Draft d = draft();
                if (d.source == null) {
                    d.source = s.name();
                }
                d.closed = !d.body.isEmpty();
            } else if (item instanceof Item.Tags t) {
                Draft d = draft();
                d.tagLines.add(t.raw());
                d.closed = !d.body.isEmpty();
            } else if (item instanceof Item.Author a) {
                Draft d = draft();
                if (d.author == null) {
                    d.author = a.name();
                }
            } else if (item instanceof Item.OutletByline b) {
                if (inHeader()) {
                    if (open.outlet == null) {
                        open.outlet = b.outlet();
                    }
                    if (open.author == null) {
                        open.author = b.author();
                    }
                } else {
                    text(i, b.line());
                }
            } else if (item instanceof Item.DateLine d) {
                date(d);
            } else if (item instanceof Item.Text t) {
                text(i, t.text());
            }
        }
        finish();
    }

    /**
     * A page that starts with its outlet's name, then the date, then the headline: the outlet is taken when the line
     * names one for certain ({@link OutletLine}), and reading goes on from the date. Returns the first item to read.
     */
    private int outletFirst() {
        if (items.size() < 3 || !(items.get(0) instanceof Item.Text first)
                || !(items.get(1) instanceof Item.DateLine d) || d.updated()
                || !(items.get(2) instanceof Item.Text headline) || !isHeadline(headline.text())) {
            return 0;
        }
        String outlet = OutletLine.outlet(first.text());
        if (outlet == null) {
            return 0;
        }
        draft().outlet = outlet;
        return 1;
    }

    private void date(Item.DateLine d) {
        if (d.updated()) {
            return;
        }
        if (d.labeled() || open == null || open.body.isEmpty()) {
            Draft dr = draft();
            if (dr.publishedText == null) {
                dr.publishedText = d.text();
                dr.published = d.iso();
            }
        }
        // An unlabeled date line inside a body is not prose; it is dropped rather than trusted.
    }

    private void text(int i, String line) {
        Draft d = draft();
        if (d.title == null && d.body.isEmpty()) {
            if (isHeadline(line)) {
                d.title = line;
            } else {
                d.body.add(line);
            }
            return;
        }
        if (!d.body.isEmpty() && isHeadline(line) && (followedByArticleMeta(i) || d.closed && followedByText(i))) {
            finish();
            draft().title = line;
            return;
        }
        if (d.closed) {
            if (isHeadline(line)) {
                if (d.tagLines.isEmpty() && TagSplitter.mayBeTagLine(line)
                        && TagSplitter.looksLikeTagLine(line, d.evidence())) {
                    d.tagLines.add(line);
                }
                return;
            }
            d.closed = false;
        }
        d.body.add(line);
    }

    /**
     * A "read also" marker: its headlines become related items of the open article, unless the (single)
     * headline is the title of an appended article. Returns the index of the last item consumed.
     */
    private int readAlso(int i, Item.ReadAlso marker) {
        List<String> headlines = new ArrayList<>();
        int last = i;
        if (marker.inlineHeadline() != null) {
            headlines.add(marker.inlineHeadline());
        } else {
            for (int j = i + 1; j < items.size() && headlines.size() < MAX_RELATED; j++) {
                if (!(items.get(j) instanceof Item.Text t) || !isHeadline(t.text())) {
                    break;
                }
                if (!headlines.isEmpty() && followedByArticleMeta(j)) {
                    break; // this headline opens an article: leave it to the main loop
                }
                headlines.add(t.text());
                last = j;
                if (followedByArticleMeta(j)) {
                    break;
                }
            }
        }
        if (headlines.isEmpty()) {
            return i;
        }
        boolean appended = headlines.size() == 1 && (followedByArticleMeta(last)
                || open != null && open.closed && !open.body.isEmpty() && followedByText(last));
        if (appended) {
            finish();
            draft().title = headlines.get(0);
            return last;
        }
        Draft d = draft();
        for (String h : headlines) {
            d.related.add(link(h));
        }
        return last;
    }

    private static RelatedLink link(String headline) {
        String h = BULLET.matcher(headline).replaceFirst("").strip();
        Matcher m = TRAILING_URL.matcher(h);
        if (m.matches() && !m.group("title").isBlank()) {
            return new RelatedLink(m.group("title").strip(), m.group("url"));
        }
        return RelatedLink.titled(h);
    }

    private boolean articleAfterSeparator(int i) {
        int j = i + 1;
        while (j < items.size() && items.get(j) instanceof Item.Separator) {
            j++;
        }
        if (j >= items.size()) {
            return false;
        }
        Item next = items.get(j);
        if (next instanceof Item.Author || next instanceof Item.OutletByline
                || next instanceof Item.DateLine d && !d.updated()) {
            return true;
        }
        if (!(next instanceof Item.Text t) || !isHeadline(t.text())) {
            return false;
        }
        if (followedByArticleMeta(j) || open.closed && followedByText(j)) {
            return true;
        }
        return j + 1 < items.size() && items.get(j + 1) instanceof Item.Text lead && !isHeadline(lead.text())
                && !lead.text().startsWith("و");
    }

    /** Whether the next item is a byline or publication date, the sign that the line before it is a headline. */
    private boolean followedByArticleMeta(int i) {
        if (i + 1 >= items.size()) {
            return false;
        }
        Item next = items.get(i + 1);
        return next instanceof Item.OutletByline || next instanceof Item.Author
                || next instanceof Item.DateLine d && !d.updated();
    }

    private boolean followedByText(int i) {
        return i + 1 < items.size() && items.get(i + 1) instanceof Item.Text;
    }

    private boolean inHeader() {
        return open != null && open.body.isEmpty();
    }

    private Draft draft() {
        if (open == null) {
            open = new Draft();
        }
        return open;
    }

    private void finish() {
        if (open != null && !open.body.isEmpty()) {
            moveTrailingTagLine(open);
            if (!open.body.isEmpty()) {
                done.add(open);
            }
        }
        open = null;
    }

    /** Pages often end an article with its tags on an unlabeled line ("الصحراء المغربيةمينورسو"). */
    private static void moveTrailingTagLine(Draft d) {
        if (!d.tagLines.isEmpty() || d.body.size() < 2) {
            return;
        }
        String last = d.body.get(d.body.size() - 1);
        if (!TagSplitter.mayBeTagLine(last)) {
            return;
        }
        d.body.remove(d.body.size() - 1);
        if (TagSplitter.looksLikeTagLine(last, d.evidence())) {
            d.tagLines.add(last);
        } else {
            d.body.add(last);
        }
    }

    /**
     * Whether a line reads as a headline rather than a paragraph: short, and not ending a sentence with a full
     * stop (a headline may end with "؟", "!" or an ellipsis).
     */
    static boolean isHeadline(String line) {
        if (LineClassifier.words(line) > 30 || line.length() > 220) {
            return false;
        }
        boolean fullStop = line.endsWith(".") && !line.endsWith("..");
        return !fullStop && !line.endsWith(":") && !line.endsWith("،") && !line.endsWith(",");
    }
}
