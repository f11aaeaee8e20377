package org.marsad.arabic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Headlines of the ANT April 2018 slice (the Iran deal dispute, the Houthi leader's killing), and made-up edges. */
class StatementsTest {
    @Test
    void headlinesWhoseNewsIsWhatSomeoneSaidAreStatements() {
        assertTrue(Statements.isStatement("إيران تهدد بـ\"إجراءات جذرية\" إن تخلى ترامب عن الاتفاق"));
        assertTrue(Statements.isStatement("ماكرون يطالب ترامب بالالتزام بالاتفاق النووي مع إيران"));
        assertTrue(Statements.isStatement("إيران تلوح بالعودة إلى تخصيب اليورانيوم إذا تخلت واشنطن عن الاتفاق النووي"));
        assertTrue(Statements.isStatement("ترامب يتوعد إيران بـ\"مشاكل كبيرة\" إذا استأنفت برنامجها النووي"));
        assertTrue(Statements.isStatement("إيران مستعدة \"لإجراءات غير متوقعة\" ردا على انسحاب ترامب من الاتفاق النووي"));
        // an attached "and"
        assertTrue(Statements.isStatement("ماكرون يؤكد عدم وجود خطة بديلة ويحذر من سيطرة إيران على سوريا"));
    }

    @Test
    void headlinesOfADeedAreNot() {
        assertFalse(Statements.isStatement("البرلمان التركي يقر الانتخابات المبكرة"));
        assertFalse(Statements.isStatement("التحالف العربي يعترض صاروخين حوثيين باتجاه جازان"));
        assertFalse(Statements.isStatement("هيمنة كينية على ماراثون لندن 2018"));
        assertFalse(Statements.isStatement(null));
        assertFalse(Statements.isStatement(" "));
    }

    @Test
    void aHappeningIsNamedByItsKindOfDeed() {
        assertTrue(Statements.namesHappening(
                "عبد الملك الحوثي يتوعد بالانتقام لمقتل صالح الصماد رئيس الذراع السياسية للحركة في غارة للتحالف"));
        assertTrue(Statements.namesHappening("الأمير خالد بن سلمان يؤكد مقتل رئيس المجلس السياسي للحوثيين"));
        assertTrue(Statements.namesHappening("فرنسا تدين الهجوم على مدنيين في كابل"));
        assertTrue(Statements.namesHappening("واشنطن تندد بالقصف"));
        assertFalse(Statements.namesHappening("إيران تهدد بـ\"إجراءات جذرية\" إن تخلى ترامب عن الاتفاق"));
        assertFalse(Statements.namesHappening("ماكرون يطالب ترامب بالالتزام بالاتفاق النووي مع إيران"));
        assertFalse(Statements.namesHappening(null));
    }
}
