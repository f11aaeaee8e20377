package org.marsad.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Report} as report.md (headline table first, then details, then the machine) and report.json. */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** Writes report.md and report.json into dir (created when missing). */
    public static void write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("report.md"), markdown(report), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.json"), JSON.writeValueAsString(json(report)) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The headline table alone, as printed at the end of a run. */
    public static String headlineTable(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("| metric | Marsad | baseline | baseline value | ratio |\n");
        sb.append("|---|---:|---|---:|---:|\n");
        for (Headline h : report.headlines()) {
            sb.append("| ").append(h.metric()).append(" (").append(h.unit()).append(") | ")
                    .append(num(h.value())).append(" | ")
                    .append(h.baselineName() == null ? "—" : h.baselineName()).append(" | ")
                    .append(Double.isNaN(h.baseline()) ? "—" : num(h.baseline())).append(" | ")
                    .append(Double.isNaN(h.ratio()) ? "—" : num(h.ratio()) + "×" + (h.higherIsBetter() ? "" : " (lower is better)"))
                    .append(" |\n");
        }
        if (report.headlines().isEmpty()) {
            sb.append("| (nothing measured) | | | | |\n");
        }
        return sb.toString();
    }

    static String markdown(Report report) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Marsad bench report\n\n");
        sb.append(headlineTable(report)).append('\n');
        sb.append("Ratios compare Marsad with a baseline measured in the same run on the same input; absolute figures "
                + "depend on the machine and its load.\n\n");
        for (Section s : report.sections()) {
            sb.append("## ").append(s.title()).append("\n\n");
            if (s.isSkipped()) {
                sb.append("Skipped: ").append(s.skipReason()).append("\n\n");
            }
            for (String n : s.notes()) {
                sb.append("- ").append(n).append('\n');
            }
            if (!s.notes().isEmpty()) {
                sb.append('\n');
            }
            if (!s.figures().isEmpty()) {
                sb.append("| figure | value |\n|---|---:|\n");
                flatten("", s.figures(), sb);
                sb.append('\n');
            }
        }
        sb.append("## Run\n\n| figure | value |\n|---|---:|\n");
        flatten("", report.run(), sb);
        sb.append("\n## Machine\n\n| figure | value |\n|---|---:|\n");
        flatten("", report.machine(), sb);
        return sb.toString();
    }

    private static void flatten(String prefix, Figures f, StringBuilder sb) {
        for (Map.Entry<String, Object> e : f.asMap().entrySet()) {
            String key = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
            Object v = e.getValue();
            if (v instanceof Figures nested) {
                flatten(key, nested, sb);
            } else {
                sb.append("| ").append(key).append(" | ").append(cell(v)).append(" |\n");
            }
        }
    }

    private static String cell(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Double || v instanceof Float) {
            return num(((Number) v).doubleValue());
        }
        return v.toString().replace("|", "\\|").replace("\n", " ");
    }

    /** A compact human rendering: about three significant digits, no exponent for ordinary magnitudes. */
    public static String num(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 100) {
            return String.format(Locale.ROOT, "%.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (a >= 0.01 || a == 0) {
            return String.format(Locale.ROOT, "%.3f", v);
        }
        return String.format(Locale.ROOT, "%.2e", v);
    }

    static ObjectNode json(Report report) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode root = nf.objectNode();
        root.set("run", node(report.run()));
        ArrayNode heads = root.putArray("headline");
        for (Headline h : report.headlines()) {
            ObjectNode o = heads.addObject();
            o.put("metric", h.metric());
            o.put("unit", h.unit());
            putNumber(o, "value", h.value());
            o.put("baseline_name", h.baselineName());
            putNumber(o, "baseline", h.baseline());
            putNumber(o, "value_ratio", h.ratio());
            o.put("higher_is_better", h.higherIsBetter());
        }
        ObjectNode sections = root.putObject("sections");
        for (Section s : report.sections()) {
            ObjectNode o = sections.putObject(s.key());
            o.put("title", s.title());
            o.put("skipped", s.isSkipped());
            if (s.isSkipped()) {
                o.put("skip_reason", s.skipReason());
            }
            putNumber(o, "seconds", s.seconds());
            ArrayNode notes = o.putArray("notes");
            s.notes().forEach(notes::add);
            o.set("figures", node(s.figures()));
        }
        root.set("machine", node(report.machine()));
        return root;
    }

    private static ObjectNode node(Figures f) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, Object> e : f.asMap().entrySet()) {
            Object v = e.getValue();
            String k = e.getKey();
            if (v == null) {
                o.putNull(k);
            } else if (v instanceof Figures nested) {
                o.set(k, node(nested));
            } else if (v instanceof Double d) {
                putNumber(o, k, d);
            } else if (v instanceof Float fl) {
                putNumber(o, k, fl);
            } else if (v instanceof Long l) {
                o.put(k, l);
            } else if (v instanceof Number n) {
                o.put(k, n.longValue());
            } else if (v instanceof Boolean b) {
                o.put(k, b);
            } else if (v instanceof List<?> list) {
                ArrayNode a = o.putArray(k);
                list.forEach(item -> a.add(String.valueOf(item)));
            } else {
                o.put(k, v.toString());
            }
        }
        return o;
    }

    private static void putNumber(ObjectNode o, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, v);
        }
    }
}
