package org.marsad.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One part of the run (micro benchmarks, ingest, accuracy…): its figures, its notes, and whether it was skipped and
 * why. A skipped section still appears in the report, so a missing number is always explained.
 */
public final class Section {
    private final String key;
    private final String title;
    private final Figures figures = new Figures();
    private final List<String> notes = new ArrayList<>();
    private String skipped;
    private double seconds = Double.NaN;

    Section(String key, String title) {
        Figures.requireKey(key);
        this.key = key;
        this.title = title;
    }

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Figures figures() {
        return figures;
    }

    /** A sentence for the details part of report.md (how it was measured, what was left out). */
    public Section note(String text) {
        notes.add(text);
        return this;
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Marks the whole section as not run, with the reason shown to the reader. */
    public Section skip(String reason) {
        this.skipped = reason;
        return this;
    }

    public boolean isSkipped() {
        return skipped != null;
    }

    public String skipReason() {
        return skipped;
    }

    public void seconds(double s) {
        this.seconds = s;
    }

    public double seconds() {
        return seconds;
    }
}
