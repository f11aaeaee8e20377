package org.marsad.arabic.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.arabic.ArabicNormalizer;

/** Which listed places lie inside which: the pairs the story rules must not tell apart. */
class PlaceNamesTest {
    private static String place(String name) {
        return PlaceNames.at(ArabicNormalizer.search(name).split(" "), 0);
    }

    /** A city lies inside its country either way round; two cities of one country, or another country, do not. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "تورونتو | كندا | true",
        "كندا | تورونتو | true",
        "كابول | أفغانستان | true",
        "دوما | الغوطة | true",
        "كندا | كندا | true",
        "كابول | قندهار | false",
        "تورونتو | فرنسا | false",
        "حمص | العراق | false"})
    void aPlaceLiesInsideItsContainersOnly(String a, String b, boolean nested) {
        assertThat(PlaceNames.nested(place(a), place(b))).isEqualTo(nested);
    }

    @Test
    void aPlaceWrittenWithAnAttachedPrepositionIsTheSameListedPlace() {
        assertThat(PlaceNames.nested(PlaceNames.at(new String[]{"بتورونتو"}, 0), place("كندا"))).isTrue();
    }
}
