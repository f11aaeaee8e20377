package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: {@code marsad delete} by id and by query, with --dry-run. */
class DeleteCommandTest extends ArchiveFixture {
    // Three articles, two of them about floods.
    private void ingest() throws IOException {
        ingest(List.of(TestArticles.FLOOD_BASRA, TestArticles.FLOOD_MOSUL, TestArticles.CHESS));
    }

    @Test
    void aDryRunListsAndDeletesNothingThenTheQueryDeletesFromStoreAndIndex() throws IOException {
        ingest();
        CliRun dry = CliRun.of("delete", "--data", data(), "--query", "فيضانات", "--dry-run");
        assertThat(dry.exitCode()).isZero();
        assertThat(dry.out()).contains("would delete").contains("فيضانات في البصرة").contains("فيضانات في الموصل")
                .doesNotContain("الشطرنج").contains("2 article(s) would be deleted (--dry-run: nothing was deleted)");
        assertThat(search("فيضانات")).contains("2 results");

        CliRun run = CliRun.of("delete", "--data", data(), "--query", "فيضانات");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("deleted 2 article(s)");
        assertThat(search("فيضانات")).contains("no results");
        assertThat(search("الشطرنج")).contains("1 result");
        assertThat(CliRun.of("export", "--data", data()).out()).contains("الشطرنج").doesNotContain("فيضانات");
    }

    @Test
    void byIdUnknownIdsAreReportedAndTheOthersDeleted() throws IOException {
        ingest();
        String chess = idOf("الشطرنج");
        CliRun run = CliRun.of("delete", "--data", data(), chess, "no-such-article");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("marsad: no article with id no-such-article");
        assertThat(run.out()).contains("deleting " + chess).contains("deleted 1 article(s)");
        assertThat(search("الشطرنج")).contains("no results");
        assertThat(search("فيضانات")).contains("2 results");
    }

    @Test
    void aQuotedMultiWordSourceSelectsItsArticles() throws IOException {
        ingest();
        CliRun dry = CliRun.of("delete", "--data", data(), "--query", "source:\"موقع قديم\"", "--dry-run");
        assertThat(dry.out()).contains("2 article(s) would be deleted");
    }

    @Test
    void usageErrors() throws IOException {
        ingest();
        assertThat(CliRun.of("delete", "--data", data()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("delete", "--data", data(), "--query", " ").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("delete", "--data", data(), "x", "--query", "y").exitCode()).isEqualTo(2);
        CliRun bad = CliRun.of("delete", "--data", data(), "--query", "(غزة");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err().lines()).hasSize(1);
        CliRun missing = CliRun.of("delete", "--data", tmp.resolve("none").toString(), "x");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(Files.exists(tmp.resolve("none"))).isFalse();
    }
}
