package org.marsad.search;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.marsad.arabic.dates.FilterDays;
import org.marsad.arabic.figures.Category;

/**
 * Marsad's query language, parsed into a small syntax tree that any index implementation can translate.
 *
 * <pre>
 *   المفاوضات غزة                 both words (AND is implied)
 *   غز*                           any word starting with غز (at least two letters before the '*')
 *   "وقف إطلاق النار"             the phrase
 *   غزة OR لبنان, غزة AND NOT لبنان, -لبنان, ( … )
 *   source:الجزيرة  tag:"الشرق الأوسط"  author:…  lang:ar  category:اقتصاد
 *   person:غالانت  place:غزة  org:"الأمم المتحدة"   articles that mention the entity, in any spelling
 *   from:2023-12-01  to:2023-12-31  (a year 1300–1600 is Hijri: from:1445-05-28 is 2023-12-12)
 *   figure:killed>100  figure:displaced>=1000000  figure:percent<5  figure:detained=20
 * </pre>
 * Operators are upper case (AND, OR, NOT); OR binds looser than AND. Field names are lower case. Anything that
 * does not parse is a {@link QuerySyntaxException} whose message fits on one line.
 *
 * <p>Bounded: a query nests at most {@link #MAX_DEPTH} parentheses and NOTs and holds at most {@link #MAX_TERMS}
 * words, phrases and filters, so no query text, however long, costs more than its length to parse and translate
 * (a 2,000-deep query used to overflow the stack; 3,000 words exceeded the index's clause limit).
 */
public final class QueryLanguage {
    /** The field filters the language knows. */
    public static final Set<String> FIELDS = Set.of("source", "tag", "author", "lang", "category", "person", "place",
            "org", "from", "to", "figure");
    /** The deepest nesting of parentheses and NOT (or '-') a query may have. */
    public static final int MAX_DEPTH = 32;
    /** The most words, phrases and field filters one query may have. */
    public static final int MAX_TERMS = 100;

    private QueryLanguage() {
    }

    /** A node of a parsed query. */
    public sealed interface Node permits Word, Phrase, Filter, DateBound, FigureBound, And, Or, Not, All {
    }

    /**
     * A word to find in any inflected form; or, when it ends with '*' ({@link #isPrefix}), the beginning of the words
     * to find.
     */
    public record Word(String text) implements Node {
        /** Whether this is a prefix search ("غز*"): the letters before the '*' start the words to find. */
        public boolean isPrefix() {
            return text.endsWith("*");
        }

        /** The letters before the '*' of a prefix search. */
        public String prefix() {
            return text.substring(0, text.length() - 1);
        }
    }

    /** The fewest letters a prefix search may have before its '*': one letter would match a large part of Arabic. */
    public static final int MIN_PREFIX = 2;

    /** Words to find next to each other, in order. */
    public record Phrase(String text) implements Node {
    }

    /**
     * {@code source:}, {@code tag:}, {@code author:}, {@code lang:}, {@code category:} (the category of the
     * followed source an article was collected from), or an entity filter {@code person:}, {@code place:},
     * {@code org:} (articles that mention it, in any spelling) with its value.
     */
    public record Filter(String field, String value) implements Node {
    }

    /** {@code from:} (inclusive lower bound, {@code upper} false) or {@code to:} (inclusive upper bound). */
    public record DateBound(LocalDate day, boolean upper) implements Node {
    }

    /**
     * {@code figure:killed>100}: the article reports a figure of that category whose value compares so with the
     * number. A figure's own comparator counts ("أكثر من 100 شهيد" is more than 100, so it meets {@code >100} but
     * not {@code =100}); a range ("بين 30 و40") meets a bound that either end meets; vague figures (عشرات) have no
     * value and meet none.
     *
     * @param category the category key ({@code killed}, {@code injured} … see {@link Category})
     * @param op       one of {@code > >= < <= =}
     * @param value    the number compared with
     */
    public record FigureBound(Category category, String op, BigDecimal value) implements Node {
    }

    /** All of the parts. */
    public record And(List<Node> parts) implements Node {
    }

    /** Any of the parts. */
    public record Or(List<Node> parts) implements Node {
    }

    /** Not the part. */
    public record Not(Node part) implements Node {
    }

    /** Every article (the blank query). */
    public record All() implements Node {
    }

    /** Parses a query; a blank query is {@link All}. */
    public static Node parse(String query) {
        List<Token> tokens = lex(query == null ? "" : query);
        if (tokens.isEmpty()) {
            return new All();
        }
        Parser p = new Parser(tokens);
        Node n = p.or();
        if (p.pos < tokens.size()) {
            Token t = tokens.get(p.pos);
            throw new QuerySyntaxException(t.type == Type.RPAREN ? "unmatched ')'" : "unexpected " + t.show());
        }
        checkDayRanges(n);
        return n;
    }

    /**
     * Refuses a {@code from:} after a {@code to:} that must hold together (in one AND): such a query can match
     * nothing, and an empty answer would not say why, while the API's from and to parameters are refused so.
     */
    private static void checkDayRanges(Node n) {
        if (n instanceof And and) {
            LocalDate[] range = new LocalDate[2]; // from, to
            narrow(and, range);
            if (range[0] != null && range[1] != null && range[0].isAfter(range[1])) {
                throw new QuerySyntaxException("'from:' " + range[0] + " is after 'to:' " + range[1]);
            }
            and.parts().forEach(QueryLanguage::checkDayRanges);
        } else if (n instanceof Or or) {
            or.parts().forEach(QueryLanguage::checkDayRanges);
        } else if (n instanceof Not not) {
            checkDayRanges(not.part());
        }
    }

    /** The latest from: and earliest to: that {@code n} requires, its nested ANDs' included ("(a from:X) to:Y"). */
    private static void narrow(Node n, LocalDate[] range) {
        if (n instanceof DateBound d) {
            int i = d.upper() ? 1 : 0;
            if (range[i] == null || (d.upper() ? d.day().isBefore(range[i]) : d.day().isAfter(range[i]))) {
                range[i] = d.day();
            }
        } else if (n instanceof And and) {
            and.parts().forEach(part -> narrow(part, range));
        }
    }

    private enum Type { WORD, PHRASE, FIELD, AND, OR, NOT, MINUS, LPAREN, RPAREN }

    private record Token(Type type, String text, String field) {
        String show() {
            return switch (type) {
                case LPAREN -> "'('";
                case RPAREN -> "')'";
                case MINUS -> "'-'";
                default -> "'" + text + "'";
            };
        }
    }

    private static List<Token> lex(String q) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(') {
                out.add(new Token(Type.LPAREN, "(", null));
                i++;
            } else if (c == ')') {
                out.add(new Token(Type.RPAREN, ")", null));
                i++;
            } else if (isQuote(c)) {
                int end = closingQuote(q, i);
                out.add(new Token(Type.PHRASE, q.substring(i + 1, end), null));
                i = end + 1;
            } else if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))
                    && (i == 0 || Character.isWhitespace(q.charAt(i - 1)) || q.charAt(i - 1) == '(')) {
                out.add(new Token(Type.MINUS, "-", null));
                i++;
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '(' && q.charAt(i) != ')'
                        && !isQuote(q.charAt(i))) {
                    i++;
                }
                String word = q.substring(start, i);
                int colon = word.indexOf(':');
                if (colon > 0 && word.substring(0, colon).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                    String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
                    if (!FIELDS.contains(field)) {
                        throw new QuerySyntaxException("unknown field '" + word.substring(0, colon)
                                + ":' (known: source: tag: author: lang: category: person: place: org: from: to:"
                                + " figure:)");
                    }
                    String value = word.substring(colon + 1);
                    if (value.isEmpty() && i < n && isQuote(q.charAt(i))) {
                        int end = closingQuote(q, i);
                        value = q.substring(i + 1, end);
                        i = end + 1;
                    }
                    if (value.isBlank()) {
                        throw new QuerySyntaxException("'" + field + ":' needs a value");
                    }
                    out.add(new Token(Type.FIELD, value.strip(), field));
                } else if (word.equals("AND") || word.equals("&&")) {
                    out.add(new Token(Type.AND, word, null));
                } else if (word.equals("OR") || word.equals("||")) {
                    out.add(new Token(Type.OR, word, null));
                } else if (word.equals("NOT")) {
                    out.add(new Token(Type.NOT, word, null));
                } else {
                    out.add(new Token(Type.WORD, word, null));
                }
            }
        }
        return out;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»';
    }

    private static int closingQuote(String q, int open) {
        for (int j = open + 1; j < q.length(); j++) {
            if (isQuote(q.charAt(j))) {
                return j;
            }
        }
        throw new QuerySyntaxException("unclosed quote: \"" + q.substring(open + 1).strip());
    }

    // category, comparison, number (Latin or Arabic-Indic digits; thousands separators allowed, a point decimal).
    private static final Pattern FIGURE_BOUND = Pattern.compile(
            "([A-Za-z_]+)(>=|<=|>|<|=)([0-9٠-٩][0-9٠-٩,٬]*(?:[.٫][0-9٠-٩]+)?)");

    private static final class Parser {
        private final List<Token> tokens;
        private int pos;
        private int depth;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
            long terms = tokens.stream().filter(t -> t.type == Type.WORD || t.type == Type.PHRASE
                    || t.type == Type.FIELD).count();
            if (terms > MAX_TERMS) {
                throw new QuerySyntaxException("too many terms (" + terms + "; at most " + MAX_TERMS + ")");
            }
        }

        private void deeper() {
            if (++depth > MAX_DEPTH) {
                throw new QuerySyntaxException("nested too deeply (at most " + MAX_DEPTH
                        + " levels of parentheses and NOT)");
            }
        }

        private Token peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        Node or() {
            List<Node> parts = new ArrayList<>();
            parts.add(and());
            while (peek() != null && peek().type == Type.OR) {
                pos++;
                if (peek() == null || peek().type == Type.RPAREN) {
                    throw new QuerySyntaxException("OR needs a term after it");
                }
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(List.copyOf(parts));
        }

        Node and() {
            List<Node> parts = new ArrayList<>();
            parts.add(unary());
            while (peek() != null && peek().type != Type.OR && peek().type != Type.RPAREN) {
                if (peek().type == Type.AND) {
                    pos++;
                    if (peek() == null || peek().type == Type.RPAREN || peek().type == Type.OR) {
                        throw new QuerySyntaxException("AND needs a term after it");
                    }
                }
                parts.add(unary());
            }
            return parts.size() == 1 ? parts.get(0) : new And(List.copyOf(parts));
        }

        Node unary() {
            Token t = peek();
            if (t == null) {
                throw new QuerySyntaxException("the query ends too early");
            }
            switch (t.type) {
                case NOT, MINUS -> {
                    pos++;
                    if (peek() == null || peek().type == Type.RPAREN) {
                        throw new QuerySyntaxException(t.show() + " needs a term after it");
                    }
                    deeper();
                    Node inner = unary();
                    depth--;
                    return new Not(inner);
                }
                case LPAREN -> {
                    pos++;
                    if (peek() != null && peek().type == Type.RPAREN) {
                        throw new QuerySyntaxException("empty parentheses");
                    }
                    deeper();
                    Node inner = or();
                    depth--;
                    if (peek() == null || peek().type != Type.RPAREN) {
                        throw new QuerySyntaxException("missing ')'");
                    }
                    pos++;
                    return inner;
                }
                case WORD -> {
                    pos++;
                    return word(t.text);
                }
                case PHRASE -> {
                    pos++;
                    if (t.text.isBlank()) {
                        throw new QuerySyntaxException("empty phrase \"\"");
                    }
                    return new Phrase(t.text.strip());
                }
                case FIELD -> {
                    pos++;
                    return field(t);
                }
                case RPAREN -> throw new QuerySyntaxException("unmatched ')'");
                default -> throw new QuerySyntaxException(t.show() + " needs a term before it");
            }
        }

        // A '*' ends a prefix search; anywhere else it is not part of the language, which says so instead of
        // silently finding nothing.
        private static Node word(String text) {
            int star = text.indexOf('*');
            if (star < 0) {
                return new Word(text);
            }
            String prefix = text.substring(0, star);
            if (star != text.length() - 1) {
                throw new QuerySyntaxException("'*' may only end a word (a prefix search such as غز*): '" + text + "'");
            }
            long letters = prefix.codePoints().filter(Character::isLetter).count();
            if (letters < MIN_PREFIX) {
                throw new QuerySyntaxException("a prefix search needs at least " + MIN_PREFIX
                        + " letters before '*' (such as غز*): '" + text + "'");
            }
            return new Word(text);
        }

        private static Node field(Token t) {
            if (t.field.equals("figure")) {
                return figure(t.text);
            }
            if (t.field.equals("from") || t.field.equals("to")) {
                try {
                    return new DateBound(FilterDays.parse(t.text), t.field.equals("to"));
                } catch (DateTimeException e) {
                    throw new QuerySyntaxException("'" + t.field + ":" + t.text + "' is not a date ("
                            + e.getMessage() + ")");
                }
            }
            return new Filter(t.field, t.text);
        }

        private static Node figure(String text) {
            Matcher m = FIGURE_BOUND.matcher(text);
            if (!m.matches()) {
                throw new QuerySyntaxException("'figure:" + text + "' should be a category, a comparison and a number"
                        + " (figure:killed>100; comparisons > >= < <= =)");
            }
            Category c = Category.of(m.group(1));
            if (c == null) {
                throw new QuerySyntaxException("unknown figure category '" + m.group(1) + "' (known: "
                        + java.util.Arrays.stream(Category.values()).map(Category::key)
                        .collect(Collectors.joining(" ")) + ")");
            }
            String number = m.group(3).replace(",", "").replace("٬", "").replace('٫', '.');
            return new FigureBound(c, m.group(2), new BigDecimal(toLatinDigits(number)));
        }

        private static String toLatinDigits(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (char ch : s.toCharArray()) {
                b.append(ch >= '٠' && ch <= '٩' ? (char) ('0' + ch - '٠') : ch);
            }
            return b.toString();
        }
    }
}
