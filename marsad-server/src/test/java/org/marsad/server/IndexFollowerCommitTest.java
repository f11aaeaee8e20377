package org.marsad.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;

/**
 * The server's follower catching up with a large batch another process stored commits the index between the parts
 * once {@link IndexFollower#COMMIT_INTERVAL} has passed, as it promises ("a crash redoes at most this much"), not only
 * when the whole batch is indexed.
 */
class IndexFollowerCommitTest {
    @TempDir
    Path dir;

    /** A clock that moves on by more than the commit interval each time it is read: every commit is due. */
    private static final class Hurrying extends Clock {
        private Instant now = Instant.parse("2026-12-05T20:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            now = now.plus(IndexFollower.COMMIT_INTERVAL).plus(Duration.ofSeconds(1));
            return now;
        }
    }

    @Test
    void aLongCatchUpIsCommittedBetweenItsPartsWhenACommitIsDue() {
        int stored = 2 * IndexFollower.CATCH_UP_PART + IndexFollower.CATCH_UP_PART / 2;
        List<ArticleStore.Incoming> batch = new ArrayList<>();
        for (int i = 0; i < stored; i++) {
            batch.add(new ArticleStore.Incoming(Article.builder().url("https://other.example/" + i)
                    .title("اجتماع وزراء المالية العرب رقم " + i).body(List.of("نص الخبر رقم " + i + " كما نشرته الوكالة."))
                    .source("وكالة الأنباء").published("2024-03-0" + (1 + i % 9)).language("ar").build(), null));
        }
        try (Ownership own = Ownership.claim(dir); Archive archive = Archive.open(dir, null)) {
            try (Archive other = Archive.open(dir, null)) {
                assertThat(other.owner()).as("the follower's archive holds the index").isFalse();
                other.save(batch);
            }
            IndexFollower follower = new IndexFollower(archive, new ServerRequests(archive.store().database()),
                    new Hurrying(), line -> { });
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
}
