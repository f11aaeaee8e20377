package org.marsad.bench.accuracy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.entities.LabelledCorpus;

/**
 * The entity tagger's baseline: a dictionary of the names annotated in the training corpus (search-folded token
 * sequences, each with its most frequent type), kept when at least half of their occurrences are annotated, and
 * tagged by longest match. It shows what memorising the training names alone reaches, and what a plain lookup costs.
 */
public final class DictionaryTagger {
    private static final int MAX = 6;
    private final Map<String, String> names;

    private DictionaryTagger(Map<String, String> names) {
        this.names = names;
    }

    public static DictionaryTagger train(LabelledCorpus corpus) {
        Map<String, Map<String, Integer>> types = new HashMap<>();
        for (LabelledCorpus.Sentence s : corpus.sentences()) {
            List<String> tags = s.tags();
            for (int i = 0; i < tags.size(); i++) {
                if (tags.get(i).startsWith("B-")) {
                    int j = i + 1;
                    while (j < tags.size() && tags.get(j).startsWith("I-")) {
                        j++;
                    }
                    if (j - i <= MAX) {
                        types.computeIfAbsent(key(s.tokens(), i, j), k -> new HashMap<>())
                                .merge(tags.get(i).substring(2), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Integer> occurrences = new HashMap<>();
        for (LabelledCorpus.Sentence s : corpus.sentences()) {
            for (int i = 0; i < s.tokens().size(); i++) {
                for (int j = i + 1; j <= Math.min(s.tokens().size(), i + MAX); j++) {
                    String k = key(s.tokens(), i, j);
                    if (types.containsKey(k)) {
                        occurrences.merge(k, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, String> names = new HashMap<>();
        types.forEach((k, byType) -> {
            int annotated = byType.values().stream().mapToInt(Integer::intValue).sum();
            if (annotated * 2 >= occurrences.getOrDefault(k, annotated)) {
                names.put(k, byType.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            }
        });
        return new DictionaryTagger(names);
    }

    /** BIO tags for one sentence's tokens. */
    public List<String> tag(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            String type = null;
            int len = Math.min(MAX, tokens.size() - i);
            for (; len >= 1; len--) {
                type = names.get(key(tokens, i, i + len));
                if (type != null) {
                    break;
                }
            }
            if (type == null) {
                out.add("O");
                i++;
                continue;
            }
            for (int k = 0; k < len; k++) {
                out.add((k == 0 ? "B-" : "I-") + type);
            }
            i += len;
        }
        return out;
    }

    private static String key(List<String> tokens, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(ArabicNormalizer.search(tokens.get(k)));
        }
        return sb.toString();
    }
}
