package org.marsad.enrich.story;

import java.util.Optional;
import org.marsad.arabic.ActSetting;
import org.marsad.arabic.EventActs;
import org.marsad.arabic.entities.PlaceNames;

/**
 * Where the happening a headline reports took place, as the headline writes it: the listed place stated for its act
 * ("مقتل خمسة في تفجير بكابول": كابول), read in its place sense («سيول درنة» are Derna's torrents, not Seoul). The
 * story page's event line and the figures export show it; a headline that names no listed act, uses its act word in
 * another sense («ضربة جزاء») or states no place gives none, never a guess.
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
            return null;
        }
        Optional<EventActs.Reading> read = EventActs.read(headline);
        if (read.isEmpty() || EventActs.otherSense(EventActs.words(headline), read.get().at())) {
            return null;
        }
        // the story stage reads places without the sense test (its decisions were measured so); a reader gets it
        String sensed = ActSetting.read(EventActs.words(headline), read.get().at(), f.act(), true).place();
        return sensed == null ? null : PlaceNames.written(headline.split("[\\s«»،؛؟:.!\"']+"), sensed);
    }
}
