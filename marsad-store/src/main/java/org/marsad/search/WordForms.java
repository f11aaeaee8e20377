package org.marsad.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.search.QueryLanguage.And;
import org.marsad.search.QueryLanguage.Node;
import org.marsad.search.QueryLanguage.Not;
import org.marsad.search.QueryLanguage.Or;
import org.marsad.search.QueryLanguage.Word;

/**
 * One plain word of a saved query and the other forms search would take for it ({@code OtherForms}: لمستودع for
 * مستودع, حريق for الحرائق), for a matcher that keeps its compiled queries in step with the archive's counts: the
 * forms taken change only when the count of one of {@link #stems()} does, that is when an article holding one of
 * them is stored (or deleted).
 */
public final class WordForms {
    private final String word;
    private final OtherForms forms;

    private WordForms(String word, OtherForms forms) {
        this.word = word;
        this.forms = forms;
    }

    /**
     * The words of a query that may take other forms (plain words, also under {@code NOT} and {@code OR}; not quoted
     * words, phrases or prefixes), each once.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    public static List<WordForms> of(String query) {
        List<WordForms> out = new ArrayList<>();
        collect(QueryLanguage.parse(query), out);
        return out;
    }

    private static void collect(Node n, List<WordForms> out) {
        if (n instanceof Word w && !w.isPrefix()) {
            OtherForms f = LuceneQueries.otherForms(w.text());
            if (f != null && out.stream().noneMatch(o -> o.word.equals(w.text()))) {
                out.add(new WordForms(w.text(), f));
            }
        } else if (n instanceof Not not) {
            collect(not.part(), out);
        } else if (n instanceof Or or) {
            or.parts().forEach(p -> collect(p, out));
        } else if (n instanceof And and) {
            and.parts().forEach(p -> collect(p, out));
        }
    }

    /** The word as the query writes it. */
    public String word() {
        return word;
    }

    /** The stemmed terms whose article counts decide {@link #taken}. */
    public Set<String> stems() {
        return forms.stems();
    }

    /** The forms search takes for the word in an archive of these counts (stemmed terms; empty for none). */
    public List<String> taken(FormCounts counts) {
        return List.copyOf(forms.accepted(counts));
    }
}
