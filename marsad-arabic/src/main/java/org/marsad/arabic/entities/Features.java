package org.marsad.arabic.entities;

import java.util.List;
import java.util.Set;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.Proclitics;

/**
 * The features of each token of a sentence, as 64-bit hashes (the model stores hashes, not strings): the word and
 * its stem, its proclitics, stem prefixes and suffixes, shape and length, its name-variant key, the words and stems
 * around it, gazetteer evidence for it and its neighbours, and whether a title word (الرئيس، الوزير، الشيخ) comes
 * before it.
 */
final class Features {
    /** Title words that announce a person's name, compared as stems. */
    private static final Set<String> TITLES = stems("الرئيس الرئيسة رئيس الوزير وزير وزيرة الشيخ السيد السيدة"
            + " الملك الملكة الأمير الأميرة الزعيم الجنرال العقيد اللواء العميد العماد المشير الدكتور المستشار"
            + " النائب السفير المبعوث الناطق المتحدث الأمين البابا الإمام القاضي المدرب اللاعب الكاتب المخرج"
            + " الفنان الفنانة المطرب المطربة الممثل الممثلة الشاعر الروائي الصحفي المرشح المحامي الرئيسان"
            + " قائد زعيم مدير المدير المفوض الحاخام الكاردينال الأسقف السلطان الخليفة الرئيسين نجم النجم"
            + " النجمة المذيعة المذيع الممثلتان الممثلان المغني المغنية الملحن المطرب المنتج الرسام الأديب"
            + " إخراج تأليف بطولة بطلته الكابتن الحارس المهاجم المدافع الظهير المحافظ رئيسة رئيس القس الشيخة"
            + " العاهل ولي النجمان الداعية المفتي الوزيرة");
    /** Head words that open names of organisations and places, compared as stems. */
    private static final Set<String> HEADS = stems("شركة وزارة حزب حركة جامعة منظمة مجلس وكالة صحيفة جريدة"
            + " مجموعة هيئة اتحاد جمعية بنك مصرف نادي منتخب جبهة مؤسسة معهد محكمة برلمان مدينة بلدة ولاية"
            + " جزيرة جزر نهر بحر جبل جبال محافظة إقليم منطقة قرية مخيم مطار ميناء دولة جمهورية مملكة إمارة");

    /**
     * Positions (in each token's feature array) of the features that name the word itself or what the gazetteer
     * knows of it: the trainer hides them now and then (see {@link TaggerTraining.Options#dropout}).
     */
    static final int[] LEXICAL = {1, 2, 11, 18, 19, 20, 23, 34, 35};

    /**
     * How many features open each token's array that depend on its {@link Word} alone (not on its neighbours or
     * place): the bias, the word, its stem, clitics, affixes, shape, length and key. The decoder sums them first,
     * so it may remember their sums per word ({@link PairedWeights}).
     */
    static final int OWN = 12;

    /** How many features each token has (its array's length; 0 where a template has nothing to say). */
    static final int PER_TOKEN = 45;

    private Features() {
    }

    private static Set<String> stems(String words) {
        java.util.HashSet<String> out = new java.util.HashSet<>();
        for (String w : words.split(" ")) {
            out.add(ArabicNormalizer.search(Proclitics.strip(Proclitics.bare(w), x -> false)));
        }
        return Set.copyOf(out);
    }

    /**
     * Words per generation of a thread's memo: it keeps the words of the current generation and of the one before
     * (at most twice this many, about 20 MB), so that the day's frequent words outlive a generation's end. Over the
     * 4,798 ANT articles in order, 11% of tokens missed the memo, against 19% when one generation of this size was
     * cleared when full.
     */
    private static final int MEMO_WORDS = 16_384;

    /** A thread's analysed words, for one gazetteer (a word's analysis depends on it and on nothing else). */
    private static final class Memo {
        Gazetteer gazetteer;
        java.util.HashMap<String, WordFeatures> words = new java.util.HashMap<>();
        java.util.HashMap<String, WordFeatures> older = new java.util.HashMap<>();

        WordFeatures get(String token) {
            WordFeatures w = words.get(token);
            if (w != null) {
                return w;
            }
            w = older.get(token);
            if (w == null) {
                w = of(Word.of(token, gazetteer::isWhole), gazetteer);
            }
            if (words.size() >= MEMO_WORDS) {
                older = words;
                words = new java.util.HashMap<>();
            }
            words.put(token, w);
            return w;
        }
    }

    // Word.of and the word's hashes are pure given the gazetteer, and news text repeats its words (function words,
    // the names of the day): a token is analysed once per thread instead of once per occurrence (Word.of was 14% of
    // tagging's samples in a profile of the shipped tagger over 800 news articles, and a third of that with the
    // memo; hashing and the gazetteer and title look-ups a further tenth of tagging over ANT articles).
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    /** Analyses a sentence's tokens. */
    static Word[] words(List<String> tokens, Gazetteer gazetteer) {
        WordFeatures[] analysed = analyse(tokens, gazetteer);
        Word[] out = new Word[analysed.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = analysed[i].word;
        }
        return out;
    }

    /**
     * Analyses a sentence's tokens with what the features read of each word alone; each distinct token is analysed
     * once per thread (the result's entries are the thread's own: see {@link WordFeatures}).
     */
    static WordFeatures[] analyse(List<String> tokens, Gazetteer gazetteer) {
        Memo memo = MEMO.get();
        if (memo.gazetteer != gazetteer) {
            memo.gazetteer = gazetteer;
            memo.words.clear();
            memo.older.clear();
        }
        WordFeatures[] out = new WordFeatures[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = memo.get(tokens.get(i));
        }
        return out;
    }

    private static WordFeatures of(Word w, Gazetteer gazetteer) {
        return new WordFeatures(w, gazetteer, TITLES.contains(w.stem()), HEADS.contains(w.stem()));
    }

    /**
     * The features of every token: {@code result[i]} holds token i's feature hashes, one per template in a fixed
     * order (0 where a template has nothing to say).
     */
    static long[][] extract(Word[] words, Gazetteer gazetteer) {
        WordFeatures[] analysed = new WordFeatures[words.length];
        for (int i = 0; i < words.length; i++) {
            analysed[i] = of(words[i], gazetteer);
        }
        return extract(analysed, gazetteer);
    }

    /** As {@link #extract(Word[], Gazetteer)}, of words analysed with {@code gazetteer} ({@link #analyse}). */
    static long[][] extract(WordFeatures[] analysed, Gazetteer gazetteer) {
        long[] flat = extract(analysed, gazetteer, new long[0]);
        long[][] out = new long[analysed.length][];
        for (int i = 0; i < out.length; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * PER_TOKEN, (i + 1) * PER_TOKEN);
        }
        return out;
    }

    /**
     * The features of every token, token after token in one array: token i's {@link #PER_TOKEN} hashes at
     * {@code i * PER_TOKEN}, in the order of {@link #extract(Word[], Gazetteer)}. Written into {@code into} when it is
     * large enough (every slot of the sentence is written), else into a new array; the array used is returned. The
     * decoder reuses one array for a document's sentences: an array per token was a third of the tagger's
     * allocation.
     */
    static long[] extract(WordFeatures[] analysed, Gazetteer gazetteer, long[] into) {
        int n = analysed.length;
        long[] f = into.length >= n * PER_TOKEN ? into : new long[n * PER_TOKEN];
        Word[] words = new Word[n];
        String[] stems = new String[n];
        long[] stemHash = new long[n];
        long[] wordHash = new long[n];
        boolean[] title = new boolean[n];
        for (int i = 0; i < n; i++) {
            words[i] = analysed[i].word;
            stems[i] = words[i].stem();
            stemHash[i] = analysed[i].stemHash;
            wordHash[i] = analysed[i].wordHash;
            title[i] = analysed[i].title;
        }
        int[] names = gazetteer.matchNames(stems);
        int[] listed = Lexicon.shipped().match(words);
        int[] trigger = triggers(words, stems, title);
        for (int i = 0; i < n; i++) {
            WordFeatures a = analysed[i];
            Word w = words[i];
            int prior = a.prior;
            int previousPrior = i > 0 ? analysed[i - 1].prior : -1;
            System.arraycopy(a.own, 0, f, i * PER_TOKEN, OWN);
            int k = i * PER_TOKEN + OWN;
            f[k++] = mix(12, at(stemHash, i - 1));
            f[k++] = mix(13, at(stemHash, i + 1));
            f[k++] = mix(14, at(stemHash, i - 2));
            f[k++] = mix(15, at(stemHash, i + 2));
            f[k++] = mix(16, at(wordHash, i - 1));
            f[k++] = mix(17, at(wordHash, i + 1));
            f[k++] = mix(18, at(stemHash, i - 1) * 31 + stemHash[i]);
            f[k++] = mix(19, stemHash[i] * 31 + at(stemHash, i + 1));
            f[k++] = known(20, prior);
            f[k++] = known(21, previousPrior);
            f[k++] = known(22, i + 1 < n ? analysed[i + 1].prior : -1);
            f[k++] = known(23, names[i]);
            f[k++] = known(24, i > 0 ? names[i - 1] : -1);
            f[k++] = known(25, i + 1 < n ? names[i + 1] : -1);
            f[k++] = mix(26, i > 0 && title[i - 1] ? 1 : 0);
            f[k++] = mix(27, i > 1 && title[i - 2] ? 1 : 0);
            f[k++] = mix(28, i > 0 && analysed[i - 1].head ? 1 : 0);
            f[k++] = mix(29, a.head ? 1 : 0);
            f[k++] = mix(30, at(stemHash, i - 1) * 31 + at(stemHash, i + 1));
            f[k++] = mix(31, (i > 0 ? words[i - 1].shape() : 9) * 100 + w.shape() * 10
                    + (i + 1 < n ? words[i + 1].shape() : 9));
            f[k++] = a.cliticsAndEnd;
            f[k++] = mix(33, i > 0 ? analysed[i - 1].cliticsHash : 7);
            f[k++] = prior < 0 ? 0 : mix(34, prior * 1000L + (i > 0 ? previousPrior : -2));
            f[k++] = names[i] < 0 ? 0 : mix(35, names[i] * 1000L + (i > 0 && title[i - 1] ? 1 : 0));
            f[k++] = mix(36, listed[i]);
            f[k++] = mix(37, i > 0 ? listed[i - 1] : -1);
            f[k++] = mix(38, i + 1 < n ? listed[i + 1] : -1);
            f[k++] = mix(39, trigger[i]);
            f[k++] = mix(40, i == 0 ? 1 : 0);
            f[k++] = mix(41, i + 1 < n ? analysed[i + 1].lastLetterHash : 3);
            f[k++] = mix(42, listed[i] * 64L + (i > 0 ? listed[i - 1] : 63));
            // four-letter stem ends: the endings of foreign names (ـوفسكي, ـيتش, ـستان) and of Arabic words differ
            // most there, and unlike the stem they still speak for a name never seen in training
            f[k++] = a.fourLetterEnd;
            f[k++] = a.fourLetterStart;
            if (k != (i + 1) * PER_TOKEN) {
                throw new IllegalStateException("a token has " + (k - i * PER_TOKEN) + " features, not " + PER_TOKEN);
            }
        }
        return f;
    }

    /**
     * For each token, how far back (1 to 3) the nearest title word is when only adjectives of the title stand
     * between (الرئيس اللبناني إميل: the nisba words ending in ي), else 0.
     */
    private static int[] triggers(Word[] words, String[] stems, boolean[] title) {
        int[] out = new int[words.length];
        for (int i = 1; i < words.length; i++) {
            for (int d = 1; d <= 3 && i - d >= 0; d++) {
                int j = i - d;
                if (title[j]) {
                    out[i] = d;
                    break;
                }
                String s = stems[j];
                boolean adjective = words[j].clitics().endsWith("ال") && (s.endsWith("ي") || s.endsWith("يه"));
                if (!adjective) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * A gazetteer feature, or 0 (no feature) when the gazetteer knows nothing: absence must not become evidence,
     * or the tagger learns that an unknown word is no name.
     */
    private static long known(int template, int code) {
        return code < 0 ? 0 : mix(template, code);
    }

    private static long at(long[] hashes, int i) {
        return i < 0 ? 0x5555L : i >= hashes.length ? 0xAAAAL : hashes[i];
    }

    static long fnv(String s) {
        return fnv(s, 0, s.length());
    }

    /**
     * {@link #fnv(String)} of {@code s.substring(from, to)}, without making the substring (a token's affix features
     * made nine substrings per token, a tenth of feature extraction's samples in an ingest profile).
     */
    static long fnv(String s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A well-spread 64-bit hash of (template, value); never 0 (the table's empty slot). */
    static long mix(int template, long value) {
        long z = value * 0x9E3779B97F4A7C15L + template * 0xC2B2AE3D27D4EB4FL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z == 0 ? 1 : z;
    }
}
