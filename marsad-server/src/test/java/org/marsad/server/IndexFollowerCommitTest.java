package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.testing.TestClock;

/**
 * The server's follower catching up with a large batch another process stored, in parts: it commits the index between
 * the parts once {@link IndexFollower#COMMIT_INTERVAL} has passed, as it promises ("a crash redoes at most this much"),
 * not only when the whole batch is indexed; it runs the requests other commands hand over between the parts; a
 * stop leaves the catch-up after the current part, the next start indexing the rest; and the close's last round waits
 * for one under way.
 */
class IndexFollowerCommitTest {
    @TempDir
    Path dir;

    /** Two and a half catch-up parts of articles. */
    private static final int STORED = 2 * IndexFollower.CATCH_UP_PART + IndexFollower.CATCH_UP_PART / 2;

    /** Stores {@link #STORED} articles through a second archive, as another command beside the server would. */
    private static void storedByAnotherCommand(Path dir) {
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < STORED; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://other.example/" + i)
                    .title("اجتماع وزراء المالية العرب رقم " + i).body(List.of("نص الخبر رقم " + i + " كما نشرته الوكالة."))
                    .source("وكالة الأنباء").published("2024-03-0" + (1 + i % 9)).language("ar").build(), null));
        }
        try (Archive other = Archive.open(dir, null)) {
            assertThat(other.owner()).as("the follower's archive holds the index").isFalse();
            other.save(batch);
        }
    }

    @Test
    void aLongCatchUpIsCommittedBetweenItsPartsWhenACommitIsDue() {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            storedByAnotherCommand(dir);
            IndexFollower follower = new IndexFollower(archive, new ServerRequests(archive.store().database()),
                    hurrying(), line -> { });
            // What the index had committed each time a part was heard (made searchable).
            List<Long> committedWhenHeard = new CopyOnWriteArrayList<>();
            follower.addListener(part -> committedWhenHeard.add(archive.committedSeq()));

            follower.tick();

            assertThat(archive.indexedSeq()).isEqualTo(archive.store().lastSeq());
            assertThat(committedWhenHeard).hasSize(3);
            // The second part was heard after the first had been committed; without it a crash loses all three.
            assertThat(committedWhenHeard.get(1)).isGreaterThan(0);
            assertThat(committedWhenHeard.get(2)).isGreaterThan(committedWhenHeard.get(1));
            assertThat(archive.committedSeq()).isEqualTo(archive.indexedSeq());
        }
    }

    @Test
    void aRequestHandedOverDuringALongCatchUpRunsBeforeTheCatchUpEnds() {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            storedByAnotherCommand(dir);
            ServerRequests requests = new ServerRequests(archive.store().database());
            String id = requests.submit(ServerRequests.ENRICH, Instant.parse("2026-12-05T20:00:00Z"));
            IndexFollower follower = new IndexFollower(archive, requests, hurrying(), line -> { });
            // Whether the command's request was done each time a part of the catch-up was heard.
            List<Boolean> doneWhenHeard = new CopyOnWriteArrayList<>();
            follower.addListener(part -> doneWhenHeard.add(requests.get(id).orElseThrow().finished()));

            follower.tick();

            assertThat(doneWhenHeard).hasSize(3);
            assertThat(doneWhenHeard.get(0)).as("the first part comes first").isFalse();
            assertThat(doneWhenHeard.get(2)).as("the command waited less than the whole catch-up").isTrue();
            assertThat(requests.get(id).orElseThrow().ok()).isTrue();
            assertThat(archive.indexedSeq()).isEqualTo(archive.store().lastSeq());
        }
    }

    @Test
    void aStopDuringALongCatchUpEndsItAfterOnePartAndTheNextStartIndexesTheRest() {
        try (Ownership own = Ownership.claim(dir)) {
            try (Archive archive = Archive.open(dir, null)) {
                storedByAnotherCommand(dir);
                IndexFollower follower = new IndexFollower(archive, new ServerRequests(archive.store().database()),
                        hurrying(), line -> { });
                follower.addListener(part -> follower.stop());

                follower.tick();

                assertThat(archive.indexedSeq()).as("one part, then the stop").isPositive()
                        .isLessThan(archive.store().lastSeq());
                archive.commit();
            }
            try (Archive archive = Archive.open(dir, null)) {
                new IndexFollower(archive, new ServerRequests(archive.store().database()), hurrying(),
                        line -> { }).tick();

                assertThat(archive.index().count()).as("no article lost").isEqualTo(STORED);
            }
        }
    }

    /**
     * A request handed over as the server stops is not started by the close's last round (a reindex would hold the
     * stop for minutes): it stays pending, and the next start runs it, as the waiting command tells its user.
     */
    @Test
    void aStopStartsNoRequestAndTheNextStartRunsIt() {
        try (Ownership own = Ownership.claim(dir)) {
            String id;
            try (Archive archive = Archive.open(dir, null)) {
                ServerRequests requests = new ServerRequests(archive.store().database());
                id = requests.submit(ServerRequests.ENRICH, Instant.parse("2026-12-05T20:00:00Z"));
                IndexFollower follower = new IndexFollower(archive, requests, hurrying(), line -> { });
                follower.stop();

                follower.tick();

                assertThat(requests.get(id).orElseThrow().startedAt()).as("not started by a stopping server").isNull();
            }
            try (Archive archive = Archive.open(dir, null)) {
                ServerRequests requests = new ServerRequests(archive.store().database());
                new IndexFollower(archive, requests, hurrying(), line -> { }).tick();

                assertThat(requests.get(id).orElseThrow().ok()).as("run by the next start").isTrue();
            }
        }
    }

    /**
     * The server's close runs a last round of its own when the loop's thread is still busy after the join's wait (a
     * slow listener, a long request): that round waits for the thread's, so a listener hears each article once, on
     * one thread at a time, and a request is not run by both.
     */
    @Test
    void aLastRoundWhileTheLoopIsStillBusyWaitsForItAndHearsNothingTwice() throws Exception {
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            storedByAnotherCommand(dir);
            IndexFollower follower = new IndexFollower(archive, new ServerRequests(archive.store().database()),
                    hurrying(), line -> { });
            List<String> heard = new CopyOnWriteArrayList<>();
            CountDownLatch listening = new CountDownLatch(1);
            CountDownLatch released = new CountDownLatch(1);
            follower.addListener(part -> {
                part.forEach(s -> heard.add(s.article().id()));
                if (listening.getCount() > 0) {
                    // the loop's first part: the listener is slow, and the server is closed meanwhile
                    follower.stop();
                    listening.countDown();
                    await(released);
                }
            });
            Thread loop = new Thread(follower::tick, "loop");
            loop.start();
            listening.await();
            Thread close = new Thread(follower::tick, "close");
            close.start();
            // the last round either waits for the loop's or (before the fix) ran beside it
            java.util.Set<Thread.State> waitingOrDone = java.util.EnumSet.of(Thread.State.BLOCKED,
                    Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.TERMINATED);
            while (!waitingOrDone.contains(close.getState())) {
                Thread.onSpinWait();
            }
            released.countDown();
            loop.join();
            close.join();

            assertThat(heard).as("every indexed article heard once").doesNotHaveDuplicates()
                    .hasSize((int) archive.indexedSeq());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A clock that moves on by more than the commit interval each time it is read: every commit is due. */
    private static TestClock hurrying() {
        return new TestClock(Instant.parse("2026-12-05T20:00:00Z"), IndexFollower.COMMIT_INTERVAL.plusSeconds(1));
    }
}
