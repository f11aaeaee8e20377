package org.marsad.bench.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything one bench run measured: run settings, headline rows, sections, and the machine it ran on. */
public final class Report {
    private final Figures run = new Figures();
    private final List<Headline> headlines = new ArrayList<>();
    private final Map<String, Section> sections = new LinkedHashMap<>();
    private Figures machine = new Figures();

    /** Settings and timing of the run itself (quick or full, data directory, duration). */
    public Figures run() {
        return run;
    }

    /** The section under key, created (in report order) when first asked for. */
    public Section section(String key, String title) {
        return sections.computeIfAbsent(key, k -> new Section(k, title));
    }

    public List<Section> sections() {
        return List.copyOf(sections.values());
    }

    public void headline(Headline h) {
        headlines.add(h);
    }

    public List<Headline> headlines() {
        return Collections.unmodifiableList(headlines);
    }

    public void machine(Figures m) {
        this.machine = m;
    }

    public Figures machine() {
        return machine;
    }
}
