package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 17: {@code marsad hide|unhide ID} and {@code marsad hide --list}: reversible, unlike delete. */
class HideCommandsTest extends ArchiveFixture {
    // One article about floods, one not.
    private void ingest() throws IOException {
        ingest(List.of(TestArticles.FLOOD_BASRA, TestArticles.CHESS));
    }

    @Test
    void hideTakesAnArticleOutOfSearchAndExportsAndUnhideBringsItBack() throws IOException {
        ingest();
        String flood = idOf("فيضانات");
        CliRun hide = CliRun.of("hide", "--data", data(), flood, "no-such-article");
        assertThat(hide.exitCode()).isEqualTo(1);
        assertThat(hide.err().strip()).isEqualTo("marsad: no article with id no-such-article");
        assertThat(hide.out()).contains(flood + " hidden").contains("hidden 1 article(s)");
        assertThat(search("فيضانات")).contains("no results");
        assertThat(search("الشطرنج")).contains("1 result");
        assertThat(CliRun.of("export", "--data", data()).out()).contains("الشطرنج").doesNotContain("فيضانات");
        assertThat(CliRun.of("export", "--data", data(), "فيضانات").out()).doesNotContain("فيضانات");

        CliRun again = CliRun.of("hide", "--data", data(), flood);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains(flood + " was already hidden").contains("hidden 0 article(s)");

        CliRun list = CliRun.of("hide", "--data", data(), "--list");
        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).contains(flood + " · hidden ").contains(" by cli · فيضانات في البصرة")
                .contains("1 hidden article(s)");

        CliRun unhide = CliRun.of("unhide", "--data", data(), flood);
        assertThat(unhide.exitCode()).isZero();
        assertThat(unhide.out()).contains(flood + " shown").contains("shown 1 article(s)");
        assertThat(search("فيضانات")).contains("1 result");
        assertThat(CliRun.of("hide", "--data", data(), "--list").out()).contains("0 hidden article(s)");
    }

    @Test
    void aHiddenArticleCanStillBeDeletedForGood() throws IOException {
        ingest();
        String flood = idOf("فيضانات");
        CliRun.of("hide", "--data", data(), flood);
        CliRun delete = CliRun.of("delete", "--data", data(), flood);
        assertThat(delete.exitCode()).isZero();
        assertThat(delete.out()).contains("deleted 1 article(s)");
        assertThat(CliRun.of("unhide", "--data", data(), flood).exitCode()).isEqualTo(1);
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() throws IOException {
        ingest();
        CliRun none = CliRun.of("hide", "--data", data());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("give the ids of the articles to hide (or --list)");
        CliRun both = CliRun.of("hide", "--data", data(), "--list", "chess");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--list takes no ids");
        assertThat(CliRun.of("unhide", "--data", data()).exitCode()).isEqualTo(2);
    }
}
