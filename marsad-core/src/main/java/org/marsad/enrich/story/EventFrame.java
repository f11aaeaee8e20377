package org.marsad.enrich.story;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.marsad.arabic.ActSetting;
import org.marsad.arabic.ArabicStopwords;
import org.marsad.arabic.EventActs;
import org.marsad.arabic.EventActs.Act;
import org.marsad.arabic.EventActs.Tense;
import org.marsad.arabic.entities.PlaceNames;

/**
 * What a headline says happened: its act (a closed class read from the Arabic verb or verbal noun,
 * {@link EventActs}), whether it is done or announced ahead, and who does it (the named subject before the verb, as
 * in "وزيرة الداخلية تستقيل"). A field the headline does not state is empty, never guessed: a headline that names
 * no act has an unknown frame, and an act word that opens the headline ("استقالة مستشار ...") has no actor read.
 *
 * @param act    the act class of the headline's first act word, or null when it names none of the listed acts
 * @param acts   every act class the headline names (empty with no act): a headline that reports two acts reports
 *               both happenings
 * @param tense  done or announced ahead, or null with no act
 * @param actor  the words (search form, article dropped) of the subject written before the act word, at most the
 *               two nearest it; empty when none is written there
 * @param setting the place and object stated for the act ({@link ActSetting}), each null when not stated
 * @param words  every word of the headline in {@link ActSetting#bare} form: a report that writes another report's
 *               object anywhere names it too
 * @param sides  for a sport report read apart ({@link EventActs#read(String, boolean)}), the words that name its
 *               teams, players and competition ({@link EventActs#sides}); null for any other headline
 */
public record EventFrame(Act act, Set<Act> acts, Tense tense, List<String> actor, ActSetting.Setting setting,
        Set<String> words, Set<String> sides) {
    /** The frame of a headline that names no act. */
    public static final EventFrame UNKNOWN = new EventFrame(null, Set.of(), null, List.of());

    /** Subject words read before the act word, at most this many (the nearest to the verb). */
    private static final int ACTOR_WORDS = 2;

    public EventFrame {
        acts = Set.copyOf(acts);
        actor = List.copyOf(actor);
        words = Set.copyOf(words);
        sides = sides == null ? null : Set.copyOf(sides);
    }

    /** A frame that states no place or object. */
    public EventFrame(Act act, Set<Act> acts, Tense tense, List<String> actor) {
        this(act, acts, tense, actor, ActSetting.Setting.NONE, Set.of(), null);
    }

    /**
     * Reads the frame of a headline, with the lexicon as frozen for the twelfth sample (sport not read apart).
     *
     * @param headline a headline as written; null or blank gives {@link #UNKNOWN}
     */
    public static EventFrame of(String headline) {
        return of(headline, false);
    }

    /**
     * Reads the frame of a headline.
     *
     * @param headline a headline as written; null or blank gives {@link #UNKNOWN}
     * @param sport    read a sport report's match as its own act, told apart from another by its sides
     *                 ({@link EventActs#read(String, boolean)})
     */
    public static EventFrame of(String headline, boolean sport) {
        return of(headline, sport, false);
    }

    /**
     * Reads the frame of a headline, with {@code inflected} from its listed act words in inflected forms too
     * ({@link EventActs#read(String, boolean, boolean)}: «غاراته», «اعتقالات», «ينددون»).
     *
     * @param headline  a headline as written; null or blank gives {@link #UNKNOWN}
     * @param sport     as in {@link #of(String, boolean)}
     * @param inflected read listed act words in their inflected forms
     */
    public static EventFrame of(String headline, boolean sport, boolean inflected) {
        Optional<EventActs.Reading> r = EventActs.read(headline, sport, inflected);
        if (r.isEmpty()) {
            return UNKNOWN;
        }
        return framed(r.get(), EventActs.words(headline));
    }

    /**
     * Reads the frame of an article: its headline's, or, when the headline names no listed act or only quotes someone
     * ({@link EventActs#isQuote}), its first sentence's main clause ({@link EventActs#readLead}) when that names one.
     * A quote whose first sentence names no act keeps the headline's frame.
     *
     * @param headline a headline as written
     * @param lead     the body's first sentence, or null
     * @param sport    as in {@link #of(String, boolean)}, for the headline only
     */
    public static EventFrame of(String headline, String lead, boolean sport) {
        return of(headline, lead, sport, true, false);
    }

    /**
     * Reads the frame of an article as {@link #of(String, String, boolean)} does, with two choices: whether a headline
     * that only quotes someone is framed by its first sentence too ({@code quotes}; an act-less headline always is
     * when a first sentence is given), and whether an act word written in another sense ({@link
     * EventActs#otherSense}: «ضربة جزاء», a penalty kick; «يحقق رقماً», achieves a record) leaves the headline
     * act-less instead of naming a strike or an inquiry ({@code otherSenses}).
     *
     * @param headline    a headline as written
     * @param lead        the body's first sentence, or null to read the headline alone
     * @param sport       as in {@link #of(String, boolean)}, for the headline only
     * @param quotes      a quote headline is framed by its first sentence when that names an act
     * @param otherSenses an act word in another sense names no act
     */
    public static EventFrame of(String headline, String lead, boolean sport, boolean quotes, boolean otherSenses) {
        EventFrame own = otherSenses ? ofSensed(headline, sport) : of(headline, sport);
        if (lead == null || own.known() && !(quotes && EventActs.isQuote(headline))) {
            return own;
        }
        Optional<EventActs.Reading> r = EventActs.readLead(lead);
        if (r.isEmpty()) {
            return own;
        }
        return framed(r.get(), EventActs.words(EventActs.afterDateline(lead)));
    }

    /** The headline's frame, or {@link #UNKNOWN} when its first act word is there in another sense. */
    private static EventFrame ofSensed(String headline, boolean sport) {
        Optional<EventActs.Reading> r = EventActs.read(headline, sport);
        if (r.isEmpty()) {
            return UNKNOWN;
        }
        String[] words = EventActs.words(headline);
        return EventActs.otherSense(words, r.get().at()) ? UNKNOWN : framed(r.get(), words);
    }

    /** The frame of a reading of the given words (search form): the actor before its act word, its setting. */
    private static EventFrame framed(EventActs.Reading r, String[] words) {
        List<String> actor = new ArrayList<>();
        for (int i = r.at() - 1; i >= 0 && actor.size() < ACTOR_WORDS; i--) {
            String w = words[i];
            if (w.length() < 2 || ArabicStopwords.contains(w) || w.chars().allMatch(Character::isDigit)) {
                continue;
            }
            actor.add(0, w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w);
        }
        return new EventFrame(r.act(), r.all(), r.tense(), actor, ActSetting.read(words, r.at(), r.act()),
                ActSetting.bareWords(words), r.sport() ? EventActs.sides(words) : null);
    }

    /** True when the headline names an act. */
    public boolean known() {
        return act != null;
    }

    /**
     * True when both frames are known and cannot be one happening: no act of one is one happening with an act of the
     * other (a resignation and an appointment, a killing and the evacuation agreed after it; a statement never
     * conflicts), or one is done and one announced ahead (a preview and its result), or, when {@code actors} is set,
     * the same first act by subjects that share no word, or two sport reports whose sides share no word (two
     * matches: «الأهلي يهزم الزمالك» and «برشلونة يتعادل مع فالنسيا»; a report without a side read never conflicts).
     * An unknown frame or field never conflicts.
     */
    public boolean conflicts(EventFrame other, boolean actors) {
        if (!known() || !other.known()) {
            return false;
        }
        if (tense != other.tense || acts.stream().noneMatch(a -> other.acts.stream()
                .anyMatch(b -> EventActs.oneHappening(a, b)))) {
            return true;
        }
        if (sides != null && other.sides != null && act == Act.RESULT && other.act == Act.RESULT
                && !sides.isEmpty() && !other.sides.isEmpty() && sides.stream().noneMatch(other.sides::contains)) {
            return true;
        }
        return actors && act == other.act && !actor.isEmpty() && !other.actor.isEmpty()
                && actor.stream().noneMatch(other.actor::contains);
    }

    /**
     * True when both frames report the same act (a statement aside) and state it of different things: different
     * objects ({@code objects}: the complaint to the Security Council and the complaint to the aviation body), or
     * different places ({@code places}: two bombings, one in Kabul, one in Kandahar). A report that names the other's
     * object or place anywhere in its headline does not differ from it (a city written with its country), nor does a
     * place inside the other's ({@link PlaceNames#nested}: Toronto and Canada); an object or place one of them does not
     * state never conflicts.
     */
    public boolean conflictsInSetting(EventFrame other, boolean objects, boolean places) {
        if (!known() || !other.known() || act != other.act || act == Act.STATEMENT) {
            return false;
        }
        String o1 = setting.object();
        String o2 = other.setting.object();
        if (objects && o1 != null && o2 != null && !o1.equals(o2) && !words.contains(o2) && !other.words.contains(o1)) {
            return true;
        }
        String p1 = setting.place();
        String p2 = other.setting.place();
        return places && p1 != null && p2 != null && !PlaceNames.nested(p1, p2) && !setting.places().contains(p2)
                && !other.setting.places().contains(p1);
    }

    /** A short English label of the frame for diagnosis ("departure by امبر رود", "meeting (ahead)"), "" when unknown. */
    public String describe() {
        if (!known()) {
            return "";
        }
        String s = act.name().toLowerCase(java.util.Locale.ROOT) + (tense == Tense.AHEAD ? " (ahead)" : "");
        if (setting.object() != null) {
            s += " on " + setting.object();
        }
        if (setting.place() != null) {
            s += " in " + setting.place();
        }
        return actor.isEmpty() ? s : s + " by " + String.join(" ", actor);
    }
}
