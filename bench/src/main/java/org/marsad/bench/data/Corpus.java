package org.marsad.bench.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;

/** Real articles to measure on: the ANT corpus when present, else the bundled seed articles. */
public final class Corpus {
    /** Outlet names for the ANT "src" codes, as an Arabic reader would see them credited. */
    private static final Map<String, String> OUTLETS = Map.of(
            "alarabia", "العربية", "BBC", "بي بي سي عربي", "CNN", "سي إن إن بالعربية",
            "france24", "فرانس 24", "skynews", "سكاي نيوز عربية");

    /** Extra outlet names for synthetic copies, so source facets and filters have realistic spread. */
    private static final List<String> SYNTHETIC_OUTLETS = List.of(
            "العربية", "بي بي سي عربي", "سي إن إن بالعربية", "فرانس 24", "سكاي نيوز عربية", "الجزيرة نت",
            "الخليج الجديد", "اليوم السابع", "الشرق الأوسط", "هسبريس", "الشروق", "النهار", "الرأي", "عكاظ",
            "المصري اليوم", "الوطن", "القدس العربي", "روسيا اليوم", "الأهرام", "البيان");

    private final List<Article> articles;
    private final Map<String, Article> byDocno;
    private final String origin;

    private Corpus(List<Article> articles, Map<String, Article> byDocno, String origin) {
        this.articles = List.copyOf(articles);
        this.byDocno = byDocno;
        this.origin = origin;
    }

    public List<Article> articles() {
        return articles;
    }

    /** The ANT article with this document number (its "docno"), or null (bundled corpus has none). */
    public Article byDocno(String docno) {
        return byDocno.get(docno);
    }

    /** Where the articles came from, for the report. */
    public String origin() {
        return origin;
    }

    public boolean isReal() {
        return !byDocno.isEmpty();
    }

    /** The ANT articles of April 2018 when the evaluation data has them, else the bundled sample. */
    public static Corpus load(EvalData eval) {
        if (eval != null && Files.isRegularFile(eval.antArticles())) {
            return ant(eval.antArticles());
        }
        return bundled();
    }

    /** Reads the ANT JSON Lines export (docno, src, url, title, time, author, text). */
    public static Corpus ant(Path jsonlGz) {
        ObjectMapper m = ArticleJson.mapper();
        List<Article> out = new ArrayList<>();
        Map<String, Article> byDocno = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(jsonlGz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = m.readTree(line);
                String docno = n.path("docno").asText();
                Article a = Article.builder()
                        .id(docno)
                        .url(n.path("url").asText(null))
                        .title(n.path("title").asText(null))
                        .published(isoTime(n.path("time").asText(null)))
                        .publishedText(n.path("time").asText(null))
                        .source(OUTLETS.getOrDefault(n.path("src").asText(), n.path("src").asText()))
                        .author(blankToNull(n.path("author").asText(null)))
                        .language("ar")
                        .body(paragraphs(n.path("text").asText("")))
                        .build();
                out.add(a);
                byDocno.put(docno, a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jsonlGz + ": " + e.getMessage(), e);
        }
        return new Corpus(out, byDocno, "ANT corpus, April 2018 (" + out.size() + " articles)");
    }

    /** The two seed articles bundled with the bench. */
    public static Corpus bundled() {
        List<Article> out = new ArrayList<>();
        try (InputStream in = Corpus.class.getResourceAsStream("/org/marsad/bench/samples/seed-articles.jsonl");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(ArticleJson.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Corpus(out, Map.of(), "bundled seed sample (" + out.size() + " articles)");
    }

    /**
     * n articles made by cycling through the base articles: each copy gets its own URL, a publication day spread
     * over ten years and a source from a pool of outlets, so that filters, facets and date sorting have realistic
     * work to do while the text stays real.
     */
    public static List<Article> synthesize(List<Article> base, int n, long seed) {
        Synthesizer s = new Synthesizer(base, seed);
        List<Article> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(s.next());
        }
        return out;
    }

    /**
     * The articles of {@link #synthesize} one at a time, in the same order and identical, for sizes whose list would
     * not fit in the heap (a million articles).
     */
    public static final class Synthesizer {
        private final List<Article> base;
        private final Random rnd;
        private final LocalDate start = LocalDate.of(2016, 1, 1);
        private int i;

        public Synthesizer(List<Article> base, long seed) {
            if (base.isEmpty()) {
                throw new IllegalArgumentException("no base articles");
            }
            this.base = base;
            this.rnd = new Random(seed);
        }

        /** How many articles were made so far. */
        public int made() {
            return i;
        }

        /** The next article. */
        public Article next() {
            Article a = base.get(i % base.size());
            int copy = i / base.size();
            LocalDate day = start.plusDays(rnd.nextInt(3650));
            String url = "https://bench.marsad.invalid/" + copy + "/" + i;
            Article out = Article.builder()
                    .url(url)
                    .title(a.title())
                    .published(day.toString())
                    .publishedText(day.toString())
                    .source(copy == 0 && a.source() != null ? a.source()
                            : SYNTHETIC_OUTLETS.get(rnd.nextInt(SYNTHETIC_OUTLETS.size())))
                    .author(a.author())
                    .language(a.language() == null ? "ar" : a.language())
                    .body(a.body())
                    .tags(a.tags())
                    .build();
            i++;
            return out;
        }
    }

    /** Writes articles as JSON Lines (the shape `marsad ingest` reads). */
    public static void writeJsonl(List<Article> articles, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (var w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article a : articles) {
                w.write(ArticleJson.toLine(a));
                w.write('\n');
            }
        }
    }

    /** Paragraph texts of up to maxChars characters in total, for the throughput micro benchmarks. */
    public static List<String> paragraphs(List<Article> articles, int maxChars) {
        List<String> out = new ArrayList<>();
        int total = 0;
        outer:
        for (Article a : articles) {
            for (String p : a.body()) {
                out.add(p);
                total += p.length();
                if (total >= maxChars) {
                    break outer;
                }
            }
        }
        return out;
    }

    static String isoTime(String rfc1123) {
        if (rfc1123 == null || rfc1123.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(rfc1123.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            return null; // unknown stays null: never guessed
        }
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.split("\n+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
