package org.marsad.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.model.RelatedLink;

/**
 * Scores extracted articles against the seed page's gold (seed/expected.json) field by field, exactly as the gold's
 * "_about" says and no looser: every field is exact except that (1) tags are an unordered set — the gold's tags
 * partition the page's tag line, so any right split gives exactly that set and an extra or a missing tag is wrong;
 * (2) the first article's related list may also name the appended article's title (the page prints it under "read
 * also"), and no other article gets that allowance; (3) fields the gold does not list are ignored.
 *
 * <p>The seed page was in view while the extractor was built: its score is a regression check, not accuracy.
 */
public final class SeedGolden {
    static final List<String> FIELDS = List.of("title", "published", "published_text", "source", "author",
            "language", "body", "tags", "related");

    /** Fields right out of fields checked, and which were wrong ("1.published"). */
    public record Result(int expectedArticles, int extractedArticles, int fieldsRight, int fieldsChecked,
                         List<String> wrong) {
        public double fieldAccuracy() {
            return fieldsChecked == 0 ? Double.NaN : (double) fieldsRight / fieldsChecked;
        }
    }

    private SeedGolden() {
    }

    /** Reads the gold's "articles" array. */
    public static List<Article> gold(String expectedJson) throws IOException {
        JsonNode root = ArticleJson.mapper().readTree(expectedJson);
        List<Article> out = new ArrayList<>();
        for (JsonNode a : root.path("articles")) {
            out.add(ArticleJson.fromNode(a));
        }
        return out;
    }

    /** Reads `marsad extract` output: JSON Lines, or one JSON array / object. */
    public static List<Article> extracted(String stdout) throws IOException {
        List<Article> out = new ArrayList<>();
        String t = stdout.strip();
        if (t.startsWith("[")) {
            for (JsonNode a : ArticleJson.mapper().readTree(t)) {
                out.add(ArticleJson.fromNode(a));
            }
            return out;
        }
        for (String line : t.split("\n")) {
            if (!line.isBlank()) {
                out.add(ArticleJson.parse(line));
            }
        }
        return out;
    }

    public static Result score(List<Article> gold, List<Article> got) {
        int right = 0;
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Article g = gold.get(i);
            Article a = i < got.size() ? got.get(i) : null;
            // Only the first article may also list the appended (second) article's title among its related links.
            Set<String> alsoAllowed = new HashSet<>();
            if (i == 0 && gold.size() > 1) {
                alsoAllowed.add(gold.get(1).title());
            }
            for (String field : FIELDS) {
                checked++;
                if (a != null && fieldRight(field, g, a, alsoAllowed)) {
                    right++;
                } else {
                    wrong.add((i + 1) + "." + field);
                }
            }
        }
        return new Result(gold.size(), got.size(), right, checked, wrong);
    }

    private static boolean fieldRight(String field, Article g, Article a, Set<String> alsoAllowedRelated) {
        return switch (field) {
            case "title" -> Objects.equals(g.title(), a.title());
            case "published" -> Objects.equals(g.published(), a.published());
            case "published_text" -> Objects.equals(g.publishedText(), a.publishedText());
            case "source" -> Objects.equals(g.source(), a.source());
            case "author" -> Objects.equals(g.author(), a.author());
            case "language" -> Objects.equals(g.language(), a.language());
            case "body" -> g.body().equals(a.body());
            case "tags" -> a.tags().size() == new HashSet<>(a.tags()).size()
                    && new HashSet<>(a.tags()).equals(new HashSet<>(g.tags()));
            case "related" -> {
                Set<String> want = titles(g.related());
                Set<String> have = titles(a.related());
                Set<String> allowed = new HashSet<>(want);
                allowed.addAll(alsoAllowedRelated);
                yield have.containsAll(want) && allowed.containsAll(have);
            }
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Set<String> titles(List<RelatedLink> links) {
        Set<String> s = new HashSet<>();
        links.forEach(l -> s.add(l.title()));
        return s;
    }
}
