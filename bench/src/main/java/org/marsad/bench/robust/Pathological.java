package org.marsad.bench.robust;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Inputs built to be expensive for one component each, at any size: the shapes issue 19's red team used (tag lines,
 * nesting, date-dense text, hostile queries) and a few more. Deterministic for a size.
 */
final class Pathological {
    /** One input: the component it targets, what it is, and its bytes (UTF-8 for text). */
    record Input(String component, String shape, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static final List<String> WORDS = List.of("الحكومة", "الوزير", "الاقتصاد", "النفط", "الذهب", "غزة",
            "لبنان", "الحرب", "السلام", "المفاوضات", "الدولار", "الأسواق", "العالمية", "البنك", "المركزي");

    private Pathological() {
    }

    /** Every shape at about {@code size} bytes. */
    static List<Input> all(int size) {
        List<Input> out = new ArrayList<>();
        Random r = new Random(19L + size);
        out.add(text("text page", "labelled tag lines of 14 words", size, () -> "الوسوم: " + words(r, 14) + "\n",
                article(r, 40)));
        out.add(text("text page", "headline-like lines after a closed article", size, () -> words(r, 6) + "\n",
                article(r, 40) + "المصدر: وكالة\n"));
        out.add(text("text page", "one glued run of known words", size, () -> "المغربتونس", article(r, 5)
                + "وسوم: "));
        out.add(text("text page", "read-also markers", size, () -> "اقرأ أيضا: " + words(r, 5) + "\n", article(r, 5)));
        out.add(text("html page", "nested divs", size / 11, () -> "<div>", "<html><body>"));
        out.add(text("html page", "many tiny paragraphs", size, () -> "<p>" + words(r, 2) + "</p>", "<html><body>"));
        out.add(text("feed", "nested elements", size / 3, () -> "<x>", "<rss version=\"2.0\"><channel>"));
        out.add(text("feed", "nested description", size / 3, () -> "<b>",
                "<rss version=\"2.0\"><channel><item><title>t</title><description>"));
        out.add(text("feed", "many items", size, () -> "<item><title>" + words(r, 3) + "</title><link>https://x.example/"
                + r.nextInt(1_000_000) + "</link></item>", "<rss version=\"2.0\"><channel><title>t</title>"));
        out.add(text("query", "nested parentheses", size / 2, () -> "(", ""));
        out.add(text("query", "NOTs", size, () -> "NOT ", ""));
        out.add(text("query", "terms", size, () -> WORDS.get(r.nextInt(WORDS.size())) + " ", ""));
        out.add(text("dates", "date-dense text ('24 ديسمبر ' repeated)", size, () -> "24 ديسمبر ", ""));
        out.add(text("numbers", "digit-dense text", size, () -> r.nextInt(1000) + " ألفا و" + r.nextInt(1000) + " ", ""));
        byte[] noise = new byte[size];
        r.nextBytes(noise);
        out.add(new Input("decoding", "random bytes", noise));
        byte[] flipped = article(r, size / 60).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < flipped.length; i += 997) {
            flipped[i] = (byte) 0xFF;
        }
        out.add(new Input("decoding", "UTF-8 with one bad byte per 1,000", flipped));
        return out;
    }

    private static Input text(String component, String shape, int size, java.util.function.Supplier<String> unit,
                              String head) {
        StringBuilder sb = new StringBuilder(head);
        while (sb.length() * 2 < size) {
            sb.append(unit.get());
        }
        return new Input(component, shape, sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String article(Random r, int paragraphs) {
        StringBuilder sb = new StringBuilder("عنوان الخبر الرئيسي اليوم\n");
        for (int i = 0; i < paragraphs; i++) {
            sb.append(words(r, 30)).append(".\n");
        }
        return sb.toString();
    }

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i > 0 ? " " : "").append(WORDS.get(r.nextInt(WORDS.size())));
        }
        return sb.toString();
    }
}
