package org.marsad.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The page's schema.org JSON-LD, reduced to what extraction needs: the article object (NewsArticle, Article,
 * BlogPosting, ...) and the web page object, wherever they sit ({@code @graph}, arrays, {@code mainEntity}).
 * Broken JSON is common in the wild; a script that does not parse is skipped.
 */
final class JsonLd {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportage",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report",
            "scholarlyarticle", "techarticle", "liveblogposting", "socialmediaposting", "posting", "blog",
            "askpublicnewsarticle", "satiricalarticle");

    private final List<JsonNode> articles;
    private final List<JsonNode> others;

    private JsonLd(List<JsonNode> articles, List<JsonNode> others) {
        this.articles = articles;
        this.others = others;
    }

    static JsonLd read(PageIndex page) {
        List<JsonNode> articles = new ArrayList<>();
        List<JsonNode> others = new ArrayList<>();
        for (Element script : page.select(Queries.JSON_LD)) {
            String json = script.data().strip();
            if (json.isEmpty()) {
                continue;
            }
            try {
                walk(MAPPER.readTree(json), articles, others, 0);
            } catch (Exception e) {
                // Malformed JSON-LD is ordinary on news sites; the meta tags still speak.
            }
        }
        return new JsonLd(articles, others);
    }

    private static void walk(JsonNode n, List<JsonNode> articles, List<JsonNode> others, int depth) {
        if (n == null || depth > 6) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                walk(c, articles, others, depth + 1);
            }
            return;
        }
        if (!n.isObject()) {
            return;
        }
        if (isArticle(n)) {
            articles.add(n);
        } else if (n.has("@type")) {
            others.add(n);
        }
        walk(n.get("@graph"), articles, others, depth + 1);
        walk(n.get("mainEntity"), articles, others, depth + 1);
        walk(n.get("mainEntityOfPage"), articles, others, depth + 1);
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        for (String t : types) {
            String k = t.toLowerCase(Locale.ROOT);
            int slash = k.lastIndexOf('/');
            if (ARTICLE_TYPES.contains(slash >= 0 ? k.substring(slash + 1) : k)) {
                return true;
            }
        }
        return false;
    }

    boolean hasArticle() {
        return !articles.isEmpty();
    }

    /** The first non-blank text of the field in the article objects. */
    String article(String field) {
        for (JsonNode a : articles) {
            String v = text(a.get(field));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * The address the article objects give for the article: {@code url}, else {@code mainEntityOfPage} (a string or
     * an object's {@code @id}); null when they give none.
     */
    String articleAddress() {
        String url = article("url");
        if (url != null) {
            return url;
        }
        for (JsonNode a : articles) {
            JsonNode main = a.get("mainEntityOfPage");
            String v = main != null && main.isObject() ? text(main.get("@id")) : text(main);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The name of a nested object (author, publisher) or a plain string, from the article objects. */
    List<String> names(String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode a : articles) {
            collectNames(a.get(field), out);
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    /** The site name from a WebSite or Organization object, or the article's publisher. */
    String siteName() {
        List<String> pub = names("publisher");
        if (!pub.isEmpty()) {
            return pub.get(0);
        }
        for (JsonNode o : others) {
            String type = o.path("@type").asText("").toLowerCase(Locale.ROOT);
            if (type.equals("website") || type.equals("newsmediaorganization") || type.equals("organization")) {
                String name = text(o.get("name"));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Keywords of the article objects: a comma list or an array. */
    List<String> keywords() {
        List<String> out = new ArrayList<>();
        for (JsonNode a : articles) {
            JsonNode k = a.get("keywords");
            if (k == null) {
                continue;
            }
            if (k.isArray()) {
                k.forEach(x -> {
                    if (x.isTextual()) {
                        out.add(x.asText());
                    }
                });
            } else if (k.isTextual()) {
                out.addAll(PageMeta.splitList(k.asText()));
            }
        }
        return out;
    }

    private static void collectNames(JsonNode n, List<String> out) {
        if (n == null) {
            return;
        }
        if (n.isArray()) {
            n.forEach(c -> collectNames(c, out));
        } else if (n.isObject()) {
            String name = text(n.get("name"));
            if (name != null) {
                out.add(name);
            }
        } else if (n.isTextual() && !n.asText().isBlank()) {
            out.add(n.asText().strip());
        }
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                String v = text(c);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
        if (n.isObject()) {
            return text(n.get("@value"));
        }
        String v = n.asText().strip();
        return v.isEmpty() ? null : v;
    }
}
