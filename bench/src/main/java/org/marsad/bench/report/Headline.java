package org.marsad.bench.report;

/**
 * One row of the headline table: a Marsad figure next to its baseline measured in the same run.
 *
 * @param metric        what is measured, for humans ("ingest throughput")
 * @param unit          unit of both values ("articles/s", "ms", "F1")
 * @param value         Marsad's figure
 * @param baselineName  what it is compared with ("Lucene indexing alone"), or null when there is no baseline
 * @param baseline      the baseline's figure, or NaN
 * @param higherIsBetter whether a larger value is better (throughput, F1) or worse (latency)
 */
public record Headline(String metric, String unit, double value, String baselineName, double baseline,
                       boolean higherIsBetter) {

    /** value / baseline, NaN when undefined. */
    public double ratio() {
        return Figures.ratioOf(value, baseline);
    }
}
