package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.arabic.ArabicNormalizer;

/** Which listed places lie inside which: the pairs the story rules must not tell apart. */
class PlaceNamesTest {
    private static String place(String name) {
        return PlaceNames.at(ArabicNormalizer.search(name).split(" "), 0);
    }

    @Test
    void aCityLiesInsideItsCountryEitherWayRound() {
        assertThat(PlaceNames.nested(place("تورونتو"), place("كندا"))).isTrue();
        assertThat(PlaceNames.nested(place("كندا"), place("تورونتو"))).isTrue();
        assertThat(PlaceNames.nested(place("كابول"), place("أفغانستان"))).isTrue();
        assertThat(PlaceNames.nested(place("دوما"), place("الغوطة"))).isTrue();
        // a place written with its attached preposition is the same listed place
        assertThat(PlaceNames.nested(PlaceNames.at(new String[]{"بتورونتو"}, 0), place("كندا"))).isTrue();
    }

    @Test
    void twoCitiesOfOneCountryOrACityAndAnotherCountryAreApart() {
        assertThat(PlaceNames.nested(place("كابول"), place("قندهار"))).isFalse();
        assertThat(PlaceNames.nested(place("تورونتو"), place("فرنسا"))).isFalse();
        assertThat(PlaceNames.nested(place("حمص"), place("العراق"))).isFalse();
        assertThat(PlaceNames.nested(place("كندا"), place("كندا"))).isTrue();
    }
}
