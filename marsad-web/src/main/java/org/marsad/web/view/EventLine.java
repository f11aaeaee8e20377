package org.marsad.web.view;

import org.marsad.arabic.EventActs;
import org.marsad.arabic.EventActs.Act;
import org.marsad.arabic.EventActs.Tense;
import org.marsad.enrich.story.EventFrame;
import org.marsad.enrich.story.HappeningPlace;

/**
 * The event a story's headline reports, for the story page's "why together" section: the act class the story stage
 * reads from the headline (its articles were kept apart from other acts of the affair on it) and the place the
 * headline states for it, as written there. A headline that names no listed act gives no line.
 */
final class EventLine {
    /** The event of a headline whose only violence is a disaster's toll ({@link EventActs#disasterToll}). */
    static final String DISASTER = "كارثة أو حادث";

    private EventLine() {
    }

    /**
     * The event of a story's headline, or null when the headline names no listed act, or when the word the act was
     * read from means something else there ({@link EventActs#otherSense}: «ضربة جزاء», «يحقق رقماً»): no line is
     * better than "هجوم أو قتل" over a penalty kick. The dead of a disaster read as violence make "كارثة أو حادث", and
     * so does a disaster that strikes with no listed act named ({@link EventActs#disasterStrikes}: «زلزال يضرب …»);
     * a weapon that strikes so is an attack ({@link EventActs#weaponStrikes}: «صواريخ مجهولة تضرب مطار …»).
     */
    static StoryView.Event of(String headline) {
        EventFrame f = EventFrame.of(headline);
        if (!f.known()) {
            // «فيضانات تجتاح مدينة درنة»: no listed act, but a disaster striking a place is a happening; so are
            // missiles striking one («صواريخ مجهولة تضرب مطار التيفور»), read here only: the story stage's act list
            // is frozen, and its frame of this headline stays act-less
            String[] words = EventActs.words(headline);
            if (EventActs.disasterStrikes(words) >= 0) {
                return new StoryView.Event(DISASTER, HappeningPlace.of(headline));
            }
            return EventActs.weaponStrikes(words) < 0 ? null
                    : new StoryView.Event(label(Act.VIOLENCE), HappeningPlace.of(headline));
        }
        java.util.Optional<EventActs.Reading> read = EventActs.read(headline);
        if (read.isPresent() && EventActs.otherSense(EventActs.words(headline), read.get().at())) {
            return null;
        }
        // the dead of a flood, an earthquake or a fire are no attack, though the story stage reads قتيلاً as one
        String what = f.act() == Act.VIOLENCE && EventActs.disasterToll(EventActs.words(headline)) ? DISASTER
                : label(f.act());
        String act = what + (f.tense() == Tense.AHEAD ? " (مرتقب)" : "");
        // the place in its place sense: «سيول درنة» are Derna's torrents, not Seoul (the story stage reads as before)
        String place = HappeningPlace.of(headline);
        return new StoryView.Event(act, place);
    }

    /** The act class as a reader's word: the kind of happening, not the headline's own verb. */
    static String label(Act act) {
        return switch (act) {
            case VIOLENCE -> "هجوم أو قتل";
            case STATEMENT -> "تصريح";
            case MEETING -> "لقاء";
            case AGREEMENT -> "اتفاق";
            case APPOINTMENT -> "تعيين";
            case DEPARTURE -> "استقالة أو إقالة";
            case VOTE -> "تصويت";
            case JUDICIAL -> "إجراء قضائي";
            case RESULT -> "نتيجة مباراة أو منافسة";
            case PROTEST -> "احتجاج";
            case MEASURE -> "إجراء ضد طرف آخر";
            case EVACUATION -> "إجلاء أو انسحاب";
            case INQUIRY -> "تحقيق";
            case COMPLAINT -> "شكوى";
            case INTERCEPTION -> "اعتراض صاروخ أو مسيّرة";
        };
    }
}
