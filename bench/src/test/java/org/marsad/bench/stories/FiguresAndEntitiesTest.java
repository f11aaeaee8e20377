package org.marsad.bench.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.enrich.entities.EntityResolver;
import org.marsad.enrich.entities.EntityStage;
import org.marsad.enrich.figures.ArticleFigures;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.junit.jupiter.api.Test;

/**
 * The stories evaluator finds figures and mentions on every core and resolves entities on one thread: its articles
 * must be exactly those of enriching one article after the other in time order (the archive's order), since the
 * story pairs are scored on them.
 */
class FiguresAndEntitiesTest {

    /** Articles mixed from the bundled seed articles' sentences (seeded), in time order, sharing names. */
    private static List<Article> mixedArticles(int n, long seed) throws IOException {
        List<Article> seeds = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                FiguresAndEntitiesTest.class.getResourceAsStream("/org/marsad/bench/samples/seed-articles.jsonl"),
                StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank()) {
                    seeds.add(ArticleJson.parse(line));
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        for (Article a : seeds) {
            for (String p : a.body()) {
                for (String s : p.split("(?<=[.،؟])\\s+")) {
                    if (!s.isBlank()) {
                        sentences.add(s.strip());
                    }
                }
            }
        }
        Random rnd = new Random(seed);
        List<Article> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> body = new ArrayList<>();
            for (int k = 0; k < 2 + rnd.nextInt(5); k++) {
                body.add(sentences.get(rnd.nextInt(sentences.size())));
            }
            Article title = seeds.get(rnd.nextInt(seeds.size()));
            out.add(Article.builder().id("a" + i).title(title.title()).source(title.source()).language("ar")
                    .published(String.format("2018-04-%02dT%02d:00:00Z", 1 + i / 24, i % 24)).body(body).build());
        }
        return out;
    }

    @Test
    void theArticlesAreThoseOfEnrichingOneByOneInTimeOrder() throws IOException {
        List<Article> articles = mixedArticles(120, 20180401L);
        EntityStage stage = new EntityStage(EntityTagger.defaults(), new EntityResolver());
        List<String> expected = new ArrayList<>();
        for (Article a : articles) {
            expected.add(ArticleJson.toLine(stage.enrich(ArticleFigures.enrich(a)).article()));
        }
        List<String> actual = StoriesBench.withFiguresAndEntities(articles).stream().map(ArticleJson::toLine)
                .toList();
        assertThat(actual).containsExactlyElementsOf(expected);
        // The sample is worth comparing: entities shared across articles (resolved to one id) and figures found.
        assertThat(actual.stream().filter(l -> l.contains("\"entities\":[{")).count()).isGreaterThan(60);
        assertThat(actual.stream().filter(l -> l.contains("\"figures\":[{")).count()).isGreaterThan(10);
    }
}
