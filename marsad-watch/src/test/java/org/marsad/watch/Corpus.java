package org.marsad.watch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/** The watch tests' articles: the written fixture, and seeded synthetic ones built from a small vocabulary. */
public final class Corpus {
    /** Words in several inflected and spelled forms, so that stemming, folding and hamza handling all matter. */
    public static final List<String> WORDS = List.of(
            "المفاوضات", "مفاوضات", "بالمفاوضات", "والمفاوضات", "المفاوض", "غزة", "بغزة", "لبنان", "اللبن", "اللبنانية",
            "إيران", "ايران", "الإيرانية", "زلزال", "الزلزال", "بزلزال", "الألعاب", "العاب", "ألعاب", "ألمانيا",
            "المانيا", "آلاف", "الآلاف", "الاف", "مساعدات", "المساعدات", "للمساعدات", "وقف", "إطلاق", "النار",
            "الحكومة", "حكومة", "وزير", "الوزير", "الوزراء", "مؤتمر", "المؤتمر", "مسؤول", "مسئول", "الرئيس",
            "رئيس", "انتخابات", "الانتخابات", "الاقتصاد", "اقتصادية", "كوفيد-19", "الصحة", "مدرسة", "المدارس",
            "talks", "ceasefire", "Gaza", "economy");
    public static final List<String> SOURCES = List.of("الجزيرة", "الجزيرة نت", "بي بي سي عربي", "العربية", "Reuters");
    public static final List<String> TAGS = List.of("غزة", "لبنان", "اقتصاد", "الشرق الأوسط", "رياضة");

    private Corpus() {
    }

    /** The written fixture articles. */
    public static List<Article> fixture() {
        try (InputStream in = Corpus.class.getResourceAsStream("corpus.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(ArticleJson::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code n} synthetic articles from a seeded generator. */
    public static List<Article> synthetic(int n, long seed) {
        Random r = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> tags = new ArrayList<>();
            if (r.nextBoolean()) {
                tags.add(TAGS.get(r.nextInt(TAGS.size())));
            }
            String published = r.nextInt(8) == 0 ? null
                    : String.format("2025-%02d-%02d", 1 + r.nextInt(3), 1 + r.nextInt(28));
            out.add(Article.builder().id("s" + i).url("https://synthetic.example/" + i)
                    .title(sentence(r, 3 + r.nextInt(5))).published(published)
                    .source(SOURCES.get(r.nextInt(SOURCES.size())))
                    .author(r.nextInt(4) == 0 ? "سامي خليل" : null)
                    .language(r.nextInt(10) == 0 ? "en" : "ar")
                    .body(List.of(sentence(r, 8 + r.nextInt(10)), sentence(r, 5 + r.nextInt(10))))
                    .tags(tags).build());
        }
        return out;
    }

    static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(WORDS.get(r.nextInt(WORDS.size())));
        }
        return b.toString();
    }
}
