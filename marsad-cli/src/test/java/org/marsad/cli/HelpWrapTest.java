package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 17: help text never breaks inside a path or a URL. */
class HelpWrapTest {
    private static List<String> words(String s) {
        return Arrays.stream(s.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void wrappingBreaksOnlyBetweenWordsAndKeepsTheIndent() {
        String line = "      --data=DIR        Data directory (default: $MARSAD_DATA, else ./marsad-data), or "
                + "http(s)://example.org/a-very-long/path-with-dashes.html when it is a URL.";
        String wrapped = HelpWrap.wrap(line, 80);
        assertThat(words(wrapped)).isEqualTo(words(line));
        assertThat(wrapped.lines()).allMatch(l -> l.length() <= 80 || words(l).size() == 1);
        assertThat(wrapped.lines().skip(1)).allMatch(l -> l.startsWith(" ".repeat(26)) && l.charAt(26) != ' ');
    }

    @Test
    void randomTextKeepsEveryWordWhole() {
        Random random = new Random(42);
        String[] vocabulary = {"./marsad-data", "http(s)", "https://a.example/x-y.html", "الأخبار", "--feed", "a",
                "word", "(default", "15)."};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder(" ".repeat(random.nextInt(8)));
            int n = 1 + random.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(5) == 0 ? "  " : " ");
            }
            String text = sb.toString();
            String wrapped = HelpWrap.wrap(text, 40);
            assertThat(words(wrapped)).as(text).isEqualTo(words(text));
            assertThat(wrapped.lines()).as(text).allMatch(l -> l.length() <= 40 || words(l).size() == 1);
        }
    }

    @Test
    void everyCommandsHelpKeepsPathsAndUrlsWhole() {
        List<String> helps = new ArrayList<>();
        collect(Marsad.commandLine(), helps);
        assertThat(helps).hasSizeGreaterThan(15);
        for (String help : helps) {
            assertThat(help.lines()).allMatch(l -> l.length() <= HelpWrap.WIDTH, help);
            if (help.contains("marsad-data")) {
                assertThat(help).contains("./marsad-data");
            }
            assertThat(help).doesNotContain("http(\n").doesNotContain("http:\n").doesNotContain("-\n");
            assertThat(help.lines()).noneMatch(l -> l.stripLeading().startsWith("/marsad-data")
                    || l.stripLeading().startsWith("(s)") || l.stripLeading().startsWith("//"));
        }
    }

    private static void collect(CommandLine cl, List<String> out) {
        out.add(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
        cl.getSubcommands().values().forEach(sub -> collect(sub, out));
    }
}
