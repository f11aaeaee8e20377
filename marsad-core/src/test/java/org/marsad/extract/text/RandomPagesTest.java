package org.marsad.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.RelatedLink;

/**
 * Pages assembled at random (seeded) from headlines, paragraphs and page furniture: whatever the mix, each
 * article keeps exactly its paragraphs in order, and the furniture lands in its fields, never in the body.
 */
class RandomPagesTest {
    private static final List<String> HEADLINES = List.of(
            "البرلمان يصادق على قانون المالية الجديد",
            "انطلاق موسم الحصاد في السهول الوسطى",
            "افتتاح مستشفى جامعي في الجنوب",
            "المنتخب يستعد لمباراة حاسمة في التصفيات",
            "ارتفاع صادرات الفوسفات خلال الربع الأول",
            "مهرجان المسرح يكرم رواد الخشبة");
    private static final List<String> PARAGRAPHS = List.of(
            "صادق مجلس النواب في جلسة عامة على مشروع القانون بأغلبية أعضائه الحاضرين.",
            "وأكد الوزير أن القانون يتضمن إجراءات لدعم المقاولات الصغيرة والمتوسطة.",
            "ويرتقب أن يدخل النص حيز التنفيذ مع بداية السنة المالية المقبلة.",
            "وأشار المتحدث إلى أن الحكومة ستعرض مراسيم التطبيق خلال الأسابيع القادمة.",
            "من جهتها، انتقدت المعارضة غياب تدابير كافية لحماية القدرة الشرائية للأسر.",
            "وقالت النقابات إنها ستتابع تنفيذ الالتزامات الواردة في الاتفاق الاجتماعي.",
            "يذكر أن الدورة البرلمانية الحالية تختتم أشغالها في نهاية الشهر الجاري.");
    private static final List<String> NOISE = List.of("شارك فيسبوك تويتر واتساب", "تابعونا على تيليجرام",
            "صورة أرشيفية", "(صورة: وكالة الأنباء)", "إعلان", "الرئيسية » أخبار » اقتصاد", "Share Facebook Twitter");
    private static final List<String> MARKERS = List.of("اقرأ أيضاً", "إقرأ أيضاً:", "اقرأ أيضا:", "أقرأ ايضاً");
    private static final List<String> RELATED = List.of("توقعات بتساقطات مطرية مهمة نهاية الأسبوع",
            "تراجع أسعار المحروقات في محطات الوقود", "جامعة محلية تطلق منصة للتعليم عن بعد");
    private static final List<String> SOURCES = List.of("وكالة الأنباء الرسمية", "الجزيرة نت", "صحيفة الصباح");

    private record Expected(String title, List<String> body, List<String> related, String source, String author,
            List<String> tags) {
    }

    @Test
    void articlesSurviveAnyMixOfFurniture() {
        Random random = new Random(1234L);
        TextPageExtractor extractor = new TextPageExtractor();
        for (int round = 0; round < 400; round++) {
            List<String> lines = new ArrayList<>();
            List<Expected> expected = new ArrayList<>();
            int articles = 1 + random.nextInt(3);
            for (int k = 0; k < articles; k++) {
                expected.add(writeArticle(random, lines, k, k > 0));
            }
            List<Article> got = extractor.extract(String.join("\n", lines));
            String page = String.join("\n", lines);
            assertThat(got).as("round %d:%n%s", round, page).hasSize(expected.size());
            for (int k = 0; k < expected.size(); k++) {
                Expected e = expected.get(k);
                Article a = got.get(k);
                assertThat(a.title()).as("round %d article %d title:%n%s", round, k, page).isEqualTo(e.title());
                assertThat(a.body()).as("round %d article %d body:%n%s", round, k, page)
                        .containsExactlyElementsOf(e.body());
                assertThat(a.related().stream().map(RelatedLink::title).toList())
                        .as("round %d article %d related:%n%s", round, k, page).containsExactlyElementsOf(e.related());
                assertThat(a.source()).as("round %d article %d source", round, k).isEqualTo(e.source());
                assertThat(a.author()).as("round %d article %d author", round, k).isEqualTo(e.author());
                assertThat(a.tags()).as("round %d article %d tags", round, k).containsExactlyElementsOf(e.tags());
            }
        }
    }

    /** Appends one article to the page and returns what should come out of it. */
    private static Expected writeArticle(Random random, List<String> lines, int k, boolean appended) {
        String title = HEADLINES.get((k * 2 + random.nextInt(2)) % HEADLINES.size());
        if (appended) {
            lines.add(random.nextBoolean() ? "-----" : "إقرأ أيضاً:");
        } else if (random.nextBoolean()) {
            lines.add(pick(random, NOISE));
        }
        lines.add(title);
        String author = null;
        if (appended || random.nextBoolean()) {
            // An appended article is announced by its byline, as real pages do.
            author = "سليمة العلوي";
            lines.add(random.nextBoolean() ? "كتب: " + author : "بقلم: " + author);
        }
        List<String> body = new ArrayList<>();
        List<String> related = new ArrayList<>();
        int paragraphs = 2 + random.nextInt(4);
        int start = random.nextInt(PARAGRAPHS.size());
        for (int i = 0; i < paragraphs; i++) {
            String p = PARAGRAPHS.get((start + i) % PARAGRAPHS.size());
            lines.add(p);
            body.add(p);
            if (i < paragraphs - 1) {
                switch (random.nextInt(5)) {
                    case 0 -> lines.add(pick(random, NOISE));
                    case 1 -> {
                        String h = pick(random, RELATED);
                        lines.add(pick(random, MARKERS));
                        lines.add(h);
                        related.add(h);
                    }
                    case 2 -> {
                        String h = pick(random, RELATED);
                        lines.add("اقرأ أيضا: " + h);
                        related.add(h);
                    }
                    default -> {
                    }
                }
            }
        }
        String source = null;
        if (random.nextBoolean()) {
            source = pick(random, SOURCES);
            lines.add(random.nextBoolean() ? "المصدر: " + source : "المصدر | " + source + "المصدر: " + source);
        }
        List<String> tags = List.of();
        if (random.nextBoolean()) {
            tags = List.of("البرلمان", "الميزانية", "القدرة الشرائية");
            lines.add("كلمات دلالية: " + String.join(random.nextBoolean() ? "، " : " | ", tags));
        }
        if (random.nextBoolean()) {
            lines.add(pick(random, NOISE));
        }
        return new Expected(title, body, related, source, author, tags);
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
