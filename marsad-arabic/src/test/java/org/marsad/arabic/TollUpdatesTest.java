package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headlines announcing a risen death toll ({@link TollUpdates#announcesRise}), made up, and others that are not. */
class TollUpdatesTest {
    @Test
    void aRisenTollIsReadInItsUsualWordings() {
        for (String h : List.of("ارتفاع حصيلة قتلى الفيضانات في المدينة إلى 40",
                "ارتفاع عدد القتلى في انفجار المصنع",
                "حصيلة قتلى الزلزال ترتفع إلى 120",
                "وارتفاع الضحايا إلى 15 في حادث القطار",
                "حصيلة جديدة لضحايا انهيار المبنى",
                "عدد الوفيات يتجاوز المئة بعد العاصفة")) {
            assertTrue(TollUpdates.announcesRise(h), h);
        }
    }

    @Test
    void otherRisesAndTollsAreNot() {
        for (String h : List.of("ارتفاع أسعار النفط إلى 80 دولارا",
                "ارتفاع نسبة البطالة إلى 9% في الربع الأول",
                "مقتل 12 في هجوم على سوق شعبي",
                "حصيلة الجولة الأولى من الدوري",
                "ارتفاع درجات الحرارة يودي بحياة مسن في القرية الكبيرة البعيدة والقتلى")) {
            assertFalse(TollUpdates.announcesRise(h), h);
        }
        assertFalse(TollUpdates.announcesRise(null));
        assertFalse(TollUpdates.announcesRise(""));
    }
}
