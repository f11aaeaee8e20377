package org.marsad.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;

/**
 * A tiny archive for the server tests: every query word must appear in the title or body (no analysis), filters
 * and sort as the request says, facets over all matches. It stands in for the store so that these tests check the
 * web layer alone.
 */
final class MemoryArchive implements Archive {
    private final Map<String, Article> articles = new LinkedHashMap<>();

    MemoryArchive(List<Article> list) {
        list.forEach(a -> articles.put(a.id(), a));
    }

    @Override
    public Optional<Article> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    @Override
    public SearchResults search(SearchRequest r) {
        if (r.query().contains("((")) {
            throw new IllegalArgumentException("cannot parse query");
        }
        String[] words = r.query().isBlank() ? new String[0] : r.query().strip().split("\\s+");
        List<Article> matches = new ArrayList<>();
        for (Article a : articles.values()) {
            String text = a.title() + "\n" + a.bodyText();
            boolean ok = true;
            for (String w : words) {
                ok &= text.contains(w);
            }
            ok &= r.source() == null || r.source().equals(a.source());
            ok &= r.tag() == null || a.tags().contains(r.tag());
            ok &= r.from() == null || a.publishedDay().map(d -> !d.isBefore(r.from())).orElse(false);
            ok &= r.to() == null || a.publishedDay().map(d -> !d.isAfter(r.to())).orElse(false);
            if (ok) {
                matches.add(a);
            }
        }
        matches.sort(Comparator.comparing((Article a) -> a.published() == null ? "" : a.published()).reversed());
        List<SearchHit> hits = matches.stream().skip(r.offset()).limit(r.limit()).map(a -> hit(a, words)).toList();
        Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
        facets.put("source", count(matches, a -> a.source() == null ? List.of() : List.of(a.source())));
        facets.put("tag", count(matches, Article::tags));
        facets.put("month", count(matches, a -> a.published() == null ? List.of() : List.of(a.published().substring(0, 7))));
        return new SearchResults(matches.size(), hits, facets);
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        Article me = articles.get(id);
        if (me == null) {
            return List.of();
        }
        return articles.values().stream()
                .filter(a -> !a.id().equals(id) && a.tags().stream().anyMatch(me.tags()::contains))
                .limit(limit).map(a -> hit(a, new String[0])).toList();
    }

    private static SearchHit hit(Article a, String[] words) {
        String snippet = a.body().isEmpty() ? "" : a.body().get(0);
        List<SearchHit.Span> spans = new ArrayList<>();
        for (String w : words) {
            int i = snippet.indexOf(w);
            if (i >= 0) {
                spans.add(new SearchHit.Span(i, i + w.length()));
            }
        }
        return new SearchHit(a.id(), a.title(), a.source(), a.published(), a.url(), snippet, spans, 1f);
    }

    private static List<SearchResults.FacetCount> count(List<Article> list, Function<Article, List<String>> values) {
        Map<String, Long> counts = list.stream().flatMap(a -> values.apply(a).stream())
                .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new SearchResults.FacetCount(e.getKey(), e.getValue())).toList();
    }
}
