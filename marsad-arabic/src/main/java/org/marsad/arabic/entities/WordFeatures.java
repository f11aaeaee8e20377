package org.marsad.arabic.entities;

/**
 * What the tagger reads of one word whatever its place in a sentence: its analysis, the hashes of its stem and
 * folded form, its gazetteer prior, whether it is a title or head word, its own features (the first
 * {@link Features#OWN} of a token) and the word-only features further on in a token's array. {@link Features}
 * keeps one per word and thread, so a word repeated through the news is analysed and hashed once instead of at each
 * occurrence (feature extraction was a fifth of tagging in a profile of the tagger over ANT articles).
 *
 * <p>It also holds the summed weights of its own features for one {@link PairedWeights} table, filled on first use
 * by that table (see {@link PairedWeights#firstStage}): owned by one thread, like the memo that keeps it.
 */
final class WordFeatures {
    final Word word;
    final long stemHash;
    final long wordHash;
    /** The gazetteer's prior code of the stem, or -1. */
    final int prior;
    /** Whether the stem is a title word announcing a person (الرئيس، الوزير). */
    final boolean title;
    /** Whether the stem is a head word opening an organisation or place (وزارة، جامعة). */
    final boolean head;
    /** The hash of the proclitics (a feature of the next token too). */
    final long cliticsHash;
    /** The hash of the stem's last letter (a feature of the previous token). */
    final long lastLetterHash;
    /** The token's own features: {@link Features#OWN} hashes, in the order of a token's array. */
    final long[] own;
    /** The other features of the word alone, in the order they take later in a token's array. */
    final long cliticsAndEnd;
    final long fourLetterEnd;
    final long fourLetterStart;

    /** The number of the table {@link #sums} belongs to (0: none yet; a number, so that no old table is kept alive). */
    int sumsOf;
    /** {@link #own}'s summed weights by {@link #sumsOf}: the first stage's labels, then the second's. */
    float[] sums;

    WordFeatures(Word word, Gazetteer gazetteer, boolean title, boolean head) {
        this.word = word;
        String s = word.stem();
        int len = s.length();
        this.stemHash = Features.fnv(s);
        this.wordHash = Features.fnv(word.folded());
        this.prior = gazetteer.prior(s);
        this.title = title;
        this.head = head;
        this.cliticsHash = Features.fnv(word.clitics());
        this.lastLetterHash = Features.fnv(s, Math.max(0, len - 1), len);
        long twoLetterEnd = Features.fnv(s, Math.max(0, len - 2), len);
        this.own = new long[] {
            Features.mix(0, 0),
            Features.mix(1, wordHash),
            Features.mix(2, stemHash),
            Features.mix(3, cliticsHash),
            Features.mix(4, lastLetterHash),
            Features.mix(5, twoLetterEnd),
            Features.mix(6, Features.fnv(s, Math.max(0, len - 3), len)),
            Features.mix(7, Features.fnv(s, 0, Math.min(len, 2))),
            Features.mix(8, Features.fnv(s, 0, Math.min(len, 3))),
            Features.mix(9, word.shape()),
            Features.mix(10, Math.min(len, 10)),
            Features.mix(11, Features.fnv(word.key())),
        };
        this.cliticsAndEnd = Features.mix(32, cliticsHash * 31 + twoLetterEnd);
        this.fourLetterEnd = Features.mix(46, Features.fnv(s, Math.max(0, len - 4), len));
        this.fourLetterStart = Features.mix(47, Features.fnv(s, 0, Math.min(len, 4)));
    }
}
