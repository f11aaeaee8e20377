package org.marsad.arabic;

import java.util.LinkedHashSet;
import java.util.Set;
import org.marsad.arabic.EventActs.Act;
import org.marsad.arabic.entities.PlaceNames;

/**
 * Where a headline's act happened and what it was done to, when the Arabic says it plainly after the act word: the
 * place after «في» or an attached «ب» that the entity lexicon lists as a place ("هجوم في كابول", "تحطم مروحية
 * بكاليفورنيا"), and the noun the act governs through its preposition: a complaint to whom ("شكوى لمجلس الأمن",
 * "شكوى ... لدى المنظمة"), an attack or a vote on what ("غارة على المطار"), a meeting with whom ("لقاء مع ...").
 * Two reports of one act class on different stated places or objects are two happenings (the complaint to the
 * Security Council and the one to the aviation body); a field the headline does not state stays empty, never guessed.
 */
public final class ActSetting {
    /**
     * What a headline states about its act.
     *
     * @param object the bare noun the act governs (search form, article and attached preposition dropped), or null
     * @param place  the listed place the act happened in ({@link PlaceNames#at}), or null
     * @param places every listed place the headline names anywhere (a city and its country both, when both are
     *               written), so that a place written by one report counts as stated by it
     */
    public record Setting(String object, String place, Set<String> places) {
        /** A headline that states neither. */
        public static final Setting NONE = new Setting(null, null, Set.of());

        public Setting {
            places = Set.copyOf(places);
        }
    }

    /** How many words after the act word its governing preposition may stand ("شكوى رسمية ضد قطر لدى ..."). */
    private static final int OBJECT_REACH = 5;

    private static final Set<String> TO = Set.of("الي", "لدي");
    private static final Set<String> ON = Set.of("علي");
    private static final Set<String> WITH = Set.of("مع");
    private static final Set<String> IN = Set.of("في");
    /**
     * Words for a kind of place, before its name: «في مدينة درنة», «بمدينة درنة», «على مخيم جباليا», «مطار دمشق»
     * (an airport or a base is where it is).
     */
    private static final Set<String> REGIONS = search("مدينة", "بلدة", "قرية", "محافظة", "ولاية", "منطقة", "مخيم",
            "حي", "إقليم", "ضاحية", "جزيرة", "مقاطعة", "مطار", "قاعدة");
    /** Nouns of a deed whose genitive may be where it happened: «غارة خان يونس», «تفجير مانشستر», «مسيرات غزة». */
    private static final Set<String> DEEDS = search("غارة", "غارات", "هجوم", "هجمات", "تفجير", "تفجيرات", "انفجار",
            "قصف", "اعتداء", "مجزرة", "زلزال", "فيضانات", "حريق", "حادث", "حادثة", "مسيرات", "مسيرة", "مظاهرات",
            "مظاهرة", "احتجاجات", "تظاهرات");

    private ActSetting() {
    }

    /**
     * Reads the place and object of a headline's act.
     *
     * @param words the headline's words as {@link EventActs#words} splits them
     * @param at    the index of the act word ({@link EventActs.Reading#at})
     * @param act   the act class read there
     */
    public static Setting read(String[] words, int at, Act act) {
        return read(words, at, act, false);
    }

    /**
     * Reads the place and object of a headline's act; with {@code placeSense}, a place named as a common word is
     * written is read in its place sense only ({@link PlaceNames#inPlaceSense}: «مقتل 20 في سيول درنة» happened in
     * درنة, not in Seoul), and a place is also read after its kind («بمدينة درنة», «على مخيم جباليا») and as the
     * genitive of a deed's noun («بعد غارة خان يونس»). The story stage reads without it (its decisions were measured
     * so); the story page's event line reads with it.
     *
     * @param words      the headline's words as {@link EventActs#words} splits them
     * @param at         the index of the act word ({@link EventActs.Reading#at})
     * @param act        the act class read there
     * @param placeSense read a lookalike place only where the headline's words say it is the place
     */
    public static Setting read(String[] words, int at, Act act, boolean placeSense) {
        Set<String> places = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            String p = PlaceNames.at(words, i);
            if (p != null) {
                places.add(p);
            }
        }
        String place = null;
        for (int i = at + 1; i < words.length && place == null; i++) {
            String w = words[i];
            if (IN.contains(w) || ON.contains(w) && act == Act.VIOLENCE) {
                place = placeSense ? PlaceNames.inPlaceSense(words, i + 1) : PlaceNames.at(words, i + 1);
                if (placeSense && place == null) {
                    // «في مدينة درنة», «على مخيم جباليا», «في شمال غزة», «على جنوب ريف حلب»
                    place = pastKinds(words, i + 1);
                }
            } else if (w.length() > 3 && w.charAt(0) == 'ب') {
                place = withBa(words, i);
                if (placeSense && place != null) {
                    // «بسيول درنة»: by the torrents of Derna, in Derna
                    place = PlaceNames.inPlaceSense(words, i);
                } else if (placeSense && (REGIONS.contains(w.substring(1)) || PARTS.contains(w.substring(1)))) {
                    place = pastKinds(words, i + 1); // «بمدينة درنة الليبية», «بشمال سيناء»
                }
            }
        }
        if (placeSense && place == null) {
            place = struck(words, at);
        }
        if (placeSense && place == null) {
            place = afterDeed(words, at);
        }
        if (placeSense && place == null) {
            place = leftPlace(words, at);
        }
        return new Setting(object(words, at, act, place), place, places);
    }

    /** Words that stand between a striking verb and the place it strikes: «تهز وسط العاصمة», «يهز جنوب ريف حلب». */
    private static final Set<String> PARTS = search("شمال", "جنوب", "شرق", "غرب", "وسط", "ريف", "شمالي", "جنوبي",
            "شرقي", "غربي", "أحياء", "ضواحي");

    /**
     * The place the first striking verb from word {@code from} on takes as its object ({@link EventActs#striking}:
     * «فيضانات تجتاح مدينة درنة», «غارات تستهدف مخيم جباليا», «انفجار يهز وسط كابول»), past a kind of place and
     * at most two words of a part of it; null when its object is no listed place («استهدف جنودا») or no such verb
     * follows. A verb that opens the headline is left: its subject would come after it («تقصف روسيا مواقع …»), and
     * the striker is not where it happened.
     *
     * @param words the headline's words as {@link EventActs#words} splits them
     * @param from  the first word to look at (the act word, or 0 for a disaster's headline)
     */
    public static String struck(String[] words, int from) {
        for (int i = Math.max(from, 1); i + 1 < words.length; i++) {
            if (!EventActs.striking(words[i])) {
                continue;
            }
            int j = i + 1;
            for (int skipped = 0; skipped < 2 && j + 1 < words.length
                    && (PARTS.contains(words[j]) || REGIONS.contains(words[j])); skipped++) {
                j++;
            }
            return PlaceNames.inPlaceSense(words, j);
        }
        return null;
    }

    /**
     * The listed place named at word {@code from} or after at most two words of a kind or a part of a place («مدينة
     * درنة», «شمال غزة», «جنوب ريف حلب»), in its place sense; or null.
     */
    private static String pastKinds(String[] words, int from) {
        int j = from;
        for (int skipped = 0; skipped < 2 && j + 1 < words.length
                && (PARTS.contains(words[j]) || REGIONS.contains(words[j])); skipped++) {
            j++;
        }
        return j >= words.length ? null : PlaceNames.inPlaceSense(words, j);
    }

    /** Words of leaving a place, which names it after «من»: «إجلاء الجرحى من مدينة دوما», «انسحاب المسلحين من …». */
    private static final Set<String> LEAVING = search("إجلاء", "لإجلاء", "انسحاب", "إخراج", "لإخراج", "خروج",
            "تهجير", "نزوح");

    /**
     * The place an evacuation or a withdrawal leaves, from the act word on: the listed place after «من» (past a kind
     * of place) at most four words after a word of leaving; or null.
     */
    private static String leftPlace(String[] words, int at) {
        for (int i = Math.max(at, 0); i < words.length; i++) {
            if (!LEAVING.contains(words[i])) {
                continue;
            }
            for (int j = i + 1; j <= i + 4 && j + 1 < words.length; j++) {
                if (words[j].equals("من")) {
                    int k = j + 1 + 1 < words.length && REGIONS.contains(words[j + 1]) ? j + 2 : j + 1;
                    return PlaceNames.inPlaceSense(words, k);
                }
            }
            return null;
        }
        return null;
    }

    /**
     * The place a deed's noun governs as its genitive, from the act word on: «بعد غارة خان يونس», «حصيلة هجوم كابول»
     * (the raid of Khan Younis happened there); or null.
     */
    private static String afterDeed(String[] words, int at) {
        for (int i = at; i + 1 < words.length; i++) {
            String next = words[i + 1];
            if (DEEDS.contains(words[i]) && !(next.endsWith("يه") && !next.startsWith("ال"))) {
                // «غارة سعودية»: an adjective says whose deed, not where
                String place = PlaceNames.inPlaceSense(words, i + 1);
                if (place != null) {
                    return place;
                }
            }
        }
        return null;
    }

    /**
     * The listed place word {@code i} names with «ب» attached ("بكابول", "بباريس"), or null. The word without its
     * first letter must name it: a place whose own name starts with ب (بريطانيا, باريس, بكين, برشلونة), written bare
     * after the act, is mostly its object or partner ("روسيا تتهم بريطانيا", "لقاء مع وزير خارجية بريطانيا في القاهرة"),
     * not where it happened.
     */
    private static String withBa(String[] words, int i) {
        String place = PlaceNames.at(words, i);
        if (place == null) {
            return null;
        }
        String[] detached = words.clone();
        detached[i] = words[i].substring(1);
        // the same place both ways: "بورقة" is ب + ورقة, whose own و the lookup would strip again (الرقة)
        return place.equals(PlaceNames.at(detached, i)) ? place : null;
    }

    /** The noun governed by the act's preposition, when it is not the place already read. */
    private static String object(String[] words, int at, Act act, String place) {
        Set<String> governing = switch (act) {
            case COMPLAINT -> TO;
            case VIOLENCE, VOTE, RESULT -> ON;
            case MEETING, AGREEMENT -> WITH;
            default -> Set.of();
        };
        if (governing.isEmpty()) {
            return null;
        }
        for (int i = at + 1; i <= at + OBJECT_REACH && i < words.length; i++) {
            String w = words[i];
            String noun = null;
            if (governing.contains(w) && i + 1 < words.length) {
                noun = bare(words[i + 1]);
            } else if (act == Act.COMPLAINT && i == at + 1 && w.length() > 3 && w.charAt(0) == 'ل') {
                // "شكوى لمجلس الأمن": the addressee with «ل» attached, right after the noun
                noun = bare(w);
            }
            if (noun != null) {
                return noun.isEmpty() || place != null && place.startsWith(noun) ? null : noun;
            }
        }
        return null;
    }

    /**
     * A governed noun without its attached preposition and article (لمجلس → مجلس, للمنظمه → منظمه, المطار → مطار),
     * in the form {@link #bareWords} gives every word of the other headline.
     */
    public static String bare(String w) {
        String x = w;
        if (x.startsWith("لل") && x.length() > 4) {
            return x.substring(2);
        }
        if (x.length() > 3 && (x.charAt(0) == 'ل' || x.charAt(0) == 'ب') && !x.startsWith("ال")) {
            x = x.substring(1);
        }
        return x.startsWith("ال") && x.length() > 4 ? x.substring(2) : x;
    }

    private static Set<String> search(String... words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            out.add(ArabicNormalizer.search(w));
        }
        return Set.copyOf(out);
    }

    /** Every word of a headline in its {@link #bare} form, to tell whether it names another report's object. */
    public static Set<String> bareWords(String[] words) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : words) {
            if (!w.isEmpty()) {
                out.add(bare(w));
            }
        }
        return out;
    }
}
