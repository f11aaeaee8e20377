package org.marsad.search;

import static org.marsad.search.ArticleDocuments.BODY_STEM;
import static org.marsad.search.ArticleDocuments.TITLE_STEM;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.marsad.arabic.Affixes;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.BrokenPlurals;
import org.marsad.arabic.Proclitics;
import org.marsad.search.analysis.StemExceptions;

/**
 * The forms of a query word that the index's analysis cannot meet by itself, looked for in the stemmed fields when
 * the archive's own counts say they are that word:
 * <ul>
 *   <li>the word behind a preposition (ب ل ك, also after ف): مستودع finds بمستودع and لمستودع. The index keeps such
 *       forms whole, because by spelling alone بيروت, لبنان, كتاب would be clitic + word too; here a form counts as
 *       clitic + word only when the word without the clitic is in about four times as many articles as the
 *       form (see {@link #cliticReading}: مستودع in 4, بمستودع in 1; بيروت is in hundreds, يروت in none);</li>
 *   <li>a typed form with such a clitic read without it, under the same counts (بمستودع finds مستودع);</li>
 *   <li>the other number of a broken plural ({@link BrokenPlurals}: الحرائق finds حريق), when the index holds it.</li>
 * </ul>
 * Matches score at half the stemmed fields' weight, below the form typed. The counts are the reader's, so the
 * query is decided when it is rewritten against an index (the same in the embedded index and in Solr).
 */
final class OtherForms extends Query {
    /** The share of the stemmed fields' weight a match on another form gets. */
    static final float BOOST = 0.5f;
    /** Most other forms one word adds (two clauses each), so that a query of many words stays within the limit. */
    static final int MOST = 4;
    private static final float TITLE_BOOST = 2f;
    private static final StemExceptions EXCEPTIONS = StemExceptions.defaults();

    private final String typed;
    private final List<String> withClitic;
    private final List<String> withoutClitic;
    private final List<String> otherNumber;
    // the forms taken in the last index reader asked about: the search's rewrite and its snippets ask the same one,
    // and a kept query is asked again by later searches until the reader changes (not part of equals)
    private volatile Taken taken;

    private record Taken(Object reader, List<String> forms) {
    }

    private OtherForms(String typed, List<String> withClitic, List<String> withoutClitic, List<String> otherNumber) {
        this.typed = typed;
        this.withClitic = withClitic;
        this.withoutClitic = withoutClitic;
        this.otherNumber = otherNumber;
    }

    /**
     * The other forms of a query word whose stemmed term is {@code typedStem}, or null when it has none to look for
     * (not an Arabic word, fewer than three letters without its clitics, a protected name).
     */
    static OtherForms of(String word, String typedStem) {
        String bare = Proclitics.strip(Proclitics.bare(word), EXCEPTIONS::contains);
        if (bare.length() < 3 || !isArabic(bare) || EXCEPTIONS.contains(bare)) {
            return null;
        }
        Set<String> with = new LinkedHashSet<>();
        Set<String> without = new LinkedHashSet<>();
        // A form is kept only when the index's analysis reads it as the typed word's stem with the clitic, no more:
        // بكرة stems to بكر (Bakr) and للقاء to قاء (ل + ال + قاء), which are other words' terms.
        for (String p : Affixes.PREPOSITION_CLITICS) {
            String s = stem(p + bare);
            if ((p + typedStem).equals(s)) {
                with.add(s);
            }
            if (bare.startsWith(p) && bare.length() - p.length() >= 3 && typedStem.startsWith(p)) {
                String w = stem(bare.substring(p.length()));
                if (typedStem.substring(p.length()).equals(w)) {
                    without.add(w);
                }
            }
        }
        Set<String> number = new LinkedHashSet<>();
        for (String f : BrokenPlurals.otherNumber(bare)) {
            // as made, less only a feminine ending: a form the analysis cuts further (أيان → ايا) is not that form
            String s = stem(f);
            String folded = ArabicNormalizer.search(f);
            if (s != null && (s.equals(folded) || f.endsWith("ة") && folded.equals(s + "ه"))) {
                number.add(s);
            }
        }
        for (Set<String> s : List.of(with, without, number)) {
            s.remove(typedStem);
            s.remove(null);
        }
        if (with.isEmpty() && without.isEmpty() && number.isEmpty()) {
            return null;
        }
        return new OtherForms(typedStem, List.copyOf(with), List.copyOf(without), List.copyOf(number));
    }

    private static String stem(String word) {
        List<String> t = LuceneQueries.terms(ArticleDocuments.STEMMED, word);
        return t.size() == 1 ? t.get(0) : null;
    }

    private static boolean isArabic(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c < 0x0621 || c > 0x064A) {
                return false;
            }
        }
        return true;
    }

    /** The forms the archive holds, under the rules above, at most {@link #MOST}: those without a clitic first. */
    List<String> accepted(FormCounts counts) {
        List<String> out = new ArrayList<>();
        for (String w : withoutClitic) {
            if (holds(counts, w) && cliticReading(counts, typed, w)) {
                out.add(w);
            }
        }
        for (String w : otherNumber) {
            if (holds(counts, w)) {
                out.add(w);
            }
        }
        List<String> with = new ArrayList<>();
        if (holds(counts, typed)) {
            for (String w : withClitic) {
                if (holds(counts, w) && cliticReading(counts, w, typed)) {
                    with.add(w);
                }
            }
        }
        // the commonest forms first when there are more than the bound
        with.sort(Comparator.comparingLong((String w) -> -counts.atMost(w)).thenComparing(w -> w));
        out.addAll(with);
        return out.size() > MOST ? out.subList(0, MOST) : out;
    }

    /**
     * The query of the forms {@link #accepted} takes (what this query rewrites to against an archive of these
     * counts), or null when it takes none: a saved search is given it whole.
     */
    Query resolved(FormCounts counts) {
        List<String> forms = accepted(counts);
        return forms.isEmpty() ? null : clauses(forms);
    }

    /** Every stemmed term whose count {@link #accepted} may read: the typed word's and its candidate forms'. */
    Set<String> stems() {
        Set<String> all = new LinkedHashSet<>();
        all.add(typed);
        all.addAll(withClitic);
        all.addAll(withoutClitic);
        all.addAll(otherNumber);
        return all;
    }

    private static boolean holds(FormCounts counts, String stem) {
        return counts.articles(stem, 1) > 0;
    }

    /**
     * Whether the form with the clitic, in {@code withDf} articles, reads as clitic + the word in {@code bareDf}: the
     * word alone is in about four times as many articles or more. On ANT 2018-04 the true pairs of the check were
     * 0.02-0.22 (بروسيا 33 : روسيا 857), the coincidences 0.32 and up (لسان 74 : سان 233, where سان also counts
     * سانا), the names far above (لبنان 273 : بنان 4). The +3 lets a small archive read one article of لمستودع beside
     * one of مستودع as that word; it holds in articles, each counted once ({@link FormCounts}).
     */
    static boolean cliticReading(long withDf, long bareDf) {
        return 4 * withDf <= bareDf + 3;
    }

    /**
     * {@link #cliticReading(long, long)} on the archive's article counts of the two forms, counting no further than
     * the answer needs: the cheap bounds decide most pairs (a rare clitic form of a common word, a name beside a
     * rare remainder), and a close pair is counted up to the point where the rule is settled.
     */
    static boolean cliticReading(FormCounts counts, String withForm, String bareForm) {
        long bareLow = counts.atLeast(bareForm);
        if (cliticReading(counts.atMost(withForm), bareLow)) {
            return true;
        }
        long bareHigh = counts.atMost(bareForm);
        if (!cliticReading(counts.atLeast(withForm), bareHigh)) {
            return false;
        }
        long with = counts.articles(withForm, (bareHigh + 3) / 4 + 1);
        if (!cliticReading(with, bareHigh)) {
            return false;
        }
        return cliticReading(with, counts.articles(bareForm, Math.max(1, 4 * with - 3)));
    }

    private static Query clauses(List<String> forms) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : forms) {
            b.add(new BoostQuery(new TermQuery(new Term(TITLE_STEM, f)), TITLE_BOOST * BOOST), Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term(BODY_STEM, f)), BOOST), Occur.SHOULD);
        }
        return b.build();
    }

    /** The forms {@link #accepted} takes in this reader, found once per reader. */
    List<String> acceptedIn(IndexReader reader) {
        return acceptedIn(reader, null);
    }

    /**
     * {@link #acceptedIn(IndexReader)} with the terms' document frequencies read through {@code kept} when it is not
     * null (a searcher's kept term states: a query never asked before then looks up only the forms no earlier query
     * of this reader looked up, instead of every form in every segment's dictionary).
     */
    private List<String> acceptedIn(IndexReader reader, KeptWeightsSearcher kept) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        Object key = helper != null ? helper.getKey() : reader;
        Taken t = taken;
        if (t != null && t.reader() == key) {
            return t.forms();
        }
        List<String> forms = accepted(kept == null ? new ReaderFormCounts(reader)
                : new ReaderFormCounts(reader, kept::docFreq));
        taken = new Taken(key, forms);
        return forms;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        List<String> forms = acceptedIn(searcher.getIndexReader(),
                searcher instanceof KeptWeightsSearcher kept ? kept : null);
        return forms.isEmpty() ? new MatchNoDocsQuery("no other form of '" + typed + "' in the index")
                : clauses(forms);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        // Counted as the most clauses it can become (two per form), so the query's size check holds after rewriting.
        for (int i = 0; i < 2 * MOST; i++) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String field) {
        return "otherForms(" + typed + ": " + withClitic + " " + withoutClitic + " " + otherNumber + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && typed.equals(((OtherForms) o).typed)
                && withClitic.equals(((OtherForms) o).withClitic)
                && withoutClitic.equals(((OtherForms) o).withoutClitic)
                && otherNumber.equals(((OtherForms) o).otherNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), typed, withClitic, withoutClitic, otherNumber);
    }
}
