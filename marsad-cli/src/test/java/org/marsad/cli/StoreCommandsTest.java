package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.server.ServerRequests;
import org.marsad.store.ArticleStore;

/** ingest, search, export and reindex as a user runs them. */
class StoreCommandsTest {
    @TempDir
    Path tmp;

    private static Path pages() {
        try {
            return Path.of(StoreCommandsTest.class.getResource("pages").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture pages without the empty one, copied so that tests may add files. */
    private Path goodPages() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("pages"));
        for (String name : List.of("gaza-talks.txt", "iran-lebanon.txt", "articles.jsonl")) {
            Files.copy(pages().resolve(name), dir.resolve(name));
        }
        return dir;
    }

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    void aDataDirectoryNamedAsInputIsRefusedAndNothingIsStoredAnywhere() throws Exception {
        Path news = tmp.resolve("news.jsonl");
        Files.writeString(news, "{\"title\":\"خبر تجريبي\",\"published\":\"2026-12-05T10:00:00Z\","
                + "\"body\":[\"نص الخبر التجريبي في فقرة أولى.\"]}\n");
        assertThat(CliRun.of("ingest", "--data", data(), news.toString()).exitCode()).isZero();
        Path other = tmp.resolve("other");

        // The data directory given where the inputs go (without --data): one line, exit 1, neither archive touched.
        CliRun wrong = CliRun.of("ingest", "--data", other.toString(), data(), news.toString());
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("marsad: " + data() + " is a Marsad data directory, not news to ingest; "
                + "to ingest into it: marsad ingest --data " + data() + " FILE...; nothing ingested\n");
        assertThat(other).doesNotExist();
        CliRun found = CliRun.of("search", "--data", data(), "تجريبي");
        assertThat(found.exitCode()).isZero();
        assertThat(found.out()).contains("خبر تجريبي");
    }

    @Test
    void ingestingOnlyMissingFilesLeavesNoNewDataDirectoryBehind() {
        CliRun typo = CliRun.of("ingest", "--data", data(), tmp.resolve("articels.jsonl").toString(),
                tmp.resolve("pagse").toString());
        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).isEqualTo("marsad: " + tmp.resolve("articels.jsonl")
                + ": no such file or directory (and 1 more input); nothing ingested\n").hasLineCount(1);
        assertThat(Path.of(data())).doesNotExist();
    }

    @Test
    void standardInputIsRefusedWithTheWayToIngestItInsteadOfNoSuchFile() {
        CliRun dash = CliRun.of("ingest", "--data", data(), "-");
        assertThat(dash.exitCode()).isEqualTo(1);
        assertThat(dash.err()).startsWith("marsad: marsad ingest reads files, folders and URLs, not standard input")
                .contains("news.jsonl").doesNotContain("no such file").hasLineCount(1);
        assertThat(Path.of(data())).doesNotExist();
    }

    @Test
    void ingestReportsEveryOutcomeAndGoesOnPastBadInput() throws IOException {
        Path dir = goodPages();
        CliRun first = CliRun.of("ingest", "--data", data(), dir.toString(), pages().resolve("empty.txt").toString(),
                tmp.resolve("missing.txt").toString());
        assertThat(first.out().strip()).isEqualTo("read 8, stored 5 (new 5, updated 0), duplicates 0, refused 3");
        assertThat(first.err()).contains("articles.jsonl:3:").contains("empty.txt: empty file")
                .contains("missing.txt: no such file");
        assertThat(first.err().lines()).allMatch(l -> l.startsWith("marsad: ")).noneMatch(l -> l.contains("\tat "));
        assertThat(first.exitCode()).isEqualTo(1);

        CliRun again = CliRun.of("ingest", "--data", data(), dir.toString());
        assertThat(again.out().strip()).isEqualTo("read 6, stored 0 (new 0, updated 0), duplicates 5, refused 1");

        Files.writeString(dir.resolve("articles.jsonl"), Files.readString(dir.resolve("articles.jsonl"))
                .replace("ألمانيا تستضيف الألعاب", "ألمانيا تستضيف دورة الألعاب"));
        CliRun changed = CliRun.of("ingest", "--data", data(), dir.resolve("articles.jsonl").toString());
        assertThat(changed.out().strip()).isEqualTo("read 4, stored 1 (new 0, updated 1), duplicates 2, refused 1");
    }

    @Test
    void searchFindsInflectedFormsAndPrintsTheJsonContract() throws IOException {
        CliRun ingest = CliRun.of("ingest", "--data", data(), goodPages().toString());
        assertThat(ingest.out()).contains("new 5");

        CliRun text = CliRun.of("search", "--data", data(), "مفاوضات");
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("1. استئناف المفاوضات بشأن الهدنة في غزة").contains("2023-12-20")
                .contains("1 result");

        CliRun json = CliRun.of("search", "--data", data(), "--json", "الألعاب");
        JsonNode root = ArticleJson.mapper().readTree(json.out());
        assertThat(root.get("total").asLong()).isEqualTo(1);
        JsonNode hit = root.get("results").get(0);
        List<String> keys = new ArrayList<>();
        hit.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("id", "title", "source", "published", "url", "story", "duplicate_of",
                "snippet", "score", "highlights");
        // a lone article is its own story and copies nothing
        assertThat(hit.get("story").asText()).isEqualTo(hit.get("id").asText());
        assertThat(hit.get("duplicate_of").isNull()).isTrue();
        JsonNode span = hit.get("highlights").get(0);
        assertThat(hit.get("snippet").asText().substring(span.get(0).asInt(), span.get(1).asInt()))
                .contains("الألعاب");
        assertThat(hit.get("url").asText()).isEqualTo("https://example.org/news/2");
        assertThat(root.get("facets").get("source").get(0).get("value").asText()).isEqualTo("الجزيرة");
        assertThat(root.get("facets").has("tag")).isTrue();
        assertThat(root.get("facets").has("month")).isTrue();

        assertThat(CliRun.of("search", "--data", data(), "لبنان").out()).contains("إيران تحذر")
                .doesNotContain("اللبن");
        CliRun byDate = CliRun.of("search", "--data", data(), "--sort", "date", "--limit", "2", "lang:ar");
        assertThat(byDate.out()).contains("showing 2 of 4 results");
        assertThat(byDate.out().indexOf("الهدنة")).isLessThan(byDate.out().indexOf("الألعاب"));
        // product20: past the first page (the CLI stopped at 1,000): numbered on from the offset
        CliRun next = CliRun.of("search", "--data", data(), "--sort", "date", "--limit", "2", "--offset", "2",
                "lang:ar");
        assertThat(next.exitCode()).isZero();
        assertThat(next.out()).startsWith("3. ").contains("\n4. ").contains("showing 3-4 of 4 results")
                .doesNotContain("الهدنة").doesNotContain("الألعاب");
        // the third and fourth of the whole list, numbered as there
        String all = CliRun.of("search", "--data", data(), "--sort", "date", "--limit", "4", "lang:ar").out();
        assertThat(all.substring(all.indexOf("\n3. ") + 1, all.indexOf("4 results")))
                .isEqualTo(next.out().substring(0, next.out().indexOf("showing")));
        assertThat(CliRun.of("search", "--data", data(), "--offset", "9", "lang:ar").out().strip())
                .isEqualTo("no results past 9 (4 in all)");
        CliRun tooDeep = CliRun.of("search", "--data", data(), "--limit", "1000", "--offset", "9001", "lang:ar");
        assertThat(tooDeep.exitCode()).isEqualTo(2);
        assertThat(tooDeep.err().strip()).isEqualTo("marsad: --offset + --limit must be at most 10000 (a search "
                + "pages no deeper); 'marsad export QUERY' writes every match");
        assertThat(CliRun.of("search", "--help").out().replaceAll("\\s+", " ")).contains("--offset=N")
                .contains("'marsad export QUERY' writes every match, with no limit");
        CliRun oldest = CliRun.of("search", "--data", data(), "--sort", "oldest", "--limit", "4", "lang:ar");
        assertThat(oldest.exitCode()).isZero();
        assertThat(oldest.out().indexOf("الألعاب")).isNotNegative().isLessThan(oldest.out().indexOf("الهدنة"));
        assertThat(CliRun.of("search", "--data", data(), "كلمةغيرموجودة").out().strip()).isEqualTo("no results");
    }

    @Test
    void badSearchesFailWithOneLine() throws IOException {
        CliRun noData = CliRun.of("search", "--data", data(), "غزة");
        assertThat(noData.exitCode()).isEqualTo(1);
        assertThat(noData.err().strip()).startsWith("marsad: no data directory at").doesNotContain("\n");

        CliRun.of("ingest", "--data", data(), goodPages().toString());
        CliRun badQuery = CliRun.of("search", "--data", data(), "\"غزة");
        // a query the syntax refuses is bad input (2), as a bad --sort is; a missing archive is a failure (1)
        assertThat(badQuery.exitCode()).isEqualTo(2);
        assertThat(badQuery.err().strip()).startsWith("marsad: bad query: unclosed quote").doesNotContain("\n");

        // product20: a from: after the to: was an empty answer with exit 0
        CliRun backwards = CliRun.of("search", "--data", data(), "غزة from:2023-12-14 to:2023-12-10");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err().strip())
                .isEqualTo("marsad: bad query: 'from:' 2023-12-14 is after 'to:' 2023-12-10");

        CliRun badSort = CliRun.of("search", "--data", data(), "--sort", "size", "غزة");
        assertThat(badSort.exitCode()).isEqualTo(2);
        CliRun badLimit = CliRun.of("search", "--data", data(), "--limit", "0", "غزة");
        assertThat(badLimit.exitCode()).isEqualTo(2);
    }

    @Test
    void exportWritesEveryArticleOrTheMatchesAndReadsBackUnchanged() throws IOException {
        CliRun.of("ingest", "--data", data(), goodPages().toString());
        CliRun all = CliRun.of("export", "--data", data(), "--format", "jsonl");
        assertThat(all.exitCode()).isZero();
        List<Article> articles = all.out().lines().map(ArticleJson::parse).toList();
        assertThat(articles).hasSize(5).allMatch(a -> a.id() != null);

        // What export writes, ingest reads back as the same articles.
        Path exported = tmp.resolve("export.jsonl");
        Files.writeString(exported, all.out());
        assertThat(CliRun.of("ingest", "--data", data(), exported.toString()).out().strip())
                .isEqualTo("read 5, stored 0 (new 0, updated 0), duplicates 5, refused 0");

        CliRun some = CliRun.of("export", "--data", data(), "--format", "jsonl", "غزة");
        assertThat(some.out().lines().map(ArticleJson::parse).map(Article::title))
                .containsExactly("استئناف المفاوضات بشأن الهدنة في غزة");

        CliRun csv = CliRun.of("export", "--data", data(), "--format", "csv", "source:الجزيرة");
        List<String> rows = csv.out().lines().toList();
        // Issue 17: a byte-order mark first, so Excel shows the Arabic; story and original per row
        assertThat(rows.get(0)).isEqualTo("\uFEFF" + String.join(",", ExportCommand.CSV_COLUMNS));
        assertThat(rows.get(0)).endsWith(",fetched_at,story,duplicate_of,people,places,organisations,figures");
        assertThat(csv.out()).contains("ألمانيا تستضيف الألعاب").contains("رياضة | ألمانيا");
        assertThat(csv.out().getBytes(StandardCharsets.UTF_8)).isNotEmpty();

        assertThat(CliRun.of("export", "--data", data(), "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void ingestCountsEveryLineReadAndNamesEachRefusedLineByNumber() throws IOException {
        Path f = tmp.resolve("four.jsonl");
        Files.writeString(f, "{\"title\":\"خبر أول\",\"body\":[\"نص الخبر الأول\"]}\n"
                + "{\"title\": \"مقطوع\"\n"
                + "{\"url\":\"https://example.org/no-title\"}\n"
                + "{\"title\":\"خبر ثان\",\"body\":[\"نص الخبر الثاني\"]}\n");
        CliRun ingest = CliRun.of("ingest", "--data", data(), f.toString());
        assertThat(ingest.out().strip()).isEqualTo("read 4, stored 2 (new 2, updated 0), duplicates 0, refused 2");
        assertThat(ingest.err().lines()).hasSize(2);
        assertThat(ingest.err().lines().toList().get(0)).startsWith("marsad: " + f + ":2: ");
        assertThat(ingest.err().lines().toList().get(1))
                .isEqualTo("marsad: " + f + ":3: an article needs a title or a body");
        assertThat(ingest.exitCode()).isEqualTo(1);

        // Many bad lines: the first few named, the rest counted.
        Path many = tmp.resolve("many.jsonl");
        Files.writeString(many, "{\"title\": \n".repeat(14));
        CliRun bad = CliRun.of("ingest", "--data", data(), many.toString());
        assertThat(bad.out().strip()).isEqualTo("read 14, stored 0 (new 0, updated 0), duplicates 0, refused 14");
        assertThat(bad.err().lines()).hasSize(11);
        assertThat(bad.err().lines().toList().get(10)).isEqualTo("marsad: and 4 more refused (only the first 10 are named)");
    }

    @Test
    void ingestReadsWhatExtractPrints() throws IOException {
        CliRun extract = CliRun.of("extract", pages().resolve("gaza-talks.txt").toString());
        Path json = tmp.resolve("extracted.json");
        Files.writeString(json, extract.out());
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"articles\": [");
        CliRun ingest = CliRun.of("ingest", "--data", data(), json.toString(), broken.toString());
        assertThat(ingest.out().strip()).isEqualTo("read 2, stored 1 (new 1, updated 0), duplicates 0, refused 1");
        assertThat(ingest.err()).contains("broken.json: not valid JSON");

        // A JSONL line cut short: one line naming file and line, without the JSON library's internals.
        Path lines = tmp.resolve("cut.jsonl");
        Files.writeString(lines, "{\"url\": \"https://x.example/1\", \"title\": \"عنوان\"\n");
        CliRun cut = CliRun.of("ingest", "--data", data(), lines.toString());
        assertThat(cut.exitCode()).isEqualTo(1);
        assertThat(cut.err().strip()).isEqualTo("marsad: " + lines + ":1: not valid JSON: Unexpected end-of-input: "
                + "expected close marker for Object");
        // The same page ingested raw is the same article.
        CliRun raw = CliRun.of("ingest", "--data", data(), pages().resolve("gaza-talks.txt").toString());
        assertThat(raw.out()).contains("new 0");
    }

    @Test
    void aReindexRunWithoutAServerSettlesTheOneAStoppedServerLeftPending() throws IOException {
        // "the server stopped before the reindex finished; it runs when a server next starts on DIR, or run
        // 'marsad reindex' again": the user ran it again, and the next start must not reindex a second time
        CliRun.of("ingest", "--data", data(), goodPages().toString());
        Path db = Path.of(data()).resolve("marsad.db");
        String left;
        String other;
        try (ArticleStore store = ArticleStore.openSqlite(db)) {
            ServerRequests requests = new ServerRequests(store.database());
            left = requests.submit(ServerRequests.REINDEX, Instant.parse("2026-12-06T03:00:00Z"));
            other = requests.submit(ServerRequests.ENRICH, Instant.parse("2026-12-06T03:01:00Z"));
        }

        assertThat(CliRun.of("reindex", "--data", data()).exitCode()).isZero();

        try (ArticleStore store = ArticleStore.openSqlite(db)) {
            ServerRequests requests = new ServerRequests(store.database());
            ServerRequests.Request done = requests.get(left).orElseThrow();
            assertThat(done.finished()).isTrue();
            assertThat(done.ok()).isTrue();
            assertThat(done.outcome()).isEqualTo("reindexed 5 articles by 'marsad reindex' while no server ran");
            // another kind of request is not the reindex's to settle
            assertThat(requests.get(other).orElseThrow().finished()).isFalse();
        }
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertThat(ExportCommand.csvRow(List.of("a", "b,c", "say \"hi\"", "two\nlines", "")))
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",\r\n");
    }

    @Test
    void reindexGivesTheSameResults() throws IOException {
        CliRun.of("ingest", "--data", data(), goodPages().toString());
        List<String> queries = List.of("غزة", "إيران OR الألعاب", "tag:اقتصاد", "from:2023-12-01");
        List<String> before = queries.stream().map(q -> CliRun.of("search", "--data", data(), "--json", q).out())
                .toList();
        CliRun reindex = CliRun.of("reindex", "--data", data());
        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.out()).startsWith("reindexed 5 articles");
        List<String> after = queries.stream().map(q -> CliRun.of("search", "--data", data(), "--json", q).out())
                .toList();
        assertThat(after).isEqualTo(before);
        assertThat(CliRun.of("reindex", "--data", tmp.resolve("nothing").toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void reindexIntoSolrFailsInOneLineWhenTheClusterCannotBeReached() throws IOException {
        CliRun.of("ingest", "--data", data(), goodPages().toString());
        CliRun down = CliRun.of("reindex", "--data", data(), "--solr", "http://127.0.0.1:1/solr");
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.err()).contains("connection refused").doesNotContain("\tat ");
        assertThat(down.err().strip().lines()).hasSize(1);
        assertThat(CliRun.of("reindex", "--data", data(), "--solr", "").exitCode()).isEqualTo(2);
        // The embedded index is untouched.
        assertThat(CliRun.of("search", "--data", data(), "غزة").exitCode()).isZero();
    }

    // Issue 19: a 1,024-line StackOverflowError trace and "unexpected error: maxClauseCount is set to 1024" before.
    @Test
    void hostileQueriesAreOneLineQueryErrors() throws IOException {
        CliRun.of("ingest", "--data", data(), goodPages().toString());
        for (String q : List.of("(".repeat(2_000) + "غزة" + ")".repeat(2_000), "NOT ".repeat(20_000) + "غزة",
                "غزة ".repeat(3_000))) {
            for (String command : List.of("search", "export")) {
                CliRun r = CliRun.of(command, "--data", data(), q);
                assertThat(r.exitCode()).isEqualTo(2);
                assertThat(r.err().strip()).startsWith("marsad: bad query: ").doesNotContain("\n");
            }
        }
    }

    // Issue 19: a polled title could clear the screen or retitle the terminal through search, stories and CSV export.
    @Test
    void escapeSequencesFromPagesNeverReachTheTerminal() throws IOException {
        Path jsonl = tmp.resolve("hostile.jsonl");
        Files.writeString(jsonl, "{\"url\":\"https://example.com/x\",\"title\":\"خبر \\u001b]0;pwned\\u0007عاجل\\u001b[2J\","
                + "\"source\":\"\\u202eمصدر\",\"body\":[\"نص الخبر عاجل \\u001b[31mأحمر\"],\"tags\":[\"وسم\\u0007\"]}\n");
        CliRun ingest = CliRun.of("ingest", "--data", data(), jsonl.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        for (CliRun r : List.of(CliRun.of("search", "--data", data(), "عاجل"), CliRun.of("stories", "--data", data()),
                CliRun.of("export", "--data", data(), "--format", "csv"),
                CliRun.of("export", "--data", data()))) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("عاجل").doesNotContain("\u001b").doesNotContain("\u0007")
                    .doesNotContain("\u202e");
        }
        Article stored = ArticleJson.parse(CliRun.of("export", "--data", data()).out().strip());
        assertThat(stored.title()).isEqualTo("خبر ]0;pwnedعاجل[2J");
        assertThat(stored.source()).isEqualTo("مصدر");
        assertThat(stored.tags()).containsExactly("وسم");
    }

    @Test
    void controlsInOlderStoredTextAreShownAsEscapes() {
        assertThat(TerminalText.escape("a\u001b[2Jb\tc\nd\u009b")).isEqualTo("a\\x1b[2Jb\tc\nd\\x9b");
        assertThat(ExportCommand.csvRow(List.of("x\u001by"))).isEqualTo("x\\x1by\r\n");
    }

    // Issue 19: 89% of byte-flipped pages never reached the extractor.
    @Test
    void aPageWithOneInvalidByteIsExtractedAndSaysSo() throws Exception {
        byte[] page = Files.readAllBytes(pages().resolve("gaza-talks.txt"));
        page[page.length / 2] = (byte) 0xFF;
        Path f = Files.write(tmp.resolve("flipped.txt"), page);
        CliRun r = CliRun.of("extract", "--format", "jsonl", f.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(ArticleJson.mapper().readTree(r.out().lines().findFirst().orElseThrow()).get("decoding_errors")
                .asInt()).isBetween(1, 2);
        CliRun ingest = CliRun.of("ingest", "--data", data(), f.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ArticleJson.parse(CliRun.of("export", "--data", data()).out().lines().findFirst().orElseThrow())
                .decodingErrors()).isBetween(1, 2);
    }

    // Issue 19: '--data ""' used the current directory; sources list and reindex created a missing directory.
    @Test
    void anEmptyDataPathIsAUsageErrorAndReadCommandsCreateNothing() {
        CliRun empty = CliRun.of("search", "--data", "", "غزة");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).startsWith("marsad: --data needs a directory");
        Path missing = tmp.resolve("missing");
        for (List<String> command : List.of(List.of("search", "غزة"), List.of("export"), List.of("reindex"),
                List.of("stories"), List.of("sources", "list"), List.of("sources", "export"))) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data", missing.toString()));
            CliRun r = CliRun.of(args.toArray(String[]::new));
            assertThat(r.exitCode()).as(command.toString()).isEqualTo(1);
            assertThat(r.err().lines().toList()).as(command.toString()).singleElement()
                    .satisfies(l -> assertThat(l).startsWith("marsad: no data directory at " + missing));
            assertThat(missing).as(command + " created nothing").doesNotExist();
        }
    }
}
