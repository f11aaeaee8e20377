package org.marsad.enrich.story;

import java.util.Optional;
import org.marsad.arabic.ActSetting;
import org.marsad.arabic.EventActs;
import org.marsad.arabic.entities.PlaceNames;

/**
 * Where the happening a headline reports took place, as the headline writes it: the listed place stated for its act
 * ("مقتل خمسة في تفجير بكابول": كابول), read in its place sense («سيول درنة» are Derna's torrents, not Seoul). The
 * story page's event line and the figures export show it. The place a deed or a disaster strikes is where it
 * happened («غارات تستهدف مخيم جباليا», «فيضانات تجتاح مدينة درنة», though a flood names no listed act, nor do
 * missiles: «صواريخ تضرب مطار …»). A headline that names neither a listed act nor a disaster or a weapon striking, uses its act word in another sense («ضربة جزاء») or
 * states no place gives none, never a guess.
 */
public final class HappeningPlace {
    private HappeningPlace() {
    }

    /** The place as written (without an attached preposition: «بكابول» gives «كابول»), or null when not stated. */
    public static String of(String headline) {
        if (headline == null || headline.isBlank()) {
            return null;
        }
        EventFrame f = EventFrame.of(headline);
        if (!f.known()) {
            // «فيضانات تجتاح مدينة درنة», «صواريخ تضرب مطار …»: a disaster or a weapon names no listed act, and the
            // place it strikes is where it happened
            String[] words = EventActs.words(headline);
            int verb = EventActs.disasterStrikes(words);
            if (verb >= 0) {
                return written(headline, ActSetting.struck(words, verb));
            }
            // a weapon's strike is read as an attack's setting: «صواريخ تضرب مطار التيفور العسكري بريف حمص» (حمص)
            verb = EventActs.weaponStrikes(words);
            return verb < 0 ? null
                    : written(headline, ActSetting.read(words, verb, EventActs.Act.VIOLENCE, true).place());
        }
        Optional<EventActs.Reading> read = EventActs.read(headline);
        if (read.isEmpty() || EventActs.otherSense(EventActs.words(headline), read.get().at())) {
            return null;
        }
        // the story stage reads places without the sense test (its decisions were measured so); a reader gets it
        String sensed = ActSetting.read(EventActs.words(headline), read.get().at(), f.act(), true).place();
        return written(headline, sensed);
    }

    /** The place as the headline writes it, or null for none. */
    private static String written(String headline, String place) {
        return place == null ? null : PlaceNames.written(headline.split("[\\s«»،؛؟:.!\"']+"), place);
    }
}
