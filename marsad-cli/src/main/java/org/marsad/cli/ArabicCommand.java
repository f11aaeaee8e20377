package org.marsad.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.dates.ArabicDates;
import org.marsad.arabic.dates.DateMention;
import org.marsad.arabic.entities.EntityMention;
import org.marsad.arabic.entities.EntityTagger;
import org.marsad.arabic.figures.ArabicFigures;
import org.marsad.arabic.figures.Figure;
import org.marsad.arabic.names.NameComparison;
import org.marsad.arabic.names.NameVariants;
import org.marsad.arabic.numbers.ArabicNumbers;
import org.marsad.arabic.numbers.NumberMention;
import org.marsad.ingest.file.BoundedRead;
import org.marsad.model.FigureJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad arabic …}: the Arabic toolkit from the command line. TEXT may be {@code -} to read standard input;
 * results are JSON on standard output (normalize prints the text itself). Offsets are UTF-16 char offsets into
 * the given text.
 */
@Command(name = "arabic", mixinStandardHelpOptions = true,
        description = "The Arabic toolkit: normalize text, find numbers, figures, dates and named entities, "
                + "compare name spellings.",
        subcommands = {ArabicCommand.Normalize.class, ArabicCommand.Numbers.class, ArabicCommand.Figures.class,
                ArabicCommand.Dates.class, ArabicCommand.SameName.class, ArabicCommand.Entities.class})
final class ArabicCommand implements Runnable {
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: normalize, numbers, figures, dates, same-name or entities");
    }

    private static final long MAX_STDIN = 64L << 20;

    /** The TEXT argument, or all of standard input when it is "-" (at most 64 MB). */
    static String text(String argument) {
        if (!"-".equals(argument)) {
            return argument;
        }
        return new String(BoundedRead.stdin(MAX_STDIN, "the Arabic tools"), StandardCharsets.UTF_8);
    }

    enum Level { display, search }

    /** A tool that reads one TEXT (or standard input) and prints what it finds on standard output. */
    abstract static class TextTool implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "the text, or - for standard input")
        String text;

        /** The text to read: the argument, or standard input for "-". */
        String input() {
            return text(text);
        }

        /** Prints the result as one line; the exit status is 0. */
        Integer print(Object result) {
            spec.commandLine().getOut().println(result);
            return 0;
        }
    }

    /** A new JSON object in {@code out} for a mention: where it stands in the text, as every tool writes it. */
    private static ObjectNode mention(ArrayNode out, String text, int start, int end) {
        ObjectNode n = out.addObject();
        n.put("text", text);
        n.put("start", start);
        n.put("end", end);
        return n;
    }

    @Command(name = "normalize", mixinStandardHelpOptions = true,
            description = "Print the text normalized: display (presentation forms, tatweel, invisible marks) or "
                    + "search (also alef/ya/ta marbuta/hamza folding, no diacritics, ASCII digits).")
    static final class Normalize extends TextTool {
        @Option(names = "--level", defaultValue = "search",
                description = "display or search (default: ${DEFAULT-VALUE})")
        Level level;

        @Override
        public Integer call() {
            String input = input();
            String out = level == Level.display ? ArabicNormalizer.display(input) : ArabicNormalizer.search(input);
            // text from standard input keeps its own final newline; do not add a second one
            if (out.endsWith("\n")) {
                spec.commandLine().getOut().print(out);
                spec.commandLine().getOut().flush();
                return 0;
            }
            return print(out);
        }
    }

    @Command(name = "numbers", mixinStandardHelpOptions = true,
            description = "Every number in the text as JSON: [{text, start, end, value, vague}] (value null when "
                    + "vague).")
    static final class Numbers extends TextTool {
        @Override
        public Integer call() {
            ArrayNode out = JSON.createArrayNode();
            for (NumberMention m : ArabicNumbers.find(input())) {
                ObjectNode n = mention(out, m.text(), m.start(), m.end());
                if (m.value() == null) {
                    n.putNull("value");
                } else if (m.isWhole()) {
                    n.put("value", m.value().longValueExact());
                } else {
                    n.put("value", m.value());
                }
                n.put("vague", m.vague());
            }
            return print(out);
        }
    }

    @Command(name = "figures", mixinStandardHelpOptions = true,
            description = "Every reported figure in the text as JSON: [{text, start, end, value, value_max, vague, "
                    + "comparator, counted, category, unit, attribution, date, since}]: how many (value null when "
                    + "vague, value_max for a range), of what (category: killed, injured, displaced, detained, "
                    + "missing, evacuated, aid, money, percent, people, other), according to whom (null when the "
                    + "text does not say), for which day.")
    static final class Figures extends TextTool {
        @Option(names = "--ref", paramLabel = "YYYY-MM-DD",
                description = "the article's date: relative dates resolve against it, and it is the date of a "
                        + "figure whose sentence names none; default: none (such dates are null)")
        String reference;

        @Override
        public Integer call() {
            LocalDate ref = reference == null ? null : Dates.reference(reference);
            ArrayNode out = JSON.createArrayNode();
            for (Figure f : ArabicFigures.find(input(), ref)) {
                FigureJson.write(out.addObject(), f);
            }
            return print(out);
        }
    }

    @Command(name = "dates", mixinStandardHelpOptions = true,
            description = "Every date expression in the text as JSON: [{text, start, end, value, time, relative}] "
                    + "(value an ISO date, time HH:MM or null).")
    static final class Dates extends TextTool {
        @Option(names = "--ref", paramLabel = "YYYY-MM-DD",
                description = "the day relative expressions (أمس, الخميس الماضي) resolve against; default: today")
        String reference;

        @Override
        public Integer call() {
            LocalDate ref = reference(reference);
            ArrayNode out = JSON.createArrayNode();
            for (DateMention m : ArabicDates.find(input(), ref)) {
                ObjectNode n = mention(out, m.text(), m.start(), m.end());
                n.put("value", m.value() == null ? null : m.value().toString());
                n.put("time", m.time() == null ? null : m.time().toString());
                n.put("relative", m.relative());
            }
            return print(out);
        }

        static LocalDate reference(String value) {
            if (value == null) {
                return LocalDate.now();
            }
            LocalDate day;
            try {
                day = LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw UserException.usage("--ref: not a date (expected YYYY-MM-DD): " + value);
            }
            if (day.isBefore(ArabicDates.MIN_REFERENCE) || day.isAfter(ArabicDates.MAX_REFERENCE)) {
                throw UserException.usage("--ref: " + value.strip() + " is outside the supported days "
                        + ArabicDates.MIN_REFERENCE + " to " + ArabicDates.MAX_REFERENCE);
            }
            return day;
        }
    }

    @Command(name = "same-name", mixinStandardHelpOptions = true,
            description = "Whether two spellings name the same person, place or brand, as JSON: "
                    + "{same, a, b, key_a, key_b, distance}.")
    static final class SameName implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "the first spelling")
        String a;

        @Parameters(index = "1", paramLabel = "NAME", description = "the second spelling")
        String b;

        @Override
        public Integer call() {
            if (a.isBlank() || b.isBlank()) {
                throw UserException.usage("same-name needs two non-empty names");
            }
            NameComparison c = NameVariants.compare(a, b);
            ObjectNode out = JSON.createObjectNode();
            out.put("same", c.same());
            out.put("a", a);
            out.put("b", b);
            out.put("key_a", c.keyA());
            out.put("key_b", c.keyB());
            out.put("distance", c.distance());
            spec.commandLine().getOut().println(out);
            return 0;
        }
    }

    @Command(name = "entities", mixinStandardHelpOptions = true,
            description = "Every named entity in the text as JSON: [{text, start, end, type}], type PER, LOC, ORG or "
                    + "MISC; spans leave attached clitics out (وبريطانيا → بريطانيا).")
    static final class Entities extends TextTool {
        @Override
        public Integer call() {
            ArrayNode out = JSON.createArrayNode();
            for (EntityMention m : EntityTagger.defaults().find(input())) {
                mention(out, m.text(), m.start(), m.end()).put("type", m.type().name());
            }
            return print(out);
        }
    }
}
