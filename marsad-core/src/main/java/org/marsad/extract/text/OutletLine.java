package org.marsad.extract.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a line is an outlet's name, as some dumps start with it ("وكالة المدينة للأنباء", then the date, then the
 * headline; review27 saw it stored as the title, with no outlet). Only names that say what they are count: a news
 * organisation's kind first ("وكالة …", "صحيفة …", "قناة …") or one of a few agencies named alone in datelines.
 * Anything else is not an outlet here: a guessed outlet would mislead every search by outlet.
 */
final class OutletLine {
    /** What an outlet calls itself first ("وكالة", "صحيفة", "جريدة" …), folded. */
    private static final Set<String> KINDS = folded("وكالة", "صحيفة", "جريدة", "قناة", "شبكة", "موقع", "إذاعة",
            "تلفزيون", "مجلة", "بوابة", "راديو");
    /** Outlets whose name alone says what they are: the agencies Arab pages credit without "وكالة", folded. */
    private static final Set<String> AGENCIES = folded("رويترز", "فرانس برس", "أ ف ب", "أسوشيتد برس",
            "أسوشييتد برس", "الأناضول", "سانا", "واس", "بترا", "قنا", "كونا", "وام", "أ ش أ");
    /** Marks no name carries: digits, sentence punctuation, a bar or a colon (a byline or a label). */
    private static final Pattern NOT_A_NAME = Pattern.compile("[0-9\\u0660-\\u0669.،,؛;:!?؟\"«»“”()|]");
    private static final int MAX_WORDS = 6;

    private OutletLine() {
    }

    /** The outlet the line names, or null when it does not name one for certain. */
    static String outlet(String line) {
        String name = line.strip();
        if (name.isEmpty() || name.length() > 60 || NOT_A_NAME.matcher(name).find()) {
            return null;
        }
        String folded = Folding.fold(name);
        if (AGENCIES.contains(folded)) {
            return name;
        }
        String[] words = folded.split("\\s+");
        // the kind and at least one word of the name ("وكالة" alone is a word of a headline, not an outlet)
        return words.length >= 2 && words.length <= MAX_WORDS && KINDS.contains(words[0]) ? name : null;
    }

    private static Set<String> folded(String... names) {
        Set<String> out = new java.util.HashSet<>();
        for (String n : names) {
            out.add(Folding.fold(n));
        }
        return Set.copyOf(out);
    }
}
