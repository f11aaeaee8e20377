package org.marsad.search;

import static org.marsad.search.ArticleDocuments.AUTHOR_TEXT;
import static org.marsad.search.ArticleDocuments.BODY_EXACT;
import static org.marsad.search.ArticleDocuments.BODY_STEM;
import static org.marsad.search.ArticleDocuments.DAY;
import static org.marsad.search.ArticleDocuments.LANG;
import static org.marsad.search.ArticleDocuments.SOURCE_KEY;
import static org.marsad.search.ArticleDocuments.SOURCE_TEXT;
import static org.marsad.search.ArticleDocuments.TAG_KEY;
import static org.marsad.search.ArticleDocuments.TAG_TEXT;
import static org.marsad.search.ArticleDocuments.TITLE_EXACT;
import static org.marsad.search.ArticleDocuments.TITLE_STEM;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.marsad.search.QueryLanguage.All;
import org.marsad.search.QueryLanguage.And;
import org.marsad.search.QueryLanguage.DateBound;
import org.marsad.search.QueryLanguage.FigureBound;
import org.marsad.search.QueryLanguage.Filter;
import org.marsad.search.QueryLanguage.Node;
import org.marsad.search.QueryLanguage.Not;
import org.marsad.search.QueryLanguage.Or;
import org.marsad.search.QueryLanguage.Phrase;
import org.marsad.search.QueryLanguage.Word;

/**
 * Translates parsed queries and request filters into Lucene queries.
 *
 * <p>Ranking: a word is looked for in four fields, and a document scores for each where it matches, so an exact
 * form (which matches the folded and the stemmed fields) ranks above a merely stemmed one, and the title counts
 * more than the body. Adjacent words of the query also score as a phrase, so documents where they stand together
 * rank first.
 */
final class LuceneQueries {
    private static final float TITLE_EXACT_BOOST = 4f;
    private static final float BODY_EXACT_BOOST = 2f;
    private static final float TITLE_STEM_BOOST = 2f;
    private static final float BODY_STEM_BOOST = 1f;
    private static final float PROXIMITY_BOOST = 1.5f;
    /**
     * Lucene's clause limit (a JVM-wide setting, 1,024 by default), raised so that the largest query the language
     * accepts ({@link QueryLanguage#MAX_TERMS} words or phrases, each looked for in four fields) fits it.
     */
    static final int MAX_CLAUSES = 4_096;

    static {
        if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
            IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        }
    }

    private LuceneQueries() {
    }

    /**
     * The Lucene query of a request: its query text and its structured filters.
     *
     * @throws QuerySyntaxException when the query does not parse, or would need more clauses than Lucene allows
     */
    static Query of(SearchRequest r) {
        Query q = build(r);
        if (clauses(q) > IndexSearcher.getMaxClauseCount()) {
            throw new QuerySyntaxException("too large (it expands to more than " + IndexSearcher.getMaxClauseCount()
                    + " index clauses; use fewer words)");
        }
        return q;
    }

    /** The leaf clauses of a query, counted as Lucene counts them against its clause limit. */
    static int clauses(Query q) {
        int[] n = {0};
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return this;
            }

            @Override
            public void visitLeaf(Query query) {
                n[0]++;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                n[0] += terms.length;
            }
        });
        return n[0];
    }

    private static Query build(SearchRequest r) {
        Node parsed = QueryLanguage.parse(r.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query main = translate(parsed);
        b.add(main, isFilterOnly(parsed) ? Occur.FILTER : Occur.MUST);
        if (r.source() != null && !r.source().isBlank()) {
            b.add(new TermQuery(new Term(SOURCE_KEY, ArticleDocuments.key(r.source()))), Occur.FILTER);
        }
        if (r.tag() != null && !r.tag().isBlank()) {
            b.add(new TermQuery(new Term(TAG_KEY, ArticleDocuments.key(r.tag()))), Occur.FILTER);
        }
        if (r.from() != null || r.to() != null) {
            b.add(dayRange(r.from(), r.to()), Occur.FILTER);
        }
        return b.build();
    }

    private static boolean isFilterOnly(Node n) {
        if (n instanceof And and) {
            return and.parts().stream().allMatch(LuceneQueries::isFilterOnly);
        }
        return n instanceof Filter || n instanceof DateBound || n instanceof FigureBound || n instanceof All;
    }

    static Query translate(Node n) {
        if (n instanceof Word w) {
            return text(w.text(), false);
        } else if (n instanceof Phrase p) {
            return text(p.text(), true);
        } else if (n instanceof Filter f) {
            return filter(f);
        } else if (n instanceof DateBound d) {
            return d.upper() ? dayRange(null, d.day()) : dayRange(d.day(), null);
        } else if (n instanceof FigureBound f) {
            return figure(f);
        } else if (n instanceof Not not) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(translate(not.part()), Occur.MUST_NOT).build();
        } else if (n instanceof Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Node part : or.parts()) {
                b.add(translate(part), Occur.SHOULD);
            }
            return b.build();
        } else if (n instanceof And and) {
            return and(and);
        }
        return new MatchAllDocsQuery();
    }

    private static Query and(And and) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        List<String> adjacentWords = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        for (Node part : and.parts()) {
            if (part instanceof Word w) {
                adjacentWords.add(w.text());
            } else if (!adjacentWords.isEmpty()) {
                runs.add(List.copyOf(adjacentWords));
                adjacentWords.clear();
            }
            if (part instanceof Not not) {
                b.add(translate(not.part()), Occur.MUST_NOT);
            } else if (part instanceof Filter || part instanceof DateBound || part instanceof FigureBound) {
                b.add(translate(part), Occur.FILTER);
            } else {
                b.add(translate(part), Occur.MUST);
                positive = true;
            }
        }
        runs.add(List.copyOf(adjacentWords));
        for (List<String> run : runs) {
            if (run.size() >= 2) {
                Query near = proximity(String.join(" ", run));
                if (near != null) {
                    b.add(near, Occur.SHOULD);
                }
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /** Words in any of the four text fields; as a phrase when {@code phrase}. */
    private static Query text(String text, boolean phrase) {
        List<String> exact = terms(ArticleDocuments.EXACT, text);
        List<String> stem = terms(ArticleDocuments.STEMMED, text);
        if (exact.isEmpty()) {
            // Only punctuation: nothing can match it; do not fail the whole query.
            return new MatchNoDocsQuery("no words in '" + text + "'");
        }
        if (!phrase && exact.size() > 1) {
            // A "word" such as كوفيد-19 splits into several tokens: they must all be there, together.
            phrase = true;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(boost(match(TITLE_EXACT, exact, phrase, 0), TITLE_EXACT_BOOST), Occur.SHOULD);
        b.add(boost(match(BODY_EXACT, exact, phrase, 0), BODY_EXACT_BOOST), Occur.SHOULD);
        b.add(boost(match(TITLE_STEM, stem, phrase, 0), TITLE_STEM_BOOST), Occur.SHOULD);
        b.add(boost(match(BODY_STEM, stem, phrase, 0), BODY_STEM_BOOST), Occur.SHOULD);
        List<String> restored = exact.size() == 1 ? hamzaRestored(exact.get(0)) : List.of();
        if (!restored.isEmpty() && !restored.equals(stem)) {
            b.add(boost(match(TITLE_STEM, restored, false, 0), TITLE_STEM_BOOST), Occur.SHOULD);
            b.add(boost(match(BODY_STEM, restored, false, 0), BODY_STEM_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * A query typed without the hamza (العاب, المانيا, الاف) reads as article + word, but may be a hamza-initial
     * word (ألعاب, ألمانيا, آلاف), which the index keeps whole: also look for the stem of that reading, so العاب
     * finds الألعاب too.
     */
    private static List<String> hamzaRestored(String folded) {
        if (folded.length() < 4 || !folded.startsWith("ال")) {
            return List.of();
        }
        return terms(ArticleDocuments.STEMMED, "أ" + folded.substring(1));
    }

    // Bonus for documents where the query's words stand close together, in the stemmed text.
    private static Query proximity(String words) {
        List<String> stem = terms(ArticleDocuments.STEMMED, words);
        if (stem.size() < 2) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(boost(match(TITLE_STEM, stem, true, 2), TITLE_STEM_BOOST * PROXIMITY_BOOST), Occur.SHOULD);
        b.add(boost(match(BODY_STEM, stem, true, 2), BODY_STEM_BOOST * PROXIMITY_BOOST), Occur.SHOULD);
        return b.build();
    }

    private static Query filter(Filter f) {
        return switch (f.field()) {
            case "source" -> keyOrWords(SOURCE_KEY, SOURCE_TEXT, f.value());
            case "tag" -> keyOrWords(TAG_KEY, TAG_TEXT, f.value());
            case "author" -> words(AUTHOR_TEXT, f.value());
            case "lang" -> new TermQuery(new Term(LANG, f.value().toLowerCase(Locale.ROOT)));
            // The category a source is filed under (or a folder above it), whole: no partial-word matches.
            case "category" -> new TermQuery(new Term(ArticleDocuments.CATEGORY_KEY,
                    ArticleDocuments.categoryKey(f.value())));
            default -> throw new QuerySyntaxException("unknown field '" + f.field() + ":'");
        };
    }

    // The whole name, or its words in order: source:الجزيرة finds "الجزيرة" and "الجزيرة نت".
    private static Query keyOrWords(String keyField, String textField, String value) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(keyField, ArticleDocuments.key(value))), Occur.SHOULD)
                .add(words(textField, value), Occur.SHOULD)
                .build();
    }

    private static Query words(String field, String value) {
        List<String> t = terms(ArticleDocuments.EXACT, value);
        return t.isEmpty() ? new MatchNoDocsQuery() : match(field, t, true, 0);
    }

    /** A figure of the category whose indexed value compares so with the bound (see ArticleDocuments). */
    static Query figure(FigureBound f) {
        String field = ArticleDocuments.figureField(f.category());
        double v = f.value().doubleValue();
        return switch (f.op()) {
            case ">" -> DoublePoint.newRangeQuery(field, Math.nextUp(v), Double.POSITIVE_INFINITY);
            case ">=" -> DoublePoint.newRangeQuery(field, v, Double.POSITIVE_INFINITY);
            case "<" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, Math.nextDown(v));
            case "<=" -> DoublePoint.newRangeQuery(field, Double.NEGATIVE_INFINITY, v);
            case "=" -> DoublePoint.newExactQuery(field, v);
            default -> throw new QuerySyntaxException("unknown comparison '" + f.op() + "'");
        };
    }

    static Query dayRange(LocalDate from, LocalDate to) {
        long lo = from == null ? Long.MIN_VALUE : from.toEpochDay();
        long hi = to == null ? Long.MAX_VALUE : to.toEpochDay();
        return LongPoint.newRangeQuery(DAY, lo, hi);
    }

    private static Query match(String field, List<String> terms, boolean phrase, int slop) {
        if (terms.size() == 1) {
            return new TermQuery(new Term(field, terms.get(0)));
        }
        if (phrase) {
            PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(slop);
            for (String t : terms) {
                p.add(new Term(field, t));
            }
            return p.build();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            b.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        return b.build();
    }

    private static Query boost(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    /** The terms an analyzer makes of a text. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
