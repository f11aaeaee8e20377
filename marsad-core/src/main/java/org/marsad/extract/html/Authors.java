package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The writer's name, from structured data first, then the byline, without its "By" / "بقلم" / "كتب" label. The
 * outlet's own name is not an author: a candidate that only repeats the site name is passed over.
 */
final class Authors {
    private Authors() {
    }

    private static final Pattern LABEL = Pattern.compile(
            "(?iu)^\\s*(by|written by|author:?|بقلم|كتب(?:ت|ه)?|كتابة|إعداد|اعداد|تحرير|الكاتب|المحرر)\\s*[:：\\-–]?\\s*");

    static String find(PageIndex page, PageMeta meta, JsonLd ld, String siteName) {
        // a loop, not a stream: the stream's pipeline cost more than the few names it filters
        List<String> names = new ArrayList<>();
        for (String n : ld.names("author")) {
            if (!isOutlet(n, siteName)) {
                names.add(n);
            }
        }
        if (!names.isEmpty()) {
            return clean(String.join(", ", names));
        }
        String m = meta.first("author", "article:author", "dc.creator", "sailthru.author", "parsely-author",
                "byl");
        if (m != null && !WEB_ADDRESS.matcher(m).matches() && !isOutlet(m, siteName)) {
            return clean(m);
        }
        for (Element e : page.select(Queries.AUTHOR_MARKUP)) {
            String t = Texts.oneLine(e.text());
            if (!t.isEmpty() && t.length() <= 80 && !isOutlet(t, siteName)) {
                return clean(t);
            }
        }
        return printedByline(page, siteName);
    }

    /**
     * A short block whose own text starts with a byline label ("بقلم: ...", "كتب ..."), on pages that do not mark
     * their byline with a class: only a label makes such a line a byline, so prose is never taken for one.
     */
    private static String printedByline(PageIndex page, String siteName) {
        Element body = page.document().body();
        if (body == null) {
            return null;
        }
        // the body's elements in document order, as body.select lists them, from the page's one walk
        for (Element e : page.bodyElements()) {
            if (!Queries.BYLINE_BLOCKS.matches(body, e)) {
                continue;
            }
            // Cheap tests first: a byline is a small element whose first words are the label.
            Element first = e.firstElementChild();
            if (ChildElements.moreThan(e, 3) || !(ownTextLabelled(e) || first != null
                    && ChildElements.none(first) && ownTextLabelled(first))) {
                continue;
            }
            String t = Texts.oneLine(e.text());
            if (t.isEmpty() || t.length() > 80 || !LABEL.matcher(t).lookingAt()) {
                continue;
            }
            // "كتب" is also a verb that opens sentences ("كتب الوزير في رسالته"): require the label's colon for it,
            // or a short line.
            String name = clean(t);
            if (name != null && Texts.SPACES.split(name).length <= 8 && !isOutlet(name, siteName)
                    && (WITH_COLON.matcher(t).matches() || Texts.SPACES.split(name).length <= 4)) {
                return name;
            }
        }
        return null;
    }

    /** The element's own text starts with a byline label. */
    private static boolean ownTextLabelled(Element e) {
        return ChildElements.holdText(e) && LABEL.matcher(e.ownText()).lookingAt();
    }

    /** Whether a candidate, once cleaned, is only the outlet's name (as its pages give it in og:site_name). */
    static boolean isOutlet(String candidate, String siteName) {
        if (siteName == null) {
            return false;
        }
        String c = clean(candidate);
        return c != null && simple(c).equals(simple(siteName));
    }

    private static String simple(String s) {
        return SPACES_AND_PUNCTUATION.matcher(Texts.oneLine(s).toLowerCase(java.util.Locale.ROOT)).replaceAll("");
    }

    static String clean(String raw) {
        String s = LABEL.matcher(Texts.oneLine(raw)).replaceFirst("").strip();
        // Credits are often printed in brackets: "(أبوظبي - البيان)".
        while (s.length() > 2 && "([«\"".indexOf(s.charAt(0)) >= 0 && ")]»\"".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(1, s.length() - 1).strip();
        }
        return s.isEmpty() || s.length() > 120 ? null : joinedNames(s);
    }

    /** Patterns compiled once (String's matches and replaceAll compile theirs on every call). */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.*");
    private static final Pattern WITH_COLON = Pattern.compile("(?s)^[^:：]*[:：].*");
    private static final Pattern SPACES_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}]+");
    private static final Pattern ENGLISH_AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final Pattern COMMA = Pattern.compile("\\s*[،,]\\s*");

    /** "و" glued to a second name that, like the first, has at least two words. */
    private static final Pattern AND = Pattern.compile("\\s+و\\s*(?!لد\\s)(?=\\p{L})");

    /**
     * Several writers in one byline ("أحمد علي ومحمد حسن", "A and B") are listed with ", ", as the JSON-LD authors
     * are. A "و" is taken as "and" only when both sides have two words or more, so "عبد الله وهبي" (a family name
     * starting with و) and "سيدي محمد ولد الشيخ" ("son of") stay one name.
     */
    static String joinedNames(String s) {
        String english = ENGLISH_AND.matcher(s).replaceAll(", ");
        java.util.regex.Matcher m = AND.matcher(english);
        while (m.find()) {
            String left = english.substring(0, m.start()).strip();
            String right = english.substring(m.end()).strip();
            String lastLeft = left.substring(left.lastIndexOf(',') + 1).strip();
            if (Texts.words(lastLeft) >= 2 && Texts.words(right) >= 2) {
                return left + ", " + joinedNames(right);
            }
        }
        return COMMA.matcher(english).replaceAll(", ");
    }

}
