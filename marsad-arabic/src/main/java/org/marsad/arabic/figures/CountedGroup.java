package org.marsad.arabic.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * Who a figure counts, read from its counted noun: everyone its category covers (شخصاً، قتيلاً، شهيداً،
 * فلسطينياً, or no noun at all), or a group among them — journalists, children, women, soldiers and police,
 * fighters, members of a force, medics, civilians, students. "4 قتلى" and "صحفيان اثنان" count different groups: the two journalists may
 * be among the four dead, so the two values are no rival counts of one toll.
 *
 * <p>A group is said only when the noun names it; a nationality or a generic noun is everyone.
 */
public enum CountedGroup {
    /** Everyone the category covers: no narrower group named. */
    ALL("all"),
    JOURNALISTS("journalists"),
    CHILDREN("children"),
    WOMEN("women"),
    /** Soldiers, officers and police. */
    SECURITY("security"),
    /** Fighters and gunmen. */
    FIGHTERS("fighters"),
    /** Members of a force, of either side ("عناصر": of the police, of a militia). */
    MEMBERS("members"),
    /** Medics, doctors and nurses. */
    MEDICS("medics"),
    CIVILIANS("civilians"),
    STUDENTS("students"),
    /**
     * Some of a group just named, its noun not written again ("قتل 5 أشخاص بينهم اثنان", "اثنان منهم"): the counted
     * word is the aside (بينهم، منهم). A part of a count is no rival of it, nor of another part.
     */
    PART("part");

    private static final Map<String, CountedGroup> NOUNS = new HashMap<>();

    static {
        nouns(JOURNALISTS, "صحفي", "صحفيين", "صحفيون", "صحفيان", "صحفية", "صحفيات", "صحافي", "صحافيين",
                "صحافيون", "صحافيان", "صحافية", "صحافيات", "إعلامي", "إعلاميين", "إعلاميون", "إعلاميان", "مراسل",
                "مراسلين", "مراسلون", "مراسلان", "مراسلة", "مصور", "مصورين", "مصورون", "مصوران");
        nouns(CHILDREN, "طفل", "أطفال", "طفلة", "طفلين", "طفلان", "طفلتين", "طفلتان", "رضيع", "رضع", "رضيعين",
                "قاصر", "قاصرين", "قاصرون");
        nouns(WOMEN, "امرأة", "نساء", "سيدة", "سيدات", "امرأتين", "امرأتان", "سيدتين");
        nouns(SECURITY, "جندي", "جنود", "جنديين", "جنديان", "عسكري", "عسكريين", "عسكريون", "عسكريان", "ضابط",
                "ضباط", "ضابطين", "ضابطان", "شرطي", "شرطيين", "شرطيون", "شرطيان", "مجند", "مجندين", "شرطية");
        nouns(FIGHTERS, "مقاتل", "مقاتلين", "مقاتلون", "مقاتلان", "مسلح", "مسلحين", "مسلحون", "مسلحان", "جهادي",
                "جهاديين", "جهاديون");
        nouns(MEMBERS, "عنصر", "عناصر", "عنصرين", "عنصران");
        nouns(MEDICS, "مسعف", "مسعفين", "مسعفون", "مسعفان", "طبيب", "أطباء", "طبيبين", "طبيبان", "ممرض",
                "ممرضين", "ممرضة", "ممرضات");
        nouns(CIVILIANS, "مدني", "مدنيين", "مدنيون", "مدنيان");
        nouns(PART, "بينهم", "منهم", "بينها", "منها", "بينهن", "منهن");
        nouns(STUDENTS, "طالب", "طلاب", "طالبين", "طالبان", "طالبة", "طالبات", "تلميذ", "تلاميذ", "تلميذين",
                "طلبة");
    }

    private final String key;

    CountedGroup(String key) {
        this.key = key;
    }

    /** The group's key in the API ("all", "journalists" …). */
    public String key() {
        return key;
    }

    /**
     * The group a counted noun names ("صحفيين", "من الأطفال", "مدنياً"), as written in a figure; {@link #ALL} when it
     * names none or is null.
     */
    public static CountedGroup of(String counted) {
        if (counted == null || counted.isBlank()) {
            return ALL;
        }
        String[] words = counted.strip().split("\\s+");
        // "من الصحفيين": the noun after من
        String noun = words.length > 1 && Lexicon.fold(words[0]).equals(Lexicon.fold("من")) ? words[1] : words[0];
        String found = Lexicon.find(NOUNS.keySet(), Lexicon.fold(noun));
        return found == null ? ALL : NOUNS.get(found);
    }

    /**
     * The group a figure counts: its counted noun's, or {@link #PART} when that names no narrower group and the
     * figure is written after an aside ("بينهم 4 إيرانيين", "من بينهم 3 أشخاص": its text starts at the aside).
     */
    public static CountedGroup of(Figure f) {
        CountedGroup g = of(f.counted());
        return g == ALL && afterAside(f.text()) ? PART : g;
    }

    /** Whether a figure's text opens with an aside word (بينهم، منهم، من بينهم، ومنهم …). */
    private static boolean afterAside(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String[] words = text.strip().split("[\\s\u00A0]+"); // a no-break space may follow the aside
        String first = Lexicon.fold(words[0]);
        if (first.equals(Lexicon.fold("من")) && words.length > 1) {
            first = Lexicon.fold(words[1]);
        }
        if (first.length() > 4 && "وف".indexOf(first.charAt(0)) >= 0 && NOUNS.get(first.substring(1)) == PART) {
            return true;
        }
        return NOUNS.get(first) == PART;
    }

    private static void nouns(CountedGroup g, String... words) {
        for (String w : words) {
            NOUNS.put(Lexicon.fold(w), g);
        }
    }
}
