package org.marsad.arabic.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Table-driven: every sentence of the fixture files (see their README) with every figure it holds, all fields
 * checked. The files are grouped by style: wire templates, Gulf, Levantine, Egyptian, Maghrebi, money and
 * percentages, and sentences with numbers that are no figures.
 */
class FigureFixturesTest {
    static final List<String> FILES = List.of("wire.txt", "gulf.txt", "levant.txt", "egypt.txt", "maghreb.txt",
            "money.txt", "negatives.txt");

    record Expected(String value, String category, String counted, String attribution, Map<String, String> extra) {
    }

    record Case(String file, int line, LocalDate ref, String sentence, List<Expected> figures) {
    }

    static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String file : FILES) {
            String content;
            try (InputStream in = FigureFixturesTest.class.getResourceAsStream(file)) {
                assertThat(in).as("fixture %s", file).isNotNull();
                content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            LocalDate ref = null;
            Case current = null;
            String[] lines = content.split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@ref ")) {
                    ref = LocalDate.parse(line.substring(5).strip());
                } else if (line.startsWith("> ")) {
                    current = new Case(file, i + 1, ref, line.substring(2), new ArrayList<>());
                    out.add(current);
                } else if (line.equals("none")) {
                    assertThat(current.figures()).as("%s:%d", file, i + 1).isEmpty();
                } else {
                    String[] f = line.split("\\|");
                    assertThat(f.length).as("%s:%d needs VALUE | CATEGORY | COUNTED | ATTRIBUTION", file, i + 1)
                            .isGreaterThanOrEqualTo(4);
                    Map<String, String> extra = new HashMap<>();
                    for (int k = 4; k < f.length; k++) {
                        String[] kv = f[k].strip().split("=", 2);
                        extra.put(kv[0], kv[1]);
                    }
                    current.figures().add(new Expected(f[0].strip(), f[1].strip(), nul(f[2]), nul(f[3]), extra));
                }
            }
        }
        return out;
    }

    private static String nul(String s) {
        String v = s.strip();
        return v.equals("-") ? null : v;
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureSentence() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.file() + ":" + c.line() + " " + c.sentence(),
                () -> check(c)));
    }

    @Test
    void hundredsOfPhrasings() throws IOException {
        List<Case> all = cases();
        assertThat(all.size()).isGreaterThanOrEqualTo(300);
        assertThat(all.stream().filter(c -> c.figures().isEmpty()).count()).isGreaterThanOrEqualTo(50);
    }

    static void check(Case c) {
        List<Figure> found = ArabicFigures.find(c.sentence(), c.ref());
        String where = c.file() + ":" + c.line() + " " + c.sentence() + "\n  found " + describe(found);
        assertThat(found).as(where).hasSize(c.figures().size());
        for (int i = 0; i < found.size(); i++) {
            Figure f = found.get(i);
            Expected e = c.figures().get(i);
            String at = where + "\n  figure " + (i + 1);
            assertThat(c.sentence().substring(f.start(), f.end())).as(at).isEqualTo(f.text());
            if (e.value().equals("vague")) {
                assertThat(f.value()).as(at + " value").isNull();
                assertThat(f.vague()).as(at + " vague").isTrue();
                assertThat(f.valueMax()).as(at + " value_max").isNull();
            } else if (e.value().contains("..")) {
                String[] r = e.value().split("\\.\\.");
                assertThat(f.value()).as(at + " value").isEqualByComparingTo(new BigDecimal(r[0]));
                assertThat(f.valueMax()).as(at + " value_max").isNotNull()
                        .isEqualByComparingTo(new BigDecimal(r[1]));
            } else {
                assertThat(f.value()).as(at + " value").isNotNull().isEqualByComparingTo(new BigDecimal(e.value()));
                assertThat(f.valueMax()).as(at + " value_max").isNull();
                assertThat(f.vague()).as(at + " vague").isFalse();
            }
            assertThat(f.category().key()).as(at + " category").isEqualTo(e.category());
            assertThat(f.counted()).as(at + " counted").isEqualTo(e.counted());
            assertThat(f.attribution()).as(at + " attribution").isEqualTo(e.attribution());
            assertThat(f.comparator() == null ? null : f.comparator().key()).as(at + " comparator")
                    .isEqualTo(e.extra().get("cmp"));
            assertThat(f.unit()).as(at + " unit").isEqualTo(e.extra().get("unit"));
            String date = e.extra().get("date");
            assertThat(f.date()).as(at + " date").isEqualTo(date == null ? c.ref() : LocalDate.parse(date));
            String since = e.extra().get("since");
            assertThat(f.since()).as(at + " since").isEqualTo(since == null ? null : LocalDate.parse(since));
            String group = e.extra().get("group");
            if (group != null) {
                assertThat(CountedGroup.of(f).key()).as(at + " group").isEqualTo(group);
            }
        }
    }

    static String describe(List<Figure> found) {
        StringBuilder sb = new StringBuilder();
        for (Figure f : found) {
            sb.append("\n    ").append(f.value() == null ? "vague" : f.value().toPlainString())
                    .append(f.valueMax() == null ? "" : ".." + f.valueMax().toPlainString())
                    .append(" | ").append(f.category().key()).append(" | ")
                    .append(f.counted() == null ? "-" : f.counted()).append(" | ")
                    .append(f.attribution() == null ? "-" : f.attribution())
                    .append(f.comparator() == null ? "" : " | cmp=" + f.comparator().key())
                    .append(f.unit() == null ? "" : " | unit=" + f.unit())
                    .append(" | date=").append(f.date()).append(f.since() == null ? "" : " | since=" + f.since())
                    .append("   «").append(f.text()).append("»");
        }
        return sb.toString();
    }
}
