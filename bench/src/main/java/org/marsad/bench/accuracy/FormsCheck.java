package org.marsad.bench.accuracy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.arabic.Affixes;
import org.marsad.arabic.BrokenPlurals;
import org.marsad.bench.data.Corpus;
import org.marsad.model.Article;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchRequest;

/**
 * The check of branch arabic29 (search behind ب/ل/ك and broken plurals), on ANT 2018-04 indexed by Marsad's own
 * index: for each pair of {@code forms29.tsv} (query word, another form of it judged by hand; or a trap, another
 * word), the share of the articles writing the form that a search for the query finds, before and after. "Before" is
 * the same word quoted ({@code "مستودع"}): a one-word phrase is exactly the word as search read it before the other
 * forms, in the same index and the same run. It also lists what the other forms add for a seeded sample of the
 * corpus's words (to be judged by hand), and the CPU time of the searches both ways.
 *
 * <p>Usage: {@code FormsCheck ANT_JSONL_GZ SCRATCH_DIR [ROUNDS]}
 */
public final class FormsCheck {
    private static final Pattern WORD = Pattern.compile("[\\u0621-\\u064A]+");
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u0652\\u0640]");

    private FormsCheck() {
    }

    record Pair(String kind, String query, String form, String how) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: FormsCheck ANT_JSONL_GZ SCRATCH_DIR [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        List<Pair> pairs = pairs();
        Corpus corpus = Corpus.ant(Path.of(args[0]));
        Map<String, Set<String>> byWord = new HashMap<>();
        Map<String, Integer> df = new TreeMap<>();
        for (Article a : corpus.articles()) {
            for (String w : words(a)) {
                byWord.computeIfAbsent(w, k -> new HashSet<>()).add(a.id());
                df.merge(w, 1, Integer::sum);
            }
        }
        Path dir = Path.of(args[1]);
        Files.createDirectories(dir);
        try (LuceneIndex index = LuceneIndex.open(dir)) {
            long t0 = System.nanoTime();
            for (Article a : corpus.articles()) {
                index.put(a);
            }
            index.commit("forms-check", 1);
            index.refresh();
            System.out.printf("indexed %d articles in %.1f s%n", index.count(), (System.nanoTime() - t0) / 1e9);
            scorePairs(index, pairs, byWord);
            sample(index, df, byWord);
            cpu(index, pairs, rounds);
        }
    }

    static List<Pair> pairs() throws IOException {
        List<Pair> out = new ArrayList<>();
        try (InputStream in = FormsCheck.class.getResourceAsStream("/org/marsad/bench/accuracy/forms29.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Pair(f[0], f[1], f[2], f[3]));
            }
        }
        return out;
    }

    static Set<String> words(Article a) {
        Set<String> out = new HashSet<>();
        add(a.title(), out);
        for (String p : a.body()) {
            add(p, out);
        }
        return out;
    }

    private static void add(String text, Set<String> out) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(MARKS.matcher(text).replaceAll(""));
        while (m.find()) {
            out.add(m.group());
        }
    }

    private static Set<String> hits(LuceneIndex index, String query) {
        return new HashSet<>(index.matchingIds(SearchRequest.of(query)));
    }

    // The articles writing the form, with or without the article ال before it.
    private static Set<String> writing(Map<String, Set<String>> byWord, String form) {
        Set<String> out = new HashSet<>(byWord.getOrDefault(form, Set.of()));
        out.addAll(byWord.getOrDefault("ال" + form, Set.of()));
        return out;
    }

    static void scorePairs(LuceneIndex index, List<Pair> pairs, Map<String, Set<String>> byWord) {
        Map<String, double[]> byKind = new TreeMap<>();
        int trapsReached = 0;
        int traps = 0;
        for (Pair p : pairs) {
            Set<String> want = writing(byWord, p.form());
            Set<String> before = hits(index, "\"" + p.query() + "\"");
            Set<String> after = hits(index, p.query());
            long b = want.stream().filter(before::contains).count();
            long a = want.stream().filter(after::contains).count();
            String line = String.format("%s\t%s\t%s\t%s\tarticles %d\tfound before %d\tafter %d\t(hits %d → %d)",
                    p.kind(), p.how(), p.query(), p.form(), want.size(), b, a, before.size(), after.size());
            System.out.println(line);
            if (want.isEmpty()) {
                continue;
            }
            if (p.kind().equals("trap")) {
                traps++;
                if (a > b) {
                    trapsReached++;
                }
                continue;
            }
            double[] s = byKind.computeIfAbsent(p.how(), k -> new double[5]);
            s[0]++;
            s[1] += (double) b / want.size();
            s[2] += (double) a / want.size();
            s[3] += b == want.size() ? 1 : 0;
            s[4] += a == want.size() ? 1 : 0;
        }
        double[] all = new double[5];
        for (Map.Entry<String, double[]> e : byKind.entrySet()) {
            double[] s = e.getValue();
            System.out.printf("recall %s: pairs %d, mean share found before %.3f after %.3f, all found before %d after"
                    + " %d%n", e.getKey(), (int) s[0], s[1] / s[0], s[2] / s[0], (int) s[3], (int) s[4]);
            for (int i = 0; i < 5; i++) {
                all[i] += s[i];
            }
        }
        System.out.printf("recall all: pairs %d, mean share found before %.3f after %.3f, all found before %d after"
                + " %d%n", (int) all[0], all[1] / all[0], all[2] / all[0], (int) all[3], (int) all[4]);
        System.out.printf("traps reached: %d of %d%n", trapsReached, traps);
    }

    /**
     * For a seeded sample of the corpus's words (in at least 3 articles, not beginning with ال), the forms the new
     * search reaches that the old did not: the words of the newly found articles that are a clitic + the word, the
     * word without a clitic, or a pattern's other number. Printed for judging by hand; nothing is scored here.
     */
    static void sample(LuceneIndex index, Map<String, Integer> df, Map<String, Set<String>> byWord) {
        List<String> words = df.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getKey().length() >= 3
                && !e.getKey().startsWith("ال")).map(Map.Entry::getKey).toList();
        Random r = new Random(2929);
        int shown = 0;
        int tried = 0;
        while (shown < 40 && tried < 2000) {
            tried++;
            String w = words.get(r.nextInt(words.size()));
            Set<String> fresh = hits(index, w);
            fresh.removeAll(hits(index, "\"" + w + "\""));
            if (fresh.isEmpty()) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            for (String p : Affixes.PREPOSITION_CLITICS) {
                forms.add(p + w);
                if (w.startsWith(p)) {
                    forms.add(w.substring(p.length()));
                }
            }
            forms.addAll(BrokenPlurals.otherNumber(w));
            List<String> seen = new ArrayList<>();
            for (String f : forms) {
                Set<String> in = writing(byWord, f);
                in.retainAll(fresh);
                if (!in.isEmpty()) {
                    seen.add(f + " (" + in.size() + ")");
                }
            }
            shown++;
            System.out.printf("sample\t%s\t%d new articles\t%s%n", w, fresh.size(), seen);
        }
        System.out.printf("sample: %d words with new articles among %d tried%n", shown, tried);
    }

    private static long cpuNanos() {
        return (long) (org.marsad.bench.ProcessCpu.seconds().orElse(0) * 1e9);
    }

    /** CPU time of the pairs' searches (a page of 10 by relevance), the quoted (old) and the plain way alternating. */
    static void cpu(LuceneIndex index, List<Pair> pairs, int rounds) {
        // the process's CPU: a search may run parts of itself on the spare cores' threads
        long[] ns = new long[2];
        for (int round = 0; round < rounds + 2; round++) {
            for (int way = 0; way < 2; way++) {
                int w = (round % 2 == 0) ? way : 1 - way;
                long t = cpuNanos();
                for (Pair p : pairs) {
                    String q = w == 0 ? "\"" + p.query() + "\"" : p.query();
                    index.search(SearchRequest.of(q));
                }
                if (round >= 2) {
                    ns[w] += cpuNanos() - t;
                }
            }
        }
        int n = pairs.size() * rounds;
        if (ns[0] <= 0) {
            System.out.println("search CPU: the process CPU time cannot be read here");
            return;
        }
        System.out.printf("search CPU per query: quoted (old reading) %.1f µs, plain (with other forms) %.1f µs,"
                + " ratio %.2f (%d searches each, first 2 rounds not counted)%n", ns[0] / 1e3 / n, ns[1] / 1e3 / n,
                (double) ns[1] / ns[0], n);
    }
}
