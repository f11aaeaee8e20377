package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.ArticleJson;
import org.marsad.server.Ownership;
import org.marsad.server.ServerInfo;
import org.marsad.store.Archive;

class WatchesCommandTest {
    @TempDir
    Path dir;

    private void store(Article... articles) {
        try (Archive a = Archive.open(dir, null)) {
            for (Article x : articles) {
                a.save(x, null);
            }
        }
    }

    // Written for this test.
    private static Article article(String n, String source, String title, String published, String body) {
        return Article.builder().url("https://news.example/" + n).source(source).title(title).published(published)
                .body(List.of(body)).build();
    }

    @Test
    void addListTestRemove() throws Exception {
        String today = LocalDate.now().toString();
        String body = "أعلنت وزارة الصحة تسجيل إصابات جديدة بالتسمم الغذائي في مدينة الزرقاء بعد تناول وجبات من "
                + "مطعم شعبي وسط المدينة، ونقل المصابون إلى مستشفى الزرقاء الحكومي للعلاج.";
        store(article("1", "الغد", "تسمم غذائي في الزرقاء", today, body),
                article("2", "الرأي", "تسمم غذائي في الزرقاء", today, body),
                article("3", "الصباح", "معرض الكتاب في تونس", today, "افتتح معرض الكتاب الدولي في تونس."),
                article("4", "الغد", "تسمم قديم", "2001-01-01", "تسمم في الزرقاء قبل سنوات."));

        CliRun add = CliRun.of("watches", "add", "--data", dir.toString(), "--name", "تسمم", "--query", "تسمم",
                "--webhook", "http://127.0.0.1:9/hook", "--allow-private", "--email", "desk@example.org");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("added watch 1 'تسمم' (stories, webhook http://127.0.0.1:9/hook, "
                + "e-mail desk@example.org)").contains("webhook secret: ")
                // no server runs here (one may run elsewhere, beside workers, review26): the path, no guessed address
                .containsPattern("\nfeed: /watches/1/feed\\.atom\\?token=[^ ]+  \\(a path under the address of "
                        + "the 'marsad serve' or 'marsad run' that serves this store; none runs on this data "
                        + "directory now\\)\n")
                .doesNotContain("127.0.0.1:8080");

        CliRun test = CliRun.of("watches", "test", "--data", dir.toString(), "1");
        assertThat(test.exitCode()).as(test.err()).isZero();
        assertThat(test.out()).startsWith("watch 1 'تسمم': 2 matching article(s) in the last 7 day(s), "
                + "1 alert(s) in mode stories");

        CliRun json = CliRun.of("watches", "list", "--data", dir.toString(), "--json");
        JsonNode list = ArticleJson.mapper().readTree(json.out());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).path("query").asText()).isEqualTo("تسمم");
        assertThat(list.get(0).path("webhook_secret_set").asBoolean()).isTrue();
        assertThat(list.get(0).has("webhook_secret")).isFalse();

        assertThat(CliRun.of("watches", "remove", "--data", dir.toString(), "1").exitCode()).isZero();
        assertThat(CliRun.of("watches", "list", "--data", dir.toString()).out()).startsWith("no watches");
    }

    // An admin lists the team's watches: whose each one is shows in the text list too, not only in --json.
    @Test
    void listSaysWhoseEachWatchIs() throws Exception {
        byte[] password = "كلمة-سر-طويلة\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(password));
            assertThat(CliRun.of("users", "add", "--data", dir.toString(), "--name", "omar", "--role", "editor",
                    "--password-stdin").exitCode()).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(CliRun.of("watches", "add", "--data", dir.toString(), "--name", "الفاشر", "--query", "الفاشر",
                "--user", "omar").exitCode()).isZero();
        assertThat(CliRun.of("watches", "add", "--data", dir.toString(), "--name", "الخرطوم", "--query",
                "الخرطوم").exitCode()).isZero();

        String list = CliRun.of("watches", "list", "--data", dir.toString()).out();

        assertThat(list).contains("  الفاشر\n  owner: omar\n  query: الفاشر\n",
                "  الخرطوم\n  owner: none (admins only)\n  query: الخرطوم\n");
    }

    // A user pastes the feed line into a feed reader: it must be a URL, under the running server's address.
    @Test
    void listPrintsTheFeedUnderTheAddressOfTheServerRunningOnTheDirectory() throws Exception {
        CliRun list = listWhileServing(new ServerInfo(ProcessHandle.current().pid(), "http://127.0.0.1:18963/",
                Instant.now(), true));
        assertThat(list.out())
                .containsPattern("  feed: http://127\\.0\\.0\\.1:18963/watches/1/feed\\.atom\\?token=[^ ]+\n")
                .doesNotContain("none runs");
    }

    // Behind a reverse proxy (serve --base-url) the listen address is not one a user can open: the public one is.
    @Test
    void listPrintsTheFeedUnderThePublicAddressOfAServerBehindAProxy() throws Exception {
        CliRun list = listWhileServing(new ServerInfo(ProcessHandle.current().pid(), "http://127.0.0.1:18963/",
                Instant.now(), false, "https://marsad.example.org/"));
        assertThat(list.out())
                .containsPattern("  feed: https://marsad\\.example\\.org/watches/1/feed\\.atom\\?token=[^ ]+\n")
                .doesNotContain("127.0.0.1");
    }

    /** One watch added, then {@code watches list} while the directory is owned by a server described by {@code info}. */
    private CliRun listWhileServing(ServerInfo info) throws Exception {
        assertThat(CliRun.of("watches", "add", "--data", dir.toString(), "--name", "تسمم", "--query", "تسمم")
                .exitCode()).isZero();
        try (Ownership own = Ownership.claim(dir)) {
            own.publish(info);
            CliRun list = CliRun.of("watches", "list", "--data", dir.toString());
            assertThat(list.exitCode()).as(list.err()).isZero();
            return list;
        }
    }

    @Test
    void badInputIsOneLineAndChangesNothing() {
        store(article("1", "الغد", "خبر", "2024-01-01", "نص الخبر."));
        CliRun query = CliRun.of("watches", "add", "--data", dir.toString(), "--name", "x", "--query", "\"غزة");
        assertThat(query.exitCode()).isEqualTo(2);
        assertThat(query.err().strip()).isEqualTo("marsad: bad query: unclosed quote: \"غزة");
        CliRun hook = CliRun.of("watches", "add", "--data", dir.toString(), "--name", "x", "--query", "غزة",
                "--webhook", "http://127.0.0.1:9/hook");
        assertThat(hook.exitCode()).isEqualTo(2);
        assertThat(hook.err().strip()).isEqualTo("marsad: webhook: non-public address 127.0.0.1 "
                + "(allow private targets: --allow-private, or allow_private in the API)");
        CliRun mode = CliRun.of("watches", "add", "--data", dir.toString(), "--name", "x", "--query", "غزة",
                "--mode", "weekly");
        assertThat(mode.exitCode()).isEqualTo(2);
        assertThat(mode.err()).contains("unknown mode 'weekly'");
        CliRun missing = CliRun.of("watches", "remove", "--data", dir.toString(), "7");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("marsad: no watch 7");
        assertThat(CliRun.of("watches", "list", "--data", dir.toString()).out()).startsWith("no watches");
    }

    @Test
    void aBadQueryExitsAsSearchDoesForIt() {
        store(article("1", "الغد", "خبر", "2024-01-01", "نص الخبر."));
        for (String bad : new String[] {"\"غزة", "(غزة", "غزة AND", "from:2024-13-01"}) {
            CliRun search = CliRun.of("search", "--data", dir.toString(), bad);
            CliRun add = CliRun.of("watches", "add", "--data", dir.toString(), "--name", "x", "--query", bad);
            assertThat(search.exitCode()).as(bad).isEqualTo(2);
            assertThat(add.exitCode()).as(bad).isEqualTo(search.exitCode());
            assertThat(add.err()).as(bad).isEqualTo(search.err()).hasLineCount(1);
        }
        assertThat(CliRun.of("watches", "list", "--data", dir.toString()).out()).startsWith("no watches");
    }

    @Test
    void aRefusedWatchLeavesNoNewDataDirectoryBehind() {
        java.nio.file.Path fresh = dir.resolve("typo");
        CliRun add = CliRun.of("watches", "add", "--data", fresh.toString(), "--name", "x", "--query", "(غزة");
        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).startsWith("marsad: bad query").hasLineCount(1);
        assertThat(fresh).doesNotExist();
    }
}
