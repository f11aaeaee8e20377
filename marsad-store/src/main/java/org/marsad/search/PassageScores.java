package org.marsad.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighter's passage score (BM25-like: each distinct term's frequency in the passage, weighted by its
 * rarity in the document, times a bonus for passages near the start), counted without the hash table the stock
 * scorer allocates for every passage. A passage holds a handful of matches, so distinct terms are found by
 * comparing them with the ones already seen.
 */
final class PassageScores extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] docFreqs = passage.getMatchTermFreqsInDoc();
        float score = 0;
        for (int i = 0; i < n; i++) {
            if (seenBefore(terms, i)) {
                continue;
            }
            int inPassage = 1;
            for (int j = i + 1; j < n; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    inPassage++;
                }
            }
            score += tf(inPassage, passage.getLength()) * weight(contentLength, docFreqs[i]);
        }
        return score * norm(passage.getStartOffset());
    }

    private static boolean seenBefore(BytesRef[] terms, int i) {
        for (int j = 0; j < i; j++) {
            if (terms[j].bytesEquals(terms[i])) {
                return true;
            }
        }
        return false;
    }
}
