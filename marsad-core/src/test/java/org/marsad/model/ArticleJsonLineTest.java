package org.marsad.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.Figure;

/**
 * The article's line is written straight from the article: it must be, byte for byte, the text its JSON tree
 * ({@link ArticleJson#toNode}) serializes to, which every stored row, export and content hash was written as before.
 * Made-up articles from a seeded generator: nulls, empty lists, quotes, control chars, surrogate pairs, figures with
 * whole, decimal and missing numbers.
 */
class ArticleJsonLineTest {
    private static final String[] PIECES = {"غزة", "\"مقتبس\"", "a\\b", "\n", "\t", "\u0001", "😀", "</script>",
        "٢٠١٨", " ", "الأمم المتحدة", "é", "\u200f", "''", "{}", ""};

    @Test
    void theLineIsWhatTheTreeSerializesTo() throws Exception {
        Random rnd = new Random(20261206L);
        for (int i = 0; i < 2_000; i++) {
            Article a = article(rnd);
            assertThat(ArticleJson.toLine(a)).as("article %d", i)
                    .isEqualTo(ArticleJson.mapper().writeValueAsString(ArticleJson.toNode(a)));
        }
    }

    // The store's content hash read the tree with the fetch time and the derived fields nulled or removed; stored
    // hashes must still agree, or every article fetched again would be stored as a new version.
    @Test
    void theContentLineIsTheTreeWithoutFetchTimeAndDerivedFields() throws Exception {
        Random rnd = new Random(7L);
        for (int i = 0; i < 2_000; i++) {
            Article a = article(rnd);
            ObjectNode node = ArticleJson.toNode(a);
            node.putNull("fetched_at");
            node.putNull("duplicate_of");
            node.putNull("story");
            node.remove("figures");
            node.remove("entities");
            node.remove("auto_tags");
            assertThat(ArticleJson.toContentLine(a)).as("article %d", i)
                    .isEqualTo(ArticleJson.mapper().writeValueAsString(node));
        }
    }

    private static Article article(Random rnd) {
        List<RelatedLink> related = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            related.add(new RelatedLink(text(rnd), maybe(rnd)));
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            figures.add(new Figure(text(rnd), rnd.nextInt(500), rnd.nextInt(500), number(rnd), number(rnd),
                    rnd.nextBoolean(), rnd.nextBoolean() ? null : Comparison.values()[rnd.nextInt(Comparison.values().length)],
                    maybe(rnd), Category.values()[rnd.nextInt(Category.values().length)], maybe(rnd), maybe(rnd),
                    rnd.nextBoolean() ? null : LocalDate.of(2000 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                    rnd.nextBoolean() ? null : LocalDate.of(1990 + rnd.nextInt(30), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
        }
        List<ArticleEntity> entities = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            entities.add(new ArticleEntity(Integer.toString(rnd.nextInt(100_000)), text(rnd),
                    rnd.nextBoolean() ? null : "PER", rnd.nextInt(20) - 2, texts(rnd)));
        }
        String published = rnd.nextBoolean() ? null : "2018-04-0" + (1 + rnd.nextInt(9)) + "T10:00:00Z";
        return new Article(maybe(rnd), maybe(rnd), maybe(rnd), published, maybe(rnd), maybe(rnd), maybe(rnd),
                maybe(rnd), texts(rnd), texts(rnd), related, maybe(rnd), maybe(rnd), maybe(rnd), rnd.nextInt(3),
                maybe(rnd), figures, entities, texts(rnd));
    }

    private static BigDecimal number(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> null;
            case 1 -> BigDecimal.valueOf(rnd.nextInt(1_000_000));
            case 2 -> new BigDecimal("20258.000");
            case 3 -> BigDecimal.valueOf(rnd.nextInt(10_000), 1 + rnd.nextInt(3));
            default -> new BigDecimal("1.5E+7");
        };
    }

    private static List<String> texts(Random rnd) {
        List<String> out = new ArrayList<>();
        for (int i = rnd.nextInt(4); i > 0; i--) {
            out.add(text(rnd));
        }
        return out;
    }

    private static String maybe(Random rnd) {
        return rnd.nextInt(4) == 0 ? null : text(rnd);
    }

    private static String text(Random rnd) {
        StringBuilder s = new StringBuilder();
        for (int i = rnd.nextInt(6); i > 0; i--) {
            s.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        return s.toString();
    }
}
