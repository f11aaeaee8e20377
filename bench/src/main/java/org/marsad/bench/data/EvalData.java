package org.marsad.bench.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the evaluation data lives: $MARSAD_EVAL_DIR, else ../shared/eval beside the repository. A user's clone has
 * neither, and every part that needs it says so and is skipped.
 */
public record EvalData(Path dir) {

    /** Resolves the evaluation directory for a repository root; empty when it does not exist. */
    public static Optional<EvalData> locate(Path repoRoot, String override) {
        Path candidate = override != null && !override.isBlank()
                ? Path.of(override)
                : repoRoot.toAbsolutePath().normalize().resolveSibling("shared").resolve("eval");
        return Files.isDirectory(candidate) ? Optional.of(new EvalData(candidate)) : Optional.empty();
    }

    public Path antArticles() {
        return dir.resolve("ant-2018-04/ant_v2.1_2018-04.jsonl.gz");
    }

    public Path antNearDupPairs() {
        return dir.resolve("ant-2018-04/neardup_pairs_2018-04.tsv");
    }

    public Path antUrlDuplicates() {
        return dir.resolve("ant-2018-04/exact_url_duplicate_groups_2018-04.tsv");
    }

    public Path scrapinghub() {
        return dir.resolve("scrapinghub");
    }

    public Path arabicPages() {
        return dir.resolve("arabic-pages");
    }

    public Path seed() {
        return dir.resolveSibling("seed");
    }

    /**
     * ANERcorp (train.txt, test.txt) for the entity tagger: $MARSAD_NER_DIR, else data/ner/anercorp beside the
     * evaluation directory.
     */
    public Path anercorp() {
        String override = System.getenv("MARSAD_NER_DIR");
        return override != null && !override.isBlank() ? Path.of(override)
                : dir.resolveSibling("data").resolve("ner").resolve("anercorp");
    }

    public boolean has(Path p) {
        return Files.exists(p);
    }
}
