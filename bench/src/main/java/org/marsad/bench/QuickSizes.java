package org.marsad.bench;

/**
 * The sizes in which quick mode ({@code bench/run --quick}) differs from the full run, in one table that the parts
 * read through {@link Context#size(QuickSizes)}. bench/README.md's "Quick mode" table lists the same rows
 * (QuickSizesTest holds the two together), so what quick mode shrinks is written in one place and stated in the
 * report ({@code run.quick_sizes}).
 */
public enum QuickSizes {
    /** Articles of the bench corpus the ingest_search, load and stories parts build (one archive, reused by load). */
    CORPUS_ARTICLES("ingest_search, load, stories", "bench corpus articles", 5_000, 100_000),
    /** Closed-loop HTTP clients of ingest_search's web figure. */
    WEB_CLIENTS("ingest_search", "HTTP clients", 4, 16),
    /** Seconds of ingest_search's web load. */
    WEB_LOAD_S("ingest_search", "seconds of web load", 5, 30),
    /** Publishing rounds of 20 pages in the freshness part. */
    FRESHNESS_ROUNDS("freshness", "rounds of 20 pages", 5, 20),
    /** Articles of the stored-by-another-process freshness detail. */
    FRESHNESS_STORED("freshness", "articles stored by another process", 20, 50),
    /** Scrapinghub test-split pages the peer extractors run on (Marsad scores every page in both modes). */
    PEER_PAGES("extraction", "pages for the peers", 30, Integer.MAX_VALUE),
    /** Timed passes of the entity tagger's speed figure. */
    TAGGER_PASSES("entities", "speed passes", 3, 10),
    /** Seconds of the load part's measured round. */
    LOAD_S("load", "seconds of load", 10, 60),
    /** Headline-word queries the ingest_search and load parts search with. */
    QUERIES("ingest_search, load", "headline-word queries", 300, 1_000),
    /** Articles matched against the registered watches. */
    WATCH_ARTICLES("watches", "articles matched", 200, 2_000),
    /** Articles saved for the watch delivery latency (each one a webhook). */
    DELIVERY_ARTICLES("watches", "articles delivered", 50, 500),
    /** Characters of corpus paragraphs the micro benchmarks read. */
    MICRO_PARAGRAPH_CHARS("micro", "paragraph characters", 100_000, 400_000),
    /** HTML pages of the micro benchmarks' HTML sample. */
    MICRO_HTML_PAGES("micro", "HTML pages", 20, 60),
    /** Raw text pages of the micro benchmarks' page sample. */
    MICRO_TEXT_PAGES("micro", "text pages", 50, 200),
    /** Mutated inputs of the fuzz part. */
    FUZZ_INPUTS("fuzz", "mutated inputs", 600, 6_000);

    private final String parts;
    private final String what;
    private final int quick;
    private final int full;

    QuickSizes(String parts, String what, int quick, int full) {
        this.parts = parts;
        this.what = what;
        this.quick = quick;
        this.full = full;
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
}
