package org.marsad.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.entities.PlaceNames;

/**
 * Says what each line of a raw page is (see {@link Item}), looking at the line alone. Page structure — which
 * headline starts an article, which byline belongs to it — is decided later by {@link PageAssembler}.
 *
 * <p>The rules are conservative: a line becomes furniture only when its shape leaves little doubt (a label with
 * a separator, a short line made only of share-bar words); anything else stays text.
 */
final class LineClassifier {
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Separators pages put between a label and its value. */
    private static final String SEP = "\\s*[:：|｜\\-–—/]\\s*";
    /** Separators that may follow a label glued to the previous value ("الخليج الجديدالمصدر:"). */
    private static final String GLUED_SEP = "\\s*[:：|｜]\\s*";

    private static final String[] SOURCE_PHRASES = {"المصدر", "مصدر الخبر", "مصدر المقال", "Source"};
    private static final String[] TAGS_PHRASES = {"كلمات دلالية", "الكلمات الدلالية", "كلمات مفتاحية",
        "الكلمات المفتاحية", "وسوم", "الوسوم", "الوسم", "Tags", "Keywords"};
    private static final String[] PUBLISHED_PHRASES = {"تاريخ النشر", "نشر بتاريخ", "نشر في", "نشر يوم",
        "تم النشر", "تاريخ الخبر", "تاريخ الإضافة", "أضيف بتاريخ", "بتاريخ", "التاريخ", "Published on",
        "Published", "Posted on", "Date"};
    private static final String[] UPDATED_PHRASES = {"آخر تحديث", "تاريخ التحديث", "تم التحديث", "حدث بتاريخ",
        "Last updated", "Updated on", "Updated"};
    private static final String[] AUTHOR_WITH_SEP_PHRASES = {"كتب", "كتبت", "إعداد", "تحرير", "الكاتب", "By"};
    private static final String[] AUTHOR_PHRASES = {"بقلم", "بقلم الكاتب"};

    private static final String SOURCE = Loose.anyOf(SOURCE_PHRASES);
    private static final String TAGS = Loose.anyOf(TAGS_PHRASES);
    private static final String PUBLISHED = Loose.anyOf(PUBLISHED_PHRASES);
    private static final String UPDATED = Loose.anyOf(UPDATED_PHRASES);
    /** Byline labels that also start ordinary sentences ("كتب الرئيس في تغريدة…"): they need a separator. */
    private static final String AUTHOR_WITH_SEP = Loose.anyOf(AUTHOR_WITH_SEP_PHRASES);
    private static final String AUTHOR = Loose.anyOf(AUTHOR_PHRASES);

    /** Every phrase of {@link #LABEL_AT_START}, for the test that checks {@link #LABEL_FIRST}. */
    static final List<String[]> START_PHRASES = List.of(SOURCE_PHRASES, TAGS_PHRASES, PUBLISHED_PHRASES,
            UPDATED_PHRASES, AUTHOR_WITH_SEP_PHRASES, AUTHOR_PHRASES);
    /**
     * Every character a {@link #LABEL_AT_START} match can begin with: the phrases' first letters with their
     * {@link Loose} variants and case-insensitive forms (the long s and the Kelvin sign included). Most lines start
     * with none of them, and the big label pattern is then not tried at all.
     */
    static final String LABEL_FIRST = "اأإآمكوتنبحSsTtKkPpDdLlUuBb\u017f\u212a";

    static final Pattern LABEL_AT_START = Pattern.compile(
            "^(?:(?<source>" + SOURCE + ")|(?<tags>" + TAGS + ")|(?<updated>" + UPDATED + ")|(?<published>"
                    + PUBLISHED + ")|(?<authorsep>" + AUTHOR_WITH_SEP + ")|(?<author>" + AUTHOR + "))"
                    + "(?![\\p{L}\\p{M}])(?<sep>" + SEP + ")?", FLAGS);
    static final Pattern GLUED_LABEL = Pattern.compile(
            "(?:(?<source>" + SOURCE + ")|(?<tags>" + TAGS + ")|(?<updated>" + UPDATED + ")|(?<published>"
                    + PUBLISHED + "))" + GLUED_SEP, FLAGS);

    private static final Pattern READ_ALSO = Pattern.compile(
            "^[\\-–—•*▪►◄»«\\s]*(?:" + Loose.anyOf("اقرأ أيضا", "إقرأ أيضا", "أقرأ أيضا", "اقرا ايضا", "طالع أيضا",
                    "شاهد أيضا", "اقرأ كذلك", "طالع كذلك", "اقرأ أيضا في", "مواضيع ذات صلة", "أخبار ذات صلة",
                    "مقالات ذات صلة", "ذات صلة", "Read also", "See also") + ")"
                    + "(?![\\p{L}])\\s*[:：\\-–—|»>…\\./]*\\s*(?<rest>.*)$", FLAGS);

    private static final Pattern SEPARATOR = Pattern.compile("^[\\-_=*~•·─━═#+. ]{3,}$|^\\f+$");
    private static final Pattern PIPE = Pattern.compile("\\s*[|｜¦│]\\s*");
    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[.،,؛;:!?؟\"«»“”()]");
    private static final Pattern DIGIT = Pattern.compile("[0-9\\u0660-\\u0669]");

    /** Words of share bars and social buttons; a short line made only of them is furniture. */
    private static final Set<String> SHARE_WORDS = Set.of(
            "شارك", "شاركها", "شاركوا", "مشاركة", "المشاركة", "شارك الخبر", "الخبر", "المقال", "المقالة",
            "الموضوع", "على", "عبر", "هذا", "هذه", "فيسبوك", "فيس", "بوك", "تويتر", "إكس", "اكس", "واتساب", "واتس",
            "اب", "آب", "تيليجرام", "تلغرام", "تليجرام", "لينكدإن", "لينكد", "إن", "بريد", "البريد", "إيميل",
            "طباعة", "نسخ", "الرابط", "رابط", "انستغرام", "إنستغرام", "يوتيوب", "ماسنجر", "facebook", "twitter",
            "x", "whatsapp", "telegram", "linkedin", "email", "print", "share", "copy", "link", "messenger",
            "pinterest", "reddit", "tweet", "a", "a+", "a-", "+", "-");
    static final Pattern SHARE_START = Pattern.compile(
            "^(?:شارك|شاركوا|شاركها|مشاركة|share|facebook|فيسبوك|تويتر|twitter|واتساب|whatsapp)", FLAGS);
    static final Pattern FOLLOW = Pattern.compile(
            "^(?:تابعونا|تابعوا|تابعنا|تابع|اشترك|اشتركوا|انضم|انضموا|للاشتراك|لمتابعة|حمّل|حمل|follow|subscribe|join)"
                    + "(?![\\p{L}]).*(?:تيليجرام|تلغرام|تليجرام|فيسبوك|فيس\\s*بوك|تويتر|إكس|واتساب|واتس\\s*[اآ]ب|يوتيوب"
                    + "|إنستغرام|انستغرام|انستجرام|تيك\\s*توك|جوجل\\s*نيوز|google\\s*news|نبض|قناتنا|صفحتنا|حساباتنا"
                    + "|حسابنا|تطبيق|النشرة|telegram|facebook|twitter|whatsapp|youtube|instagram|tiktok|newsletter)", FLAGS);
    static final Pattern CAPTION = Pattern.compile(
            "^[(\\[]?\\s*(?:(?:ال)?صور[ةه]?|تصوير|photo|image|credit)\\s*[:：/|\\-–)]"
                    + "|^[(\\[]?\\s*(?:(?:ال)?صور[ةه]\\s+)?(?:أرشيفية|ارشيفية|تعبيرية|من\\s+الأرشيف|أرشيف)\\s*[)\\]]?$"
                    + "|getty\\s+images|©|\\(c\\)\\s*\\d{4}|جميع\\s+الحقوق\\s+محفوظة|all\\s+rights\\s+reserved", FLAGS);
    static final Pattern AD = Pattern.compile(
            "^(?:إعلان|اعلان|إعلانات|advertisement|advertisements|sponsored|محتوى\\s+مدفوع|مساحة\\s+إعلانية)$"
                    + "|^\\d*\\s*(?:تعليق|تعليقات|التعليقات|comments?)$|^(?:أضف|اترك|أضف\\s+تعليقك|اكتب)\\s+تعليق"
                    + "|^[\\d,.]+\\s*(?:مشاهدة|مشاهدات|قراءة|views?)$|^حجم\\s+الخط|^(?:A\\s*){2,3}$", FLAGS);
    private static final Pattern BREADCRUMB = Pattern.compile("\\s*(?:»|›|>|/)\\s*");
    /** The first chars of CAPTION's unanchored alternatives, in every case the flags allow. */
    static final String CAPTION_INNER_FIRST = "gG©(جaA";
    /** Compiled once: String.replaceAll and a multi-char String.split compile their regex on every call. */
    private static final Pattern LABEL_END = Pattern.compile("[\\s:：|｜]+$");
    private static final Pattern BYLINE_END = Pattern.compile("\\s*(?:[|｜،,(/]|\\s[-–—]\\s)\\s*");
    private static final Pattern SHARE_TOKEN_BREAK = Pattern.compile("[\\s|•·/،,:]+");
    private static final Pattern SEPARATOR_EDGES = Pattern.compile("^[\\s:：|｜\\-–—/]+|[\\s:：|｜\\-–—/]+$");
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[\\s.،,؛;:|\\-–—]+$");

    /** A label with nothing after it: its value is on the next line(s) ("كلمات دلالية:" then one tag a line). */
    static final Pattern LABEL_ONLY = Pattern.compile(
            "^(?:(?<source>" + SOURCE + ")|(?<tags>" + TAGS + ")|(?<published>" + PUBLISHED + ")|(?<author>"
                    + Loose.anyOf("كتب", "كتبت", "بقلم", "إعداد", "تحرير", "الكاتب") + "))\\s*[:：|｜]?\\s*$", FLAGS);
    private static final int MAX_TAG_LINES = 15;

    private LineClassifier() {
    }

    /**
     * Joins a label left alone on its line with its value below it: one line for a source, date or author; for
     * tags, every following short line (one tag per line), joined with "،".
     */
    static List<String> joinLabelValues(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // LABEL_ONLY's phrases are LABEL_AT_START's: a line starting with no label letter is no label
            Matcher m = LABEL_ONLY.matcher(line);
            if (line.isEmpty() || LABEL_FIRST.indexOf(line.charAt(0)) < 0 || !m.matches() || i + 1 >= lines.size()) {
                out.add(line);
                continue;
            }
            String label = LABEL_END.matcher(line).replaceAll("");
            if (m.group("tags") != null) {
                List<String> tags = new ArrayList<>();
                int j = i + 1;
                while (j < lines.size() && tags.size() < MAX_TAG_LINES && words(lines.get(j)) <= 5
                        && !SENTENCE_PUNCT.matcher(lines.get(j)).find() && !LABEL_AT_START.matcher(lines.get(j)).find()
                        && !READ_ALSO.matcher(lines.get(j)).matches()) {
                    tags.add(lines.get(j));
                    j++;
                }
                if (tags.isEmpty()) {
                    out.add(line);
                    continue;
                }
                out.add(label + ": " + String.join("، ", tags));
                i = j - 1;
            } else if (words(lines.get(i + 1)) <= 8 && !READ_ALSO.matcher(lines.get(i + 1)).matches()
                    && (m.group("published") == null || PublicationDates.isDateOnly(lines.get(i + 1)))) {
                out.add(label + ": " + lines.get(i + 1));
                i++;
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** The items of one cleaned, non-blank line (several when labels are glued on one line). */
    static List<Item> classify(String line) {
        if (SEPARATOR.matcher(line).matches()) {
            return List.of(new Item.Separator());
        }
        Matcher readAlso = READ_ALSO.matcher(line);
        if (readAlso.matches()) {
            String rest = readAlso.group("rest").strip();
            return List.of(new Item.ReadAlso(rest.isEmpty() ? null : rest));
        }
        List<Item> labeled = labeled(line);
        if (!labeled.isEmpty()) {
            return labeled;
        }
        if (isNoise(line)) {
            return List.of(new Item.Noise(line));
        }
        Item byline = outletByline(line);
        if (byline != null) {
            return List.of(byline);
        }
        if (PublicationDates.isDateOnly(line)) {
            return List.of(new Item.DateLine(trimSeparators(line), PublicationDates.iso(line), false, false));
        }
        return List.of(new Item.Text(line));
    }

    /** The items of a line that starts with a label, or an empty list when it does not or the value is unlikely. */
    private static List<Item> labeled(String line) {
        if (line.isEmpty() || LABEL_FIRST.indexOf(line.charAt(0)) < 0) {
            return List.of();
        }
        Matcher start = LABEL_AT_START.matcher(line);
        if (!start.find()) {
            return List.of();
        }
        boolean hasSep = start.group("sep") != null && !start.group("sep").isBlank();
        String kind = kindOf(start, START_KINDS);
        List<int[]> cuts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        cuts.add(new int[] {start.start(), start.end()});
        kinds.add(kind);
        if (!kind.startsWith("author")) {
            Matcher glued = GLUED_LABEL.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
            int from = start.end();
            while (from < line.length() && findGlued(glued, line, from)) {
                cuts.add(new int[] {glued.start(), glued.end()});
                kinds.add(kindOf(glued, GLUED_KINDS));
                from = glued.end();
            }
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            int valueEnd = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : line.length();
            String value = trimSeparators(line.substring(cuts.get(i)[1], valueEnd));
            Item item = labeledItem(kinds.get(i), value, i > 0 || hasSep);
            if (item == null) {
                if (i == 0) {
                    return List.of();
                }
                continue;
            }
            items.add(item);
        }
        return items;
    }

    /**
     * What {@code GLUED_LABEL.matcher(line).find(from)} finds, into {@code glued} (made with transparent bounds):
     * the pattern is tried only where a label letter stands, not at every position of the value, and only before
     * the line's last label separator (a glued label is followed by one: most lines have none, and the label
     * letters are among the commonest Arabic letters).
     */
    static boolean findGlued(Matcher glued, String line, int from) {
        int n = line.length();
        int lastSeparator = -1;
        for (int i = n - 1; i > from && lastSeparator < 0; i--) {
            char c = line.charAt(i);
            if (c == ':' || c == '：' || c == '|' || c == '｜') {
                lastSeparator = i;
            }
        }
        for (int at = from; at < lastSeparator; at++) {
            if (LABEL_FIRST.indexOf(line.charAt(at)) >= 0) {
                glued.region(at, n);
                if (glued.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final List<String> START_KINDS = List.of("source", "tags", "updated", "published", "authorsep",
            "author");
    private static final List<String> GLUED_KINDS = List.of("source", "tags", "updated", "published");

    /** Which named group of the label pattern matched. */
    private static String kindOf(Matcher m, List<String> kinds) {
        for (String k : kinds) {
            if (m.group(k) != null) {
                return k;
            }
        }
        throw new IllegalStateException("label without kind");
    }

    private static Item labeledItem(String kind, String value, boolean separated) {
        if (value.isEmpty()) {
            return null;
        }
        int words = words(value);
        return switch (kind) {
            case "source" -> separated && words <= 8 ? source(stripEnd(value)) : null;
            case "tags" -> words <= 40 ? new Item.Tags(value) : null;
            // Without a separator, "التاريخ" or "نشر في" may start a sentence: then only a bare date will do.
            case "published", "updated" -> (separated && words <= 14) || PublicationDates.isDateOnly(value)
                    ? new Item.DateLine(value, "updated".equals(kind) ? null : PublicationDates.iso(value),
                            "updated".equals(kind), true)
                    : null;
            case "authorsep" -> separated ? author(value) : null;
            case "author" -> author(value);
            default -> null;
        };
    }

    /** An author item from a byline value: the name, without a trailing place, outlet or date. */
    private static Item author(String value) {
        String name = BYLINE_END.split(value, 2)[0];
        name = stripEnd(name);
        int words = words(name);
        if (name.isEmpty() || words > 6 || hasDigit(name) || name.endsWith(".")) {
            return null;
        }
        return new Item.Author(name);
    }

    /**
     * The outlet a "المصدر:" line credits, or page furniture when it names only a place: a dateline («المصدر:
     * دمشق») is where the report was written, not who published it (a reader's walk saw «المصدر: دمشق» as the
     * outlet). A place before a dash is the dateline of the outlet after it («دمشق - سانا»: سانا).
     */
    private static Item source(String value) {
        String[] parts = DATELINE_DASH.split(value, 2);
        if (isPlace(parts[0])) {
            return parts.length == 2 && !parts[1].isBlank() ? new Item.Source(parts[1].strip())
                    : new Item.Noise(value);
        }
        return new Item.Source(value);
    }

    /** A dash between a dateline and what follows it ("دمشق - سانا", "دمشق– سانا"). */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s*[-–—ـ]\\s*");

    /** Whether the words are exactly one listed place (دمشق، ريف دمشق، غزة), as the entity lexicon lists them. */
    static boolean isPlace(String words) {
        String[] w = words.strip().split("\\s+");
        if (w.length == 0 || w.length > 3 || w[0].isEmpty()) {
            return false;
        }
        String place = PlaceNames.at(w, 0);
        return place != null && place.split(" ").length == w.length;
    }

    /** "زنقة20| علي التومي": a short outlet and a short name around one bar, nothing sentence-like. */
    private static Item outletByline(String line) {
        if (line.length() > 60) {
            return null;
        }
        String[] parts = PIPE.split(line, -1);
        if (parts.length != 2) {
            return null;
        }
        String outlet = parts[0].strip();
        String author = parts[1].strip();
        if (outlet.isEmpty() || author.isEmpty() || words(outlet) > 3 || words(author) > 4
                || SENTENCE_PUNCT.matcher(line).find() || hasDigit(author)) {
            return null;
        }
        // "دمشق | أحمد علي": a dateline, not an outlet; the author stays
        return new Item.OutletByline(isPlace(outlet) ? null : outlet, author, line);
    }

    static boolean isNoise(String line) {
        int words = words(line);
        if (words <= 14 && isCaption(line)) {
            return true;
        }
        // AD, FOLLOW and SHARE_START are anchored at the line's start (every alternative opens with ^): find is
        // lookingAt without trying the other positions
        if (words <= 6 && AD.matcher(line).lookingAt()) {
            return true;
        }
        if (words <= 25 && FOLLOW.matcher(line).lookingAt()) {
            return true;
        }
        if (words <= 14 && SHARE_START.matcher(line).lookingAt()) {
            boolean allShare = true;
            for (String token : SHARE_TOKEN_BREAK.split(line.toLowerCase(Locale.ROOT))) {
                if (!token.isEmpty() && !SHARE_WORDS.contains(token)) {
                    allShare = false;
                    break;
                }
            }
            if (allShare) {
                return true;
            }
        }
        return isBreadcrumb(line);
    }

    /** "الرئيسية » أخبار » سياسة": three or more short segments between path arrows. */
    private static boolean isBreadcrumb(String line) {
        if (!line.contains("»") && !line.contains("›") && !line.contains(">")) {
            return false;
        }
        String[] parts = BREADCRUMB.split(line);
        if (parts.length < 3 || words(line) > 16) {
            return false;
        }
        for (String p : parts) {
            if (words(p) > 4) {
                return false;
            }
        }
        return true;
    }

    /** The number of whitespace-separated words of the stripped text (as {@code strip().split("\\s+")} counts). */
    static int words(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        if (start == end) {
            return 0;
        }
        int words = 1;
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            boolean space = isRegexSpace(s.charAt(i));
            if (space && !inSpace) {
                words++;
            }
            inSpace = space;
        }
        return words;
    }

    /** Java regex {@code \\s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    static boolean isRegexSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * CAPTION.matcher(line).find(): its alternatives after the first position (getty images, ©, (c) 2024, جميع
     * الحقوق محفوظة, all rights reserved) open with one of {@link #CAPTION_INNER_FIRST}; the others are anchored
     * with ^. So the pattern is tried at the start and at those chars only.
     */
    static boolean isCaption(String line) {
        Matcher m = CAPTION.matcher(line).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
            return true;
        }
        int n = line.length();
        for (int i = 1; i < n; i++) {
            if (CAPTION_INNER_FIRST.indexOf(line.charAt(i)) >= 0) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** DIGIT.matcher(s).find() without a matcher. */
    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669')) {
                return true;
            }
        }
        return false;
    }

    private static String trimSeparators(String s) {
        return SEPARATOR_EDGES.matcher(s).replaceAll("");
    }

    private static String stripEnd(String s) {
        return TRAILING_PUNCT.matcher(s).replaceAll("").strip();
    }
}
