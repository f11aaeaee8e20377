package org.marsad.bench;

/**
 * The sizes in which quick mode ({@code bench/run --quick}) differs from the full run, in one table that the parts
 * read through {@link Context#size(QuickSizes)}. bench/README.md's "Quick mode" table lists the same rows
 * (QuickSizesTest holds the two together), so what quick mode shrinks is written in one place and stated in the
 * report ({@code run.quick_sizes}).
 */
public enum QuickSizes {
    /** Articles of the bench corpus the ingest_search, load and stories parts build (one archive, reused by load). */
    CORPUS_ARTICLES("ingest_search, load, stories", "bench corpus articles", 5_000, 100_000,
            "ingest articles/s and steady CPU per article (2,500 after the JIT); search p50/p99 on an index a "
                    + "twentieth the size"),
    /** Closed-loop HTTP clients of ingest_search's web figure. */
    WEB_CLIENTS("ingest_search", "HTTP clients", 4, 16,
            "requests/s against Lucene on as many threads; not the contention of 16 clients"),
    /** Seconds of ingest_search's web load. */
    WEB_LOAD_S("ingest_search", "seconds of web load", 5, 30,
            "requests/s and p99 of a few thousand requests per route"),
    /** Publishing rounds of 20 pages in the freshness part. */
    FRESHNESS_ROUNDS("freshness", "rounds of 20 pages", 5, 20,
            "p50 over 100 articles; p99 is about the worst of them"),
    /** Articles of the stored-by-another-process freshness detail. */
    FRESHNESS_STORED("freshness", "articles stored by another process", 20, 50,
            "p50 of the server's catch-up tick (200 ms); p99 is the worst of 20"),
    /** Scrapinghub test-split pages the peer extractors run on (Marsad scores every page in both modes). */
    PEER_PAGES("extraction", "pages for the peers", 30, Integer.MAX_VALUE,
            "peer F1 on 30 of the 62 test pages (Marsad's F1 is on every page in both modes)"),
    /** Timed passes of the entity tagger's speed figure. */
    TAGGER_PASSES("entities", "speed passes", 3, 10,
            "tokens/CPU-s over 3 passes; every F1 is on the whole split in both modes"),
    /** Seconds of the load part's measured round. */
    LOAD_S("load", "seconds of load", 10, 60,
            "errors (must be 0), p99 and heap growth between two rounds"),
    /** Headline-word queries the ingest_search and load parts search with. */
    QUERIES("ingest_search, load", "headline-word queries", 300, 1_000,
            "p50 and p99 over 300 queries (p99: the third worst)"),
    /** Articles matched against the registered watches. */
    WATCH_ARTICLES("watches", "articles matched", 200, 2_000,
            "articles/CPU-s over 200 articles; mismatches (must be 0) over the baseline's 200 and 20"),
    /** Articles saved for the watch delivery latency (each one a webhook). */
    DELIVERY_ARTICLES("watches", "articles delivered", 50, 500,
            "p50; p99 is the worst of 50"),
    /** Characters of corpus paragraphs the micro benchmarks read. */
    MICRO_PARAGRAPH_CHARS("micro", "paragraph characters", 100_000, 400_000,
            "MB/CPU-s of every text benchmark on a quarter of the full sample"),
    /** HTML pages of the micro benchmarks' HTML sample. */
    MICRO_HTML_PAGES("micro", "HTML pages", 20, 60,
            "MB/CPU-s over the 6 Arabic pages and 14 scrapinghub pages"),
    /** Raw text pages of the micro benchmarks' page sample. */
    MICRO_TEXT_PAGES("micro", "text pages", 50, 200,
            "MB/CPU-s of raw text extraction over 50 pages"),
    /** Mutated inputs of the fuzz part. */
    FUZZ_INPUTS("fuzz", "mutated inputs", 600, 6_000,
            "crashes and hangs (must be 0) on 600 inputs: a smoke test, not a search");

    private final String parts;
    private final String what;
    private final int quick;
    private final int full;
    private final String quickShows;

    QuickSizes(String parts, String what, int quick, int full, String quickShows) {
        this.parts = parts;
        this.what = what;
        this.quick = quick;
        this.full = full;
        this.quickShows = quickShows;
    }

    /** The parts (report.json section keys) that read this size. */
    public String parts() {
        return parts;
    }

    /** What is counted. */
    public String what() {
        return what;
    }

    /** The value with {@code --quick}. */
    public int quick() {
        return quick;
    }

    /** The value of the full run ({@link Integer#MAX_VALUE}: all). */
    public int full() {
        return full;
    }

    /** What the quick figures read at this size still show, and what they do not. */
    public String quickShows() {
        return quickShows;
    }
}
