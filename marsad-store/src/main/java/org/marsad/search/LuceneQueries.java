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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
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
        return of(r, EntityNames.NONE);
    }

    /**
     * The Lucene query of a request, with entity filters and name variants looked up in {@code names}.
     *
     * @throws QuerySyntaxException when the query does not parse, or would need more clauses than Lucene allows
     */
    static Query of(SearchRequest r, EntityNames names) {
        return checked(build(r, names, null, AT_SEARCH));
    }

    /**
     * The Lucene query of a request for matching one article at a time (saved searches): as {@link #of}, but a
     * word's {@link OtherForms} are chosen now by the archive's {@code counts} (one article has none to choose by),
     * not when the query meets an index; {@link FormCounts#NONE} takes none.
     *
     * @throws QuerySyntaxException when the query does not parse, or would need more clauses than Lucene allows
     */
    static Query ofOneArticle(SearchRequest r, EntityNames names, FormCounts counts) {
        return checked(build(r, names, null, counts == FormCounts.NONE ? null : counts));
    }

    /** The forms are chosen when the query is rewritten against the index it searches ({@link OtherForms#rewrite}). */
    private static final FormCounts AT_SEARCH = (stem, enough) -> {
        throw new IllegalStateException("counted at search");
    };

    private static Query checked(Query q) {
        if (clauses(q) > IndexSearcher.getMaxClauseCount()) {
            throw new QuerySyntaxException("too large (it expands to more than " + IndexSearcher.getMaxClauseCount()
                    + " index clauses; use fewer words)");
        }
        return q;
    }

    /**
     * What the snippet highlighter looks for: the body words, prefixes and exact phrases the query asks for (not
     * those under a NOT), each on its own, or null when there is none. Sloppy phrases are left out: they only reward words
     * that stand close together, and those words are in the query on their own as well. The highlighter then works
     * on one field's terms instead of matching the whole query (four fields, proximity phrases) again per hit.
     */
    static Query forSnippets(Query q) {
        java.util.Set<Query> leaves = new java.util.LinkedHashSet<>();
        q.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            @Override
            public boolean acceptField(String field) {
                return BODY_STEM.equals(field);
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof TermQuery) {
                    leaves.add(query);
                } else if (query instanceof PhraseQuery p && p.getSlop() == 0) {
                    leaves.add(query);
                }
            }

            @Override
            public void visitLeaf(Query query) {
                // a word's other forms (لمستودع for مستودع): the snippet shows the form an article was found by,
                // once the forms are chosen against the index (resolvedForSnippets)
                if (query instanceof OtherForms) {
                    leaves.add(query);
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                // A prefix search (غز*): the highlighter marks the words of the hit that start with it, as it marks
                // a word's forms; without it a prefix query's snippets marked nothing.
                if (query instanceof PrefixQuery) {
                    leaves.add(query);
                }
            }
        });
        if (leaves.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        leaves.forEach(l -> b.add(l, Occur.SHOULD));
        return b.build();
    }

    /**
     * What the snippets look for ({@link #forSnippets}) with each word's other forms chosen against the searcher's
     * index, as the search's query chose them: the forms taken in the stemmed body field, none when none is taken.
     * Null when nothing is left to look for.
     */
    static Query resolvedForSnippets(Query snippets, IndexSearcher searcher) {
        if (!(snippets instanceof BooleanQuery b) || b.clauses().stream().noneMatch(c -> c.getQuery() instanceof OtherForms)) {
            return snippets;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        int n = 0;
        for (BooleanClause c : b.clauses()) {
            if (c.getQuery() instanceof OtherForms f) {
                for (String form : f.acceptedIn(searcher.getIndexReader())) {
                    out.add(new TermQuery(new Term(BODY_STEM, form)), Occur.SHOULD);
                    n++;
                }
            } else {
                out.add(c);
                n++;
            }
        }
        return n == 0 ? null : out.build();
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

    /**
     * A request's query split for ranking by relevance: {@code base} matches exactly what the whole query matches
     * and scores every match; {@code proximity} (null when the query has none) is the bonus of the query's adjacent
     * words standing close together, which the whole query adds to the base score of every match. Reading word
     * positions for every match costs more than the rest of the scoring, so the bonus is added to the best base
     * scores only (see {@link LuceneIndex}). Only proximity clauses of the query's top level are split out: there
     * a match's score is exactly base + bonus; nested under OR or NOT they stay in place.
     */
    record Ranked(Query base, Query proximity, Query snippets) {
        /**
         * The parts, with what the snippets look for ({@link #forSnippets} of the base, null when nothing) found
         * once: a kept query serves many searches, and visiting its clauses for every page of hits cost a few
         * percent of an API request.
         */
        Ranked(Query base, Query proximity) {
            this(base, proximity, forSnippets(base));
        }
    }

    /**
     * {@link #of(SearchRequest, EntityNames)} split into its base query and its top-level proximity bonus.
     *
     * @throws QuerySyntaxException when the query does not parse, or would need more clauses than Lucene allows
     */
    static Ranked ranked(SearchRequest r, EntityNames names) {
        List<Query> near = new ArrayList<>();
        Query base = build(r, names, near, AT_SEARCH);
        Query proximity = null;
        if (near.size() == 1) {
            proximity = near.get(0);
        } else if (near.size() > 1) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            near.forEach(q -> b.add(q, Occur.SHOULD));
            proximity = b.build();
        }
        if (clauses(base) + (proximity == null ? 0 : clauses(proximity)) > IndexSearcher.getMaxClauseCount()) {
            throw new QuerySyntaxException("too large (it expands to more than " + IndexSearcher.getMaxClauseCount()
                    + " index clauses; use fewer words)");
        }
        return new Ranked(base, proximity);
    }

    /** The request's query; its top level's proximity clauses go to {@code near} instead when it is given. */
    private static Query build(SearchRequest r, EntityNames names, List<Query> near, FormCounts forms) {
        Node parsed = QueryLanguage.parse(r.query());
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query main = near != null && parsed instanceof And and ? and(and, names, near, forms) : translate(parsed, names, forms);
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

    static Query translate(Node n, EntityNames names, FormCounts forms) {
        if (n instanceof Word w) {
            return w.isPrefix() ? prefix(w.prefix()) : withVariants(w.text(), names, forms);
        } else if (n instanceof Phrase p) {
            return text(p.text(), true);
        } else if (n instanceof Filter f) {
            return filter(f, names);
        } else if (n instanceof DateBound d) {
            return d.upper() ? dayRange(null, d.day()) : dayRange(d.day(), null);
        } else if (n instanceof FigureBound f) {
            return figure(f);
        } else if (n instanceof Not not) {
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                    .add(translate(not.part(), names, forms), Occur.MUST_NOT).build();
        } else if (n instanceof Or or) {
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Node part : or.parts()) {
                b.add(translate(part, names, forms), Occur.SHOULD);
            }
            return b.build();
        } else if (n instanceof And and) {
            return and(and, names, null, forms);
        }
        return new MatchAllDocsQuery();
    }

    /** The conjunction; its proximity clauses are added to it as optional ones, or to {@code near} when given. */
    private static Query and(And and, EntityNames names, List<Query> near, FormCounts forms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        List<String> adjacentWords = new ArrayList<>();
        List<List<String>> runs = new ArrayList<>();
        for (Node part : and.parts()) {
            if (part instanceof Word w && !w.isPrefix()) {
                adjacentWords.add(w.text());
            } else if (!adjacentWords.isEmpty()) {
                runs.add(List.copyOf(adjacentWords));
                adjacentWords.clear();
            }
            if (part instanceof Not not) {
                b.add(translate(not.part(), names, forms), Occur.MUST_NOT);
            } else if (part instanceof Filter || part instanceof DateBound || part instanceof FigureBound) {
                b.add(translate(part, names, forms), Occur.FILTER);
            } else {
                b.add(translate(part, names, forms), Occur.MUST);
                positive = true;
            }
        }
        runs.add(List.copyOf(adjacentWords));
        for (List<String> run : runs) {
            if (run.size() >= 2) {
                Query bonus = proximity(String.join(" ", run));
                if (bonus != null && near != null) {
                    near.add(bonus);
                } else if (bonus != null) {
                    b.add(bonus, Occur.SHOULD);
                }
            }
        }
        if (!positive) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return b.build();
    }

    /** Other spellings of a name searched beside it, ranked a little below the spelling typed. */
    private static final float VARIANT_BOOST = 0.8f;
    /** Most other spellings a query word is expanded with. */
    static final int MAX_VARIANTS = 8;

    /**
     * A plain word, and, when it is a known entity name, its other spellings (جالانت finds غالانت). The spellings
     * come from the archive's entities, never from sound-alike rules alone, so a common word finds only itself:
     * لبنان does not reach اللبن, which no entity spells.
     */
    private static Query withVariants(String word, EntityNames names, FormCounts forms) {
        Query typed = forms != null ? withOtherForms(word, forms) : text(word, false);
        List<String> variants = names.variants(word);
        if (variants.isEmpty()) {
            return typed;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
        for (String v : variants.subList(0, Math.min(MAX_VARIANTS, variants.size()))) {
            b.add(boost(text(v, false), VARIANT_BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /**
     * A plain word in the four text fields, and its {@link OtherForms} (بمستودع, حرائق for مستودع, حريق) in the
     * stemmed ones: chosen when the query meets the index ({@link #AT_SEARCH}), or now by {@code counts} (the
     * query it rewrites to, for saved searches). A word the tokenizer splits is searched as a phrase, as before; a
     * quoted phrase never gets here.
     */
    private static Query withOtherForms(String word, FormCounts counts) {
        Query typed = text(word, false);
        OtherForms other = otherForms(word);
        if (other == null || !(typed instanceof BooleanQuery b)) {
            return typed;
        }
        Query forms = counts == AT_SEARCH ? other : other.resolved(counts);
        if (forms == null) {
            return typed;
        }
        BooleanQuery.Builder with = new BooleanQuery.Builder();
        b.clauses().forEach(with::add);
        return with.add(forms, Occur.SHOULD).build();
    }

    /** The other forms a plain query word may take, or null when it has none to look for. */
    static OtherForms otherForms(String word) {
        List<String> stem = terms(ArticleDocuments.STEMMED, word);
        return stem.size() == 1 ? OtherForms.of(word, stem.get(0)) : null;
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
     * Words that start with the letters of a prefix search, folded as the index folds them. The exact fields find
     * them as written (الفيض* finds الفيضانات); the stemmed fields also find them after a clitic (غز* finds وغزة).
     * The prefix itself is never stemmed: its end is not a word's end.
     */
    private static Query prefix(String letters) {
        List<String> folded = terms(ArticleDocuments.EXACT, letters);
        if (folded.size() != 1) {
            // punctuation only, or letters the tokenizer splits: nothing sensible to expand
            return new MatchNoDocsQuery("no prefix in '" + letters + "'");
        }
        String p = folded.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(boost(new PrefixQuery(new Term(TITLE_EXACT, p)), TITLE_EXACT_BOOST), Occur.SHOULD);
        b.add(boost(new PrefixQuery(new Term(BODY_EXACT, p)), BODY_EXACT_BOOST), Occur.SHOULD);
        b.add(boost(new PrefixQuery(new Term(TITLE_STEM, p)), TITLE_STEM_BOOST), Occur.SHOULD);
        b.add(new PrefixQuery(new Term(BODY_STEM, p)), Occur.SHOULD);
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

    private static Query filter(Filter f, EntityNames names) {
        return switch (f.field()) {
            case "person" -> entity("PER", ArticleDocuments.PERSON_FORMS, f.value(), names);
            case "place" -> entity("LOC", ArticleDocuments.PLACE_FORMS, f.value(), names);
            case "org" -> entity("ORG", ArticleDocuments.ORG_FORMS, f.value(), names);
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

    /**
     * Articles mentioning an entity of the type: every word of the value among the sound forms of the names the
     * article carries for that type (so غالانت and جالانت are one), or one of the entities the archive knows by
     * that name (which also reaches spellings merged by edit distance, غوتيريش/جوتيريس).
     */
    private static Query entity(String type, String formsField, String value, EntityNames names) {
        List<String> forms = ArticleDocuments.nameForms(value);
        if (forms.isEmpty()) {
            return new MatchNoDocsQuery("no name in '" + value + "'");
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String form : new java.util.LinkedHashSet<>(forms)) {
            all.add(new TermQuery(new Term(formsField, form)), Occur.FILTER);
        }
        b.add(all.build(), Occur.SHOULD);
        int n = 0;
        for (String id : names.ids(type, value)) {
            if (n++ == MAX_ENTITY_IDS) {
                break;
            }
            b.add(new TermQuery(new Term(ArticleDocuments.ENTITY, id)), Occur.SHOULD);
        }
        return b.build();
    }

    /** Most entities one entity filter expands to. */
    static final int MAX_ENTITY_IDS = 50;

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
