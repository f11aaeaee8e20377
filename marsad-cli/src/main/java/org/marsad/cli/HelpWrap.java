package org.marsad.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * Help text wrapped at spaces only. Picocli wraps with the JDK's line break rules, which also break after "/", ".",
 * "-" and before "(": a path such as {@code ./marsad-data} or a URL came out cut in two, and could not be copied.
 * Picocli renders each section unwrapped (very wide); this wraps the result at {@link #WIDTH} columns, between
 * words, continuing a line under where its text began (an option's description, a synopsis' options).
 */
final class HelpWrap {
    static final int WIDTH = 80;
    /** Wide enough that picocli wraps nothing. */
    private static final int UNWRAPPED = 1000;

    private HelpWrap() {
    }

    /** Makes every section of {@code cl}'s help (and its subcommands') wrap at spaces only. */
    static void install(CommandLine cl) {
        cl.setUsageHelpWidth(UNWRAPPED);
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
        for (Map.Entry<String, CommandLine.IHelpSectionRenderer> e : cl.getHelpSectionMap().entrySet()) {
            CommandLine.IHelpSectionRenderer original = e.getValue();
            if (e.getKey().equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)) {
                // The synopsis follows its heading ("Usage: ") on the same line.
                sections.put(e.getKey(), help -> {
                    int heading = help.synopsisHeading().length();
                    return wrap(" ".repeat(heading) + original.render(help), WIDTH).substring(heading);
                });
            } else {
                sections.put(e.getKey(), help -> wrap(original.render(help), WIDTH));
            }
        }
        cl.setHelpSectionMap(sections);
        for (CommandLine sub : cl.getSubcommands().values()) {
            install(sub);
        }
    }

    /** Wraps each line of {@code text} longer than {@code width} at spaces. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            wrapLine(text.substring(start, end), width, out);
            if (nl >= 0) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    private static void wrapLine(String line, int width, StringBuilder out) {
        if (line.length() <= width) {
            out.append(line);
            return;
        }
        String rest = line.stripTrailing();
        String indent = " ".repeat(Math.min(continuationIndent(rest), width / 2));
        boolean first = true;
        while (true) {
            String head = first ? "" : indent;
            if (head.length() + rest.length() <= width) {
                out.append(head).append(rest);
                return;
            }
            int room = width - head.length();
            int cut = rest.lastIndexOf(' ', room);
            int from = first ? leadingSpaces(rest) : 0;
            if (cut <= from) {
                // One word longer than the room: keep it whole, past the margin.
                cut = rest.indexOf(' ', room);
                if (cut < 0) {
                    out.append(head).append(rest);
                    return;
                }
            }
            out.append(head).append(rest, 0, cut).append('\n');
            rest = rest.substring(cut).stripLeading();
            first = false;
        }
    }

    // Where the continuation of a line goes: under an option's description (the text after the first gap of two
    // or more spaces, plus two as picocli does), under a synopsis' first option (a line of `marsad ...`), else under the line's own start.
    private static int continuationIndent(String line) {
        int lead = leadingSpaces(line);
        if (line.startsWith("marsad", lead)) {
            int option = line.indexOf(" [", lead);
            return option > 0 ? option + 1 : lead;
        }
        int gap = line.indexOf("  ", lead);
        if (gap > lead) {
            int text = gap;
            while (text < line.length() && line.charAt(text) == ' ') {
                text++;
            }
            return text + 2;
        }
        return lead;
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
