package org.marsad.ingest.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.store.ArticleStore;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Issue 18: one path stores the articles of files; issue 17: what is not news is skipped, not stored. */
class FileIngestTest extends FileIngestFixture {
    private static final String PARAGRAPH = "قالت وزارة الصحة إن فرق الإسعاف نقلت عشرات المصابين إلى المستشفيات "
            + "الميدانية بعد أن غمرت مياه الأمطار أحياء واسعة من المدينة خلال الليل.";


    private Path write(String name, String text) throws IOException {
        Path f = tmp.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        return Files.writeString(f, text, StandardCharsets.UTF_8);
    }

    private void ingestAll(Path input) {
        for (Path f : ingest.files(input)) {
            ingest.file(f);
        }
        ingest.flush();
    }

    @Test
    void aFolderStoresItsPagesAndSkipsItsReadmeAndPagesWithoutTitleOrDate() throws IOException {
        write("001.txt", "فيضانات تغمر أحياء المدينة\nتاريخ النشر: 24 ديسمبر 2023\n" + PARAGRAPH + "\n");
        write("002.html", "<html><head><title>أمطار غزيرة في الشمال</title></head><body><article><h1>أمطار غزيرة "
                + "في الشمال</h1><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p></article></body></html>");
        write("README.md", "# Pages\n\nThese pages were saved by hand for the archive.\n");
        write("sub/untitled.html", "<html><body><article><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH
                + "</p></article></body></html>");
        write("sub/untitled.txt", (PARAGRAPH + " " + PARAGRAPH + "\n").repeat(3));

        ingestAll(tmp.resolve("in"));

        FileIngest.Summary s = ingest.summary();
        assertThat(s.line()).isEqualTo("read 5, stored 2 (new 2, updated 0), duplicates 0, refused 0, skipped 3");
        assertThat(store.count()).isEqualTo(2);
        List<String> titles = new ArrayList<>();
        store.forEach(a -> titles.add(a.title()));
        assertThat(titles).containsExactlyInAnyOrder("فيضانات تغمر أحياء المدينة", "أمطار غزيرة في الشمال");
        assertThat(reported).hasSize(3).allMatch(line -> line.contains("skipped"))
                .anyMatch(line -> line.contains("README.md") && line.contains("documentation"))
                .anyMatch(line -> line.contains("untitled.html") && line.contains("no article with a title or a date"))
                .anyMatch(line -> line.contains("untitled.txt"));
    }

    // review18: a CSV export lying among a researcher's pages was stored as one article titled with its header row
    @Test
    void aCsvTableIsSkippedNotStoredAsAnArticle() throws IOException {
        write("001.txt", "فيضانات تغمر أحياء المدينة\nتاريخ النشر: 24 ديسمبر 2023\n" + PARAGRAPH + "\n");
        Path table = write("found.csv", "\ufeffid,url,title,published,source\n"
                + "a1,https://example.org/1,فيضانات تغمر أحياء المدينة,2023-12-24,موقع\n");

        ingestAll(tmp.resolve("in"));

        assertThat(ingest.summary().line())
                .isEqualTo("read 2, stored 1 (new 1, updated 0), duplicates 0, refused 0, skipped 1");
        assertThat(store.count()).isEqualTo(1);
        assertThat(reported).containsExactly(table + ": skipped (a CSV table, not a news page; articles exported by"
                + " marsad are stored again from 'marsad export --format jsonl')");
    }

    @Test
    void anUndatedPageWithATitleAndADatedPageWithoutOneAreBothKept() throws IOException {
        Path titled = write("titled.txt", "عنوان بلا تاريخ\n" + PARAGRAPH + "\n");
        ingestAll(titled);
        assertThat(ingest.summary().created()).isEqualTo(1);
        List<Article> stored = new ArrayList<>();
        store.forEach(stored::add);
        assertThat(stored.get(0).published()).isNull();
        assertThat(stored.get(0).fetchedAt()).isNotNull();
    }

    @Test
    void aReadmeNamedExplicitlyIsJudgedByItsContent() throws IOException {
        Path readme = write("README.txt", "نشرة الأخبار\nتاريخ النشر: 24 ديسمبر 2023\n" + PARAGRAPH + "\n");
        ingestAll(readme);
        assertThat(ingest.summary().created()).isEqualTo(1);
    }

    @Test
    void jsonLinesAreStoredLineByLineAndBadLinesFailAlone() throws IOException {
        Path f = write("a.jsonl", "{\"title\":\"الأول\",\"body\":[\"نص\"]}\nnot json\n\n{\"title\":\"الثاني\"}\n"
                + "{\"url\":\"https://example.org/x\"}\n");
        ingestAll(f);
        FileIngest.Summary s = ingest.summary();
        assertThat(s.read()).isEqualTo(2);
        assertThat(s.failed()).isEqualTo(2);
        assertThat(reported).anyMatch(l -> l.startsWith(f + ":2: "))
                .anyMatch(l -> l.equals(f + ":5: an article needs a title or a body"));
        assertThat(store.count()).isEqualTo(2);
        // Four lines read (the blank one is not a line of news): two stored, two refused.
        assertThat(s.line()).isEqualTo("read 4, stored 2 (new 2, updated 0), duplicates 0, refused 2");
    }

    // Issue: an import without "language" was stored with none, so `lang:ar` left it out while the same text as a
    // page matched. The text decides, as for a dump; a language the line names is kept.
    @Test
    void jsonArticlesThatNameNoLanguageGetTheOneTheirTextIsInAsAPageOfTheSameTextDoes() throws IOException {
        write("lines.jsonl", "{\"url\":\"https://example.org/1\",\"title\":\"أمطار غزيرة في الشمال\","
                + "\"body\":[\"" + PARAGRAPH + "\"]}\n"
                + "{\"url\":\"https://example.org/2\",\"title\":\"Floods in the north\","
                + "\"body\":[\"Heavy rain flooded whole districts of the city overnight.\"]}\n"
                + "{\"url\":\"https://example.org/3\",\"title\":\"فيضانات\",\"language\":\"fa\","
                + "\"body\":[\"" + PARAGRAPH + "\"]}\n");
        write("doc.json", "{\"articles\":[{\"url\":\"https://example.org/4\",\"title\":\"سيول في الجنوب\","
                + "\"body\":[\"" + PARAGRAPH + "\"]}]}");
        write("page.txt", "فيضانات تغمر أحياء المدينة\nتاريخ النشر: 24 ديسمبر 2023\n" + PARAGRAPH + "\n");

        ingestAll(tmp.resolve("in"));

        Map<String, String> languages = new TreeMap<>();
        store.forEach(a -> languages.put(a.url() != null ? a.url() : "page", String.valueOf(a.language())));
        assertThat(languages).containsExactly(
                Map.entry("https://example.org/1", "ar"),
                Map.entry("https://example.org/2", "null"),
                Map.entry("https://example.org/3", "fa"),
                Map.entry("https://example.org/4", "ar"),
                Map.entry("page", "ar"));
    }

    // A number or an object where text belongs is a mistake in the file: refused by line and field, never stored
    // as the headline "5".
    @Test
    void aLineWithAValueOfTheWrongTypeIsRefusedWithItsFieldNamed() throws IOException {
        Path f = write("typed.jsonl", "{\"title\":5}\n"
                + "{\"title\":\"سوق الخضار\",\"source\":{\"name\":\"صحيفة الحي\"}}\n"
                + "{\"title\":\"المكتبة\",\"tags\":[\"ثقافة\",7]}\n"
                + "{\"title\":\"الجسر\",\"body\":[\"افتتح الجسر.\"],\"published\":20231224}\n"
                + "{\"id\":42,\"title\":\"الحديقة\",\"body\":\"افتتحت الحديقة.\"}\n");
        ingestAll(f);

        assertThat(ingest.summary().line()).isEqualTo("read 5, stored 1 (new 1, updated 0), duplicates 0, refused 4");
        assertThat(reported).containsExactly(
                f + ":1: \"title\" must be text, not a number (5)",
                f + ":2: \"source\" must be text, not an object",
                f + ":3: \"tags\" must be a list of text, but holds a number (7)",
                f + ":4: \"published\" must be text, not a number (20231224)");
        List<String> titles = new ArrayList<>();
        store.forEach(a -> titles.add(a.title()));
        // an integer id is another tool's key, kept as text
        assertThat(titles).containsExactly("الحديقة");
    }

    // A damaged WARC: one plain line naming the file and the byte where it broke, never the library's dump of the
    // bytes; the pages before the damage are stored.
    @Test
    void aDamagedWarcIsNamedInOneLineAndThePagesBeforeTheDamageAreKept() throws IOException {
        Path good = warc("good.warc", WarcCompression.NONE, new ArrayList<>());
        long end = Files.size(good);
        byte[] garbage = new byte[600];
        new Random(16).nextBytes(garbage);
        Path damaged = tmp.resolve("damaged.warc");
        Files.write(damaged, Files.readAllBytes(good));
        Files.write(damaged, garbage, StandardOpenOption.APPEND);
        Path noise = Files.write(tmp.resolve("noise.warc.gz"), garbage);

        ingestAll(damaged);
        ingestAll(noise);

        assertThat(reported).containsExactly(
                damaged + ": damaged WARC: not a WARC record at byte " + end + "; the 2 records before it were read",
                noise + ": not a readable WARC file (not a WARC record at byte 0)");
        assertThat(ingest.summary().line()).isEqualTo("read 4, stored 2 (new 2, updated 0), duplicates 0, refused 2");
    }

    // review19: a first record whose Content-Length is negative was taken as read, and the file was refused at the
    // bytes after its header with "the record before it was read", though no record was. The record itself is
    // named as unreadable, at its own offset.
    @Test
    void aFirstRecordWithANegativeLengthIsNamedAsTheUnreadableOne() throws IOException {
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>نص</p></body></html>";
        String record = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:6e0c2b7e-1111-4c4c-9a9a-"
                + "000000000001>\r\nWARC-Date: 2026-12-06T10:00:00Z\r\nWARC-Target-URI: https://news.example/a\r\n"
                + "Content-Type: application/http;msgtype=response\r\nContent-Length: -5\r\n\r\n" + http + "\r\n\r\n";
        Path bad = Files.write(tmp.resolve("negative.warc"), record.getBytes(StandardCharsets.UTF_8));

        ingestAll(bad);

        assertThat(reported).singleElement().satisfies(line -> assertThat(line).startsWith(bad + ": ")
                .doesNotContain("before it").contains("at byte 0"));
    }

    @Test
    void aWarcCutOffInsideARecordSaysSo() throws IOException {
        List<Long> offsets = new ArrayList<>();
        Path good = warc("good.warc.gz", WarcCompression.GZIP, offsets);
        byte[] all = Files.readAllBytes(good);
        // cut in the middle of the second page's record
        Path cut = Files.write(tmp.resolve("cut.warc.gz"), Arrays.copyOf(all, (int) (offsets.get(1) + 40)));

        ingestAll(cut);

        assertThat(reported).containsExactly(cut + ": damaged WARC: the file ends inside a record at byte "
                + offsets.get(1) + "; the record before it was read");
        assertThat(store.count()).isEqualTo(1);
    }

    /** A WARC of two captured news pages (made-up), recording where each record starts. */
    private Path warc(String name, WarcCompression compression, List<Long> offsets) throws IOException {
        Path file = tmp.resolve(name);
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), compression)) {
            for (String title : List.of("فيضانات تغمر أحياء المدينة", "أمطار غزيرة في الشمال")) {
                String html = "<html><head><title>" + title + "</title></head><body><article><h1>" + title
                        + "</h1><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p></article></body></html>";
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                        html.getBytes(StandardCharsets.UTF_8)).build();
                offsets.add(w.position());
                w.write(new WarcResponse.Builder(URI.create("https://news.example/" + offsets.size()))
                        .date(Instant.parse("2024-05-01T10:00:00Z")).body(http).build());
            }
        }
        return file;
    }

    // Review: a JSON Lines dump written by a Windows tool in windows-1256 was read as UTF-8 and stored with every
    // Arabic letter replaced by U+FFFD (decoding_errors 0, exit 0): the researcher's text was gone without a word.
    @Test
    void jsonLinesInWindows1256AreReadAsArabicAndTheFileIsNamedOnce() throws IOException {
        String first = "{\"url\":\"https://example.org/1\",\"title\":\"مقتل 12 شخصاً في قصف على بلدة النخيل\","
                + "\"body\":[\"" + PARAGRAPH + "\"]}\n";
        String second = "{\"url\":\"https://example.org/2\",\"title\":\"إصابة 30 آخرين في حي الياسمين\","
                + "\"body\":[\"" + PARAGRAPH + "\"]}\n";
        Path f = tmp.resolve("windows.jsonl");
        Files.write(f, (first + second).getBytes(java.nio.charset.Charset.forName("windows-1256")));

        ingestAll(f);

        assertThat(ingest.summary().line()).isEqualTo("read 2, stored 2 (new 2, updated 0), duplicates 0, refused 0");
        List<String> titles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        store.forEach(a -> {
            titles.add(a.title());
            bodies.add(a.body().get(0));
        });
        assertThat(titles).containsExactlyInAnyOrder("مقتل 12 شخصاً في قصف على بلدة النخيل",
                "إصابة 30 آخرين في حي الياسمين");
        assertThat(bodies).containsOnly(PARAGRAPH);
        assertThat(reported).containsExactly(f + ":1: not UTF-8; read as windows-1256 (so is every such line of this file)");
    }

    @Test
    void aJsonLineThatIsNeitherUtf8NorArabicIsRefusedByNumberAndTheOthersStored() throws IOException {
        byte[] good = "{\"title\":\"الأول\",\"body\":[\"نص\"]}\n".getBytes(StandardCharsets.UTF_8);
        // Latin-1 accented letters: not UTF-8, and no Arabic in any legacy reading.
        byte[] latin = "{\"title\":\"caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la fran\u00e7aise\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path f = tmp.resolve("mixed.jsonl");
        Files.write(f, concat(good, latin, good));

        ingestAll(f);

        assertThat(ingest.summary().line()).isEqualTo("read 3, stored 1 (new 1, updated 0), duplicates 1, refused 1");
        assertThat(reported).singleElement().satisfies(l -> assertThat(l).startsWith(f + ":2: not valid UTF-8")
                .endsWith("; save the file as UTF-8"));
        store.forEach(a -> assertThat(a.title()).doesNotContain("\uFFFD"));
    }

    // Review: scraped dumps come gzipped; "news.jsonl.gz" was refused whole as "binary file (gzip data)".
    @Test
    void gzippedJsonLinesAreReadAndOneCutShortKeepsTheLinesBeforeTheCut() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            lines.append("{\"url\":\"https://example.org/").append(i).append("\",\"title\":\"خبر رقم ").append(i)
                    .append("\",\"body\":[\"").append(PARAGRAPH).append(' ').append(i).append("\"]}\n");
        }
        java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(zipped)) {
            z.write(lines.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path whole = tmp.resolve("news.jsonl.gz");
        Files.write(whole, zipped.toByteArray());
        ingestAll(whole);
        assertThat(ingest.summary().line()).isEqualTo("read 300, stored 300 (new 300, updated 0), duplicates 0, "
                + "refused 0");
        assertThat(reported).isEmpty();

        Path cut = tmp.resolve("cut.jsonl.gz");
        byte[] bytes = zipped.toByteArray();
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));
        FileIngest again = new FileIngest(store::upsertAll, reported::add);
        again.file(cut);
        again.flush();
        FileIngest.Summary s = again.summary();
        assertThat(s.failed()).isEqualTo(1);
        assertThat(s.read()).isPositive().isLessThan(300);
        assertThat(s.unchanged()).isEqualTo(s.read());
        assertThat(reported).singleElement().satisfies(l -> assertThat(l).startsWith(cut + ": cannot read past line ")
                .endsWith("; the lines before it were read"));
    }

    // Review: a dump's misread dates ("2031-05-05") were stored without a word and headed every newest-first list.
    @Test
    void articlesDatedAfterTomorrowAreStoredAsDatedAndCountedWithTheFirstNamed() throws IOException {
        FileIngest dated = new FileIngest(store::upsertAll, reported::add,
                java.time.Clock.fixed(Instant.parse("2024-03-10T23:30:00Z"), java.time.ZoneOffset.UTC));
        Path f = write("dates.jsonl", "{\"title\":\"اليوم\",\"published\":\"2024-03-10\"}\n"
                + "{\"title\":\"غداً في آسيا\",\"published\":\"2024-03-11T08:00:00+09:00\"}\n"
                + "{\"title\":\"بعد غد\",\"published\":\"2024-03-12T01:00:00+03:00\"}\n"
                + "{\"title\":\"سنة خاطئة\",\"published\":\"2031-05-05\"}\n"
                + "{\"title\":\"بلا تاريخ\"}\n");
        dated.file(f);
        dated.flush();

        assertThat(dated.summary().line()).isEqualTo("read 5, stored 5 (new 5, updated 0), duplicates 0, refused 0");
        assertThat(dated.datedAhead()).isEqualTo(2);
        assertThat(dated.firstDatedAhead()).isEqualTo(f.toAbsolutePath() + ":3, dated 2024-03-12T01:00:00+03:00");
        List<String> days = new ArrayList<>();
        store.forEach(a -> days.add(String.valueOf(a.published())));
        assertThat(days).contains("2031-05-05");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void aFileOfManyBadLinesNamesTheFirstFewAndCountsTheRest() throws IOException {
        StringBuilder lines = new StringBuilder("{\"title\":\"الأول\",\"body\":[\"نص\"]}\n");
        for (int i = 0; i < 25; i++) {
            lines.append("{\"title\": \n");
        }
        Path f = write("many.jsonl", lines.toString());
        ingestAll(f);

        FileIngest.Summary s = ingest.summary();
        assertThat(s.line()).isEqualTo("read 26, stored 1 (new 1, updated 0), duplicates 0, refused 25");
        assertThat(reported).hasSize(FileIngest.SHOWN_REFUSALS).allMatch(l -> l.startsWith(f + ":"));
        assertThat(reported.get(0)).startsWith(f + ":2: ");
        assertThat(reported.get(FileIngest.SHOWN_REFUSALS - 1)).startsWith(f + ":" + (FileIngest.SHOWN_REFUSALS + 1) + ": ");
        assertThat(s.unshown()).isEqualTo(25 - FileIngest.SHOWN_REFUSALS);
    }

    @Test
    void fieldsNothingReadsAreNamedOncePerFileWithTheFieldTheyProbablyMeant() throws IOException {
        Path f = write("other-tool.jsonl", "{\"title\":\"الأول\",\"outlet\":\"بترا\",\"body\":[\"نص\"]}\n"
                + "{\"title\":\"الثاني\",\"outlet\":\"بترا\",\"score\":3,\"body\":[\"نص\"]}\n"
                + "{\"title\":\"الثالث\",\"source\":\"بترا\",\"input\":\"page.txt\",\"body\":[\"نص\"]}\n");
        ingestAll(f);

        assertThat(ingest.summary().line()).isEqualTo("read 3, stored 3 (new 3, updated 0), duplicates 0, refused 0");
        assertThat(reported).containsExactly(
                f + ":1: field \"outlet\" is not an article field and was not stored (the article field is \"source\")",
                f + ":2: field \"score\" is not an article field and was not stored");

        Path doc = write("other-tool.json", "[{\"title\":\"الرابع\",\"content\":[\"نص\"],\"body\":[\"نص\"]}]");
        reported.clear();
        ingestAll(doc);
        assertThat(reported).containsExactly(doc + " (article 1): field \"content\" is not an article field and was "
                + "not stored (the article field is \"body\")");
    }

    @Test
    void moreArticlesThanABatchAreAllStoredAndAgainReportedUnchanged() throws IOException {
        StringBuilder lines = new StringBuilder();
        int n = FileIngest.BATCH * 2 + 7;
        for (int i = 0; i < n; i++) {
            lines.append("{\"title\":\"خبر رقم ").append(i).append("\",\"body\":[\"نص الخبر ").append(i)
                    .append("\"]}\n");
        }
        Path f = write("many.jsonl", lines.toString());
        ingestAll(f);
        assertThat(store.count()).isEqualTo(n);
        assertThat(ingest.summary().created()).isEqualTo(n);

        FileIngest again = new FileIngest(store::upsertAll, reported::add);
        again.file(f);
        again.flush();
        assertThat(again.summary().unchanged()).isEqualTo(n);
    }

    /**
     * With a staging saver (an archive's), each full batch is staged before the one before it is saved — so their
     * work overlaps, with two batches in hand at most — every batch is saved once in reading order, and a batch the
     * store refuses is still saved one by one.
     */
    @Test
    void aStagingSaverStagesEachBatchBeforeSavingTheOneBeforeAndHoldsTwoAtMost() throws IOException {
        StringBuilder lines = new StringBuilder();
        int n = FileIngest.BATCH * 5 + 11;
        int refused = FileIngest.BATCH * 2 + 3;
        for (int i = 0; i < n; i++) {
            lines.append("{\"title\":\"").append(i == refused ? "مرفوض" : "خبر رقم " + i)
                    .append("\",\"body\":[\"نص الخبر ").append(i).append("\"]}\n");
        }
        Path f = write("staged.jsonl", lines.toString());
        List<String> events = new ArrayList<>();
        List<Integer> inHand = new ArrayList<>();
        int[] staged = {0};
        FileIngest.StagingSaver saver = new FileIngest.StagingSaver() {
            @Override
            public List<org.marsad.store.Upserted> save(List<ArticleStore.Incoming> batch) {
                if (batch.size() > 1 && batch.stream().anyMatch(in -> in.article().title().equals("مرفوض"))) {
                    throw new org.marsad.store.StoreException("refused");
                }
                return store.upsertAll(batch);
            }

            @Override
            public java.util.function.Supplier<List<org.marsad.store.Upserted>> stage(
                    List<ArticleStore.Incoming> batch) {
                String first = batch.get(0).article().title();
                events.add("stage " + first);
                inHand.add(++staged[0]);
                return () -> {
                    events.add("save " + first);
                    staged[0]--;
                    return save(batch);
                };
            }
        };
        FileIngest staging = new FileIngest(saver, reported::add);
        staging.file(f);
        staging.flush();

        assertThat(store.count()).isEqualTo(n);
        assertThat(staging.summary().line()).isEqualTo("read " + n + ", stored " + n + " (new " + n + ", updated 0), duplicates 0, refused 0");
        assertThat(inHand).allMatch(k -> k <= 2).contains(2);
        List<String> expected = new ArrayList<>();
        for (int b = 0; b < 5; b++) {
            expected.add("stage خبر رقم " + b * FileIngest.BATCH);
            if (b > 0) {
                expected.add("save خبر رقم " + (b - 1) * FileIngest.BATCH);
            }
        }
        expected.add("save خبر رقم " + 4 * FileIngest.BATCH);
        assertThat(events).containsExactlyElementsOf(expected);
    }

    @Test
    void aMissingInputFailsAndTheRestGoesOn() throws IOException {
        assertThat(ingest.files(tmp.resolve("nowhere"))).isEmpty();
        assertThat(reported).containsExactly(tmp.resolve("nowhere") + ": no such file or directory");
        assertThat(ingest.summary().failed()).isEqualTo(1);
    }

    @Test
    void aDataDirectoryInsideTheInputIsSkippedNotReadAsArticles() throws IOException {
        Path project = tmp.resolve("project");
        Path news = Files.createDirectories(project.resolve("news"));
        Files.writeString(news.resolve("a.jsonl"), "{\"title\":\"خبر\",\"body\":\"نص الخبر\"}\n");
        Path data = Files.createDirectories(project.resolve("marsad-data").resolve("demo"));
        Files.write(data.resolve("marsad.db"), new byte[] {0, 1, 2});
        Files.createDirectories(data.resolve("index"));
        Files.write(data.resolve("index").resolve("segments_1"), new byte[] {0, 0});
        Files.writeString(data.resolve("server.json"), "{\"pid\":1}");

        assertThat(ingest.files(project)).containsExactly(news.resolve("a.jsonl"));
        assertThat(reported).containsExactly(data + ": skipped (a Marsad data directory, not news input; to ingest "
                + "into it use --data " + data + ")");
        assertThat(ingest.summary().failed()).isZero();
        assertThat(FileIngest.isDataDirectory(data)).isTrue();
        assertThat(FileIngest.isDataDirectory(news)).isFalse();
    }

    @Test
    void theDataDirectoryTheIngestStoresIntoIsLeftOutSilentlyAndAnotherStillNamed() throws IOException {
        // "marsad ingest --data project/marsad-data project": telling the user to use --data there misled them
        Path project = tmp.resolve("project");
        Path news = Files.createDirectories(project.resolve("news"));
        Files.writeString(news.resolve("a.jsonl"), "{\"title\":\"خبر\",\"body\":\"نص الخبر\"}\n");
        Path into = Files.createDirectories(project.resolve("marsad-data"));
        Files.write(into.resolve("marsad.db"), new byte[] {0, 1, 2});
        Path other = Files.createDirectories(project.resolve("old-data"));
        Files.write(other.resolve("story-state.bin"), new byte[] {0});

        // named as the command line names it (relative, not normalized): the same directory all the same
        Path named = project.resolve("news").resolve("..").resolve("marsad-data");
        assertThat(ingest.files(project, named)).containsExactly(news.resolve("a.jsonl"));
        assertThat(reported).containsExactly(other + ": skipped (a Marsad data directory, not news input; to ingest "
                + "into it use --data " + other + ")");
        assertThat(ingest.summary().skipped()).isEqualTo(1);
    }

    @Test
    void aJsonLinesFileWithNoLinesFailsByNameAsAnEmptyPageDoes() throws IOException {
        Path empty = write("empty.jsonl", "");
        Path blank = write("blank.ndjson", "\n  \n\n");
        Path page = write("empty.txt", "");
        ingestAll(empty);
        ingestAll(blank);
        ingestAll(page);
        assertThat(reported).containsExactly(empty + ": empty file (no JSON lines)",
                blank + ": empty file (no JSON lines)", page + ": empty file");
        assertThat(ingest.summary().failed()).isEqualTo(3);
    }

    @Test
    void folderDocumentsAreKnownByNameWhateverTheirExtension() {
        assertThat(FileIngest.isFolderDocument(Path.of("x/README.md"))).isTrue();
        assertThat(FileIngest.isFolderDocument(Path.of("x/LICENSE"))).isTrue();
        assertThat(FileIngest.isFolderDocument(Path.of("x/readme.txt"))).isTrue();
        assertThat(FileIngest.isFolderDocument(Path.of("x/readme-gaza.txt"))).isFalse();
        assertThat(FileIngest.isFolderDocument(Path.of("x/001.txt"))).isFalse();
    }
}
