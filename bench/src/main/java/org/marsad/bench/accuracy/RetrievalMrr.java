package org.marsad.bench.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.bench.data.Corpus;
import org.marsad.bench.e2e.LuceneBaseline;
import org.marsad.model.Article;

/**
 * Cross-outlet retrieval on the ANT corpus: one outlet's headline is the query, another outlet's copy of the same
 * story (a cross-outlet pair of the near-duplicate list) is the target; MRR@10 over both directions of every pair.
 * The query's own article is left out of its ranking.
 */
public final class RetrievalMrr {

    /** One query and the document it should find. */
    public record Task(String queryDocno, String query, String targetDocno) {
    }

    /** MRR@10, the share of targets in the top 10 (recall@10), and the number of queries. */
    public record Result(int queries, double mrrAt10, double recallAt10) {
    }

    private RetrievalMrr() {
    }

    /** Both directions of every cross-outlet pair whose two articles are in the corpus. */
    public static List<Task> tasks(Path nearDupPairsTsv, Corpus corpus) throws IOException {
        List<Task> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(nearDupPairsTsv, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (f.length < 7 || !f[2].equals("cross_outlet")) {
                continue;
            }
            Article a = corpus.byDocno(f[3]);
            Article b = corpus.byDocno(f[5]);
            if (a == null || b == null || a.title() == null || b.title() == null) {
                continue;
            }
            out.add(new Task(f[3], a.title(), f[5]));
            out.add(new Task(f[5], b.title(), f[3]));
        }
        return out;
    }

    /** Indexes the corpus with the analyzer (title and body, like the search baseline) and scores the tasks. */
    public static Result evaluate(Analyzer analyzer, Corpus corpus, List<Task> tasks, Path indexDir)
            throws IOException {
        try (LuceneBaseline index = new LuceneBaseline(indexDir, analyzer)) {
            index.index(corpus.articles());
            return score(tasks, t -> index.search(t.query(), 11));
        }
    }

    /** Ranks for a task: the ids of the top hits, best first. */
    @FunctionalInterface
    public interface Ranker {
        List<String> rank(Task t) throws IOException;
    }

    /** MRR@10 of a ranker over the tasks; the query's own document is removed before cutting at 10. */
    public static Result score(List<Task> tasks, Ranker ranker) throws IOException {
        double rr = 0;
        int hits = 0;
        for (Task t : tasks) {
            List<String> ids = new ArrayList<>(ranker.rank(t));
            ids.remove(t.queryDocno());
            int rank = ids.subList(0, Math.min(10, ids.size())).indexOf(t.targetDocno());
            if (rank >= 0) {
                rr += 1.0 / (rank + 1);
                hits++;
            }
        }
        int n = tasks.size();
        return new Result(n, n == 0 ? Double.NaN : rr / n, n == 0 ? Double.NaN : (double) hits / n);
    }
}
