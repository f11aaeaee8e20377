package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.testsite.NewsSite;
import org.marsad.ingest.testsite.TestSite;
import org.marsad.store.Archive;

/**
 * {@code marsad sources poll NAME}: one source polled now from the terminal (the web page's "poll now"), its
 * articles stored; the other sources are left alone; an unknown or paused name is a one-line failure.
 */
class SourcesPollTest {
    @TempDir
    Path work;
    private TestSite site;
    private TestSite other;

    @BeforeEach
    void start() {
        site = NewsSite.start();
        other = NewsSite.start();
    }

    @AfterEach
    void stop() {
        site.close();
        other.close();
    }

    private String withTwoSources() {
        String data = work.resolve("d").toString();
        CliRun a = CliRun.of("sources", "add", "--data", data, "--name", "المرصد", "--feed", site.base() + "/feed.xml",
                "--allow-private");
        CliRun b = CliRun.of("sources", "add", "--data", data, "--name", "آخر", "--feed", other.base() + "/feed.xml",
                "--allow-private");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        return data;
    }

    @Test
    void pollsTheNamedSourceOnlyAndStoresItsArticles() {
        String data = withTwoSources();
        // 'sources add' reads each feed once to refuse a web page: count the poll's requests from there.
        int siteBefore = site.hits("/feed.xml").size();
        int otherBefore = other.hits("/feed.xml").size();
        CliRun poll = CliRun.of("sources", "poll", "--data", data, "المرصد");
        assertThat(poll.exitCode()).as(poll.err()).isZero();
        assertThat(poll.out()).contains("المرصد: ok").containsPattern("\\d+ stored");
        assertThat(site.hits("/feed.xml")).hasSize(siteBefore + 1);
        assertThat(other.hits("/feed.xml")).as("the other source is not polled").hasSize(otherBefore);
        try (Archive archive = Archive.open(Path.of(data), null)) {
            assertThat(archive.store().count()).isPositive();
        }
    }

    @Test
    void anUnknownNameIsOneLineAndExitOne() {
        String data = withTwoSources();
        CliRun poll = CliRun.of("sources", "poll", "--data", data, "لا يوجد");
        assertThat(poll.exitCode()).isEqualTo(1);
        assertThat(poll.err().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).isEqualTo("marsad: no source named 'لا يوجد'"));
    }

    @Test
    void aPausedSourceIsNotPolledAndTheUserIsToldHowToResumeIt() {
        String data = withTwoSources();
        assertThat(CliRun.of("sources", "pause", "--data", data, "المرصد").exitCode()).isZero();
        int before = site.hits("/feed.xml").size();
        CliRun poll = CliRun.of("sources", "poll", "--data", data, "المرصد");
        assertThat(poll.exitCode()).isEqualTo(1);
        assertThat(poll.err().strip().lines()).singleElement()
                .satisfies(l -> assertThat(l).startsWith("marsad: ").contains("paused", "sources resume"));
        assertThat(site.hits("/feed.xml")).as("not polled").hasSize(before);
    }

    @Test
    void aFailingSourceExitsOneWithItsError() {
        String data = work.resolve("d").toString();
        assertThat(CliRun.of("sources", "add", "--data", data, "--name", "معطل", "--feed",
                site.base() + "/missing.xml", "--allow-private").exitCode()).isZero();
        CliRun poll = CliRun.of("sources", "poll", "--data", data, "معطل");
        assertThat(poll.exitCode()).isEqualTo(1);
        assertThat(poll.out()).contains("معطل: FAILED");
    }
}
