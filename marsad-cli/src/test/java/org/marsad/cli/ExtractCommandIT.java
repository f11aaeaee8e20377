package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.cli.MarsadJar.Run;

/** {@code marsad extract}, {@code --help} and {@code --version}, run from the real jar. */
class ExtractCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TITLE = "افتتاح خط جديد للقطار السريع بين المدينتين";
    private static final String BODY1 = "افتتحت وزارة النقل اليوم خطا جديدا للقطار السريع يربط بين المدينتين في أقل من ساعة.";
    private static final String BODY2 = "وقال مدير الشركة إن القطار سينقل أكثر من عشرة آلاف مسافر يوميا خلال السنة الأولى.";
    private static final String PAGE = String.join("\n", TITLE, "كتب: نادر سليم", BODY1, "اقرأ أيضا: تراجع أسعار الوقود",
            BODY2, "المصدر: وكالة الأنباء", "وسوم: النقل، القطار السريع");

    private static final String TITLE2 = "مهرجان للموسيقى الأندلسية في المدينة القديمة";
    private static final String PAGE2 = String.join("\n", TITLE2,
            "انطلقت مساء الخميس فعاليات مهرجان الموسيقى الأندلسية بمشاركة فرق من عدة دول.",
            "ويستمر المهرجان خمسة أيام في ساحات المدينة القديمة.");

    @TempDir
    Path dir;

    private Path write(String name, String text, Charset cs) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, text.getBytes(cs));
        return p;
    }

    private static void assertOneLineError(Run run, int exit, String... fragments) {
        assertThat(run.exit()).isEqualTo(exit);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("marsad: ").contains(fragments).doesNotContain("Exception");
    }

    @Test
    void extractPrintsOneJsonDocument() throws Exception {
        Path page = write("page.txt", PAGE, StandardCharsets.UTF_8);
        Run run = MarsadJar.run(dir, "extract", page.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode articles = JSON.readTree(run.out()).get("articles");
        assertThat(articles).hasSize(1);
        JsonNode a = articles.get(0);
        assertThat(a.get("title").asText()).isEqualTo(TITLE);
        assertThat(a.get("author").asText()).isEqualTo("نادر سليم");
        assertThat(a.get("source").asText()).isEqualTo("وكالة الأنباء");
        assertThat(a.get("language").asText()).isEqualTo("ar");
        assertThat(JSON.convertValue(a.get("body"), List.class)).containsExactly(BODY1, BODY2);
        assertThat(JSON.convertValue(a.get("tags"), List.class)).containsExactly("النقل", "القطار السريع");
        assertThat(a.get("related").get(0).get("title").asText()).isEqualTo("تراجع أسعار الوقود");
        assertThat(a.get("published").isNull()).isTrue();
        assertThat(a.get("id").asText()).matches("[0-9a-f]{16}");
        assertThat(a.has("input")).isFalse();
        assertThat(run.out()).contains("\n  ").contains(TITLE);
    }

    @Test
    void jsonlPrintsOneArticlePerLine() throws Exception {
        Path page = write("page.txt", PAGE + "\n-----\n" + PAGE2, StandardCharsets.UTF_8);
        Run run = MarsadJar.run(dir, "extract", "--format", "jsonl", page.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("title").asText()).isEqualTo(TITLE);
        assertThat(JSON.readTree(lines.get(1)).get("title").asText()).isEqualTo(TITLE2);
    }

    @Test
    void severalInputsNameTheirInput() throws Exception {
        Path first = write("first.txt", PAGE, StandardCharsets.UTF_8);
        Path second = write("second.txt", PAGE2, StandardCharsets.UTF_8);
        Run run = MarsadJar.run(dir, "extract", "--format", "jsonl", "first.txt", second.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).get("input").asText()).isEqualTo("first.txt");
        assertThat(JSON.readTree(lines.get(1)).get("input").asText()).isEqualTo(second.toString());
        assertThat(first).exists();

        Run json = MarsadJar.run(dir, "extract", "first.txt", "second.txt");
        JsonNode articles = JSON.readTree(json.out()).get("articles");
        assertThat(articles).hasSize(2);
        assertThat(articles.get(1).get("input").asText()).isEqualTo("second.txt");
        assertThat(articles.get(1).get("title").asText()).isEqualTo(TITLE2);
    }

    @Test
    void dashReadsStandardInput() throws Exception {
        Run run = MarsadJar.runWithInput(dir, PAGE2.getBytes(StandardCharsets.UTF_8), "extract", "--format", "jsonl", "-");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("title").asText()).isEqualTo(TITLE2);
    }

    // Issue 19: the size check used the size the file reports (0 for a device), and the read ran out of memory.
    @Test
    void aDeviceThatNeverEndsIsRefusedAfterTheLimit() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        Run run = MarsadJar.run(dir, "extract", "/dev/zero");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("marsad: /dev/zero: too large for a news page (more than 64 MB)");
    }

    @Test
    void legacyArabicEncodingsAreDetected() throws Exception {
        for (String charset : List.of("windows-1256", "ISO-8859-6")) {
            Path page = write(charset + ".txt", PAGE, Charset.forName(charset));
            Run run = MarsadJar.run(dir, "extract", page.toString());
            assertThat(run.exit()).as(charset + ": " + run.err()).isZero();
            JsonNode a = JSON.readTree(run.out()).get("articles").get(0);
            assertThat(a.get("title").asText()).as(charset).isEqualTo(TITLE);
            assertThat(a.get("body").get(1).asText()).as(charset).isEqualTo(BODY2);
        }
    }

    @Test
    void utf16WithBomIsRead() throws Exception {
        byte[] text = PAGE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path page = dir.resolve("utf16.txt");
        Files.write(page, bytes);
        Run run = MarsadJar.run(dir, "extract", page.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("articles").get(0).get("title").asText()).isEqualTo(TITLE);
    }

    @Test
    void invalidUtf8IsReported() throws Exception {
        Path page = write("latin.txt", "Caf\u00e9 cr\u00e8me, d\u00e9j\u00e0 vu\nUne ligne de texte.", StandardCharsets.ISO_8859_1);
        assertOneLineError(MarsadJar.run(dir, "extract", page.toString()), 1, "latin.txt", "not valid UTF-8");
    }

    @Test
    void badInputsFailWithOneLine() throws Exception {
        Path empty = write("empty.txt", "", StandardCharsets.UTF_8);
        Path blank = write("blank.txt", " \n\n \n", StandardCharsets.UTF_8);
        Path binary = dir.resolve("data.bin");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3});
        Path nothing = write("nothing.txt", "شارك فيسبوك تويتر\n" + TITLE, StandardCharsets.UTF_8);
        Files.createDirectory(dir.resolve("folder"));

        assertOneLineError(MarsadJar.run(dir, "extract", "missing.txt"), 1, "missing.txt: no such file");
        assertOneLineError(MarsadJar.run(dir, "extract", "folder"), 1, "folder: is a directory");
        assertOneLineError(MarsadJar.run(dir, "extract", empty.toString()), 1, "empty.txt: empty file");
        assertOneLineError(MarsadJar.run(dir, "extract", blank.toString()), 1, "blank.txt: empty file");
        assertOneLineError(MarsadJar.run(dir, "extract", binary.toString()), 1, "data.bin: binary file");
        assertOneLineError(MarsadJar.run(dir, "extract", nothing.toString()), 1, "nothing.txt: no article found");
        // URLs: see ExtractUrlCommandIT.
    }

    @Test
    void htmlFilesGoToTheHtmlExtractor() throws Exception {
        String paragraph = "<p>" + BODY1 + " " + BODY2 + "</p>";
        Path html = write("page.html", "<!DOCTYPE html><html lang=\"ar\"><head><meta charset=\"utf-8\"><title>" + TITLE
                + "</title></head><body><article><h1>" + TITLE + "</h1>" + paragraph.repeat(4)
                + "</article></body></html>", StandardCharsets.UTF_8);
        Run run = MarsadJar.run(dir, "extract", html.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode a = JSON.readTree(run.out()).get("articles").get(0);
        assertThat(a.get("title").asText()).isEqualTo(TITLE);
        assertThat(a.get("body").toString()).contains(BODY1).doesNotContain("<p>");
    }

    @Test
    void aBadInputAmongGoodOnesPrintsNothing() throws Exception {
        write("good.txt", PAGE, StandardCharsets.UTF_8);
        assertOneLineError(MarsadJar.run(dir, "extract", "good.txt", "missing.txt"), 1, "missing.txt: no such file");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Run none = MarsadJar.run(dir, "extract");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).contains("FILE|URL").doesNotContain("Exception");

        write("page.txt", PAGE, StandardCharsets.UTF_8);
        Run format = MarsadJar.run(dir, "extract", "--format", "xml", "page.txt");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("--format").doesNotContain("Exception");

        assertThat(MarsadJar.run(dir, "extract", "--no-such-option", "page.txt").exit()).isEqualTo(2);
        assertThat(MarsadJar.run(dir).exit()).isEqualTo(2);
    }

    @Test
    void helpAndVersion() throws Exception {
        Run help = MarsadJar.run(dir, "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("extract").contains("demo");
        Run extractHelp = MarsadJar.run(dir, "extract", "--help");
        assertThat(extractHelp.exit()).isZero();
        assertThat(extractHelp.out()).contains("--format").contains("json|jsonl").contains("windows-1256");
        Run version = MarsadJar.run(dir, "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("marsad ");
    }

    /**
     * On Java 24 and later a command that opens SQLite (whose driver loads its native library) printed four
     * "restricted method" warnings first, unless the jar allows native access (JEP 472).
     */
    @Test
    void theJarLetsSqliteLoadItsLibraryWithoutWarnings() throws Exception {
        try (var jar = new java.util.jar.JarFile(MarsadJar.jar().toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Enable-Native-Access")).isEqualTo("ALL-UNNAMED");
        }
        String data = dir.resolve("data").toString();
        Run add = MarsadJar.runWithInput(dir, "كلمة-سر-طويلة\n".getBytes(StandardCharsets.UTF_8), "users", "add",
                "--data", data, "--name", "huda", "--role", "admin", "--password-stdin");
        assertThat(add.exit()).as(add.err()).isZero();
        Run search = MarsadJar.run(dir, "search", "--data", data, "غزة");
        assertThat(search.exit()).as(search.err()).isZero();
        // only Marsad's own lines (on Java 24+ SQLite's driver and on Java 21+ Lucene wrote theirs first)
        assertThat(add.err() + search.err()).doesNotContain("WARNING").doesNotContain("INFO:");
    }

    /** The acceptance check: the seed page (bundled as the sample) against its gold file. */
    @Test
    void extractOnTheSeedPageMatchesTheGoldFile() throws Exception {
        Path page = dir.resolve("seed.txt");
        try (var in = DemoCommand.class.getResourceAsStream("sample/sample-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        JsonNode gold;
        try (var in = ExtractCommandIT.class.getResourceAsStream("sample-expected.json")) {
            gold = JSON.readTree(in).get("articles");
        }
        Run run = MarsadJar.run(dir, "extract", "seed.txt");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode got = JSON.readTree(run.out()).get("articles");
        assertThat(got).hasSize(gold.size());
        for (int i = 0; i < gold.size(); i++) {
            JsonNode want = gold.get(i);
            JsonNode have = got.get(i);
            for (String field : List.of("title", "published", "published_text", "source", "author", "language", "body")) {
                assertThat(have.get(field)).as("article %d %s", i, field).isEqualTo(want.get(field));
            }
            assertThat(JSON.convertValue(have.get("tags"), List.class)).as("article %d tags", i)
                    .containsExactlyInAnyOrderElementsOf(JSON.convertValue(want.get("tags"), List.class));
            List<String> related = new java.util.ArrayList<>();
            have.get("related").forEach(r -> related.add(r.get("title").asText()));
            List<String> wantRelated = new java.util.ArrayList<>();
            want.get("related").forEach(r -> wantRelated.add(r.get("title").asText()));
            if (i == 0 && related.size() == wantRelated.size() + 1) {
                // Tolerated by the gold file: the appended article's headline listed as related.
                assertThat(related.remove(related.size() - 1)).isEqualTo(got.get(1).get("title").asText());
            }
            assertThat(related).as("article %d related", i).containsExactlyElementsOf(wantRelated);
        }
    }
}
