package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.story.JoinGate;
import org.marsad.model.Article;

/**
 * The archive's stories join through the shipped join gate unless {@code -Dstory.gate=off}: at ingest, in a story
 * rebuild, and in the story state, whose file written under another gate is replayed once. The case (made-up text
 * about a made-up strike): a rewrite of a report 44 hours after it, which the rules alone join and the gate keeps
 * apart.
 */
class ArchiveJoinGateTest {
    @TempDir
    Path dir;

    private static final String BODY = "قصفت طائرات مجهولة مطار التيفور العسكري في ريف حمص فجر الاثنين وقالت وكالة"
            + " الأنباء إن الدفاعات الجوية تصدت لعدد من الصواريخ وأسقطت بعضها فوق المطار";

    private static Article first() {
        return Article.builder().url("https://example.org/a").title("صواريخ تضرب مطار التيفور في ريف حمص")
                .body(List.of(BODY)).source("الجزيرة").published("2024-03-01T00:00:00Z").language("ar").build();
    }

    private static Article rewrite() {
        return Article.builder().url("https://example.org/b").title("قصف مطار التيفور العسكري بريف حمص")
                .body(List.of(BODY.replace("فجر الاثنين", "صباح اليوم").replace("وكالة الأنباء", "مصادر")))
                .source("العربية").published("2024-03-02T20:00:00Z").language("ar").build();
    }

    /** Whether the rewrite, saved after the first report, was put in its story. */
    private static boolean joined(Archive a, Upserted first, Upserted rewrite) {
        return a.store().get(first.id()).orElseThrow().story().equals(a.store().get(rewrite.id()).orElseThrow().story());
    }

    @AfterEach
    void switchBackOn() {
        System.clearProperty(JoinGate.SWITCH);
    }

    @Test
    void anArchiveJoinsThroughTheShippedGateUnlessSwitchedOff() {
        try (Archive a = Archive.open(dir.resolve("on"), null)) {
            Upserted f = a.save(first(), null);
            Upserted r = a.save(rewrite(), null);
            assertThat(joined(a, f, r)).isFalse();
        }
        System.setProperty(JoinGate.SWITCH, "off");
        try (Archive a = Archive.open(dir.resolve("off"), null)) {
            Upserted f = a.save(first(), null);
            Upserted r = a.save(rewrite(), null);
            assertThat(joined(a, f, r)).isTrue();
        }
    }

    @Test
    void anArchiveOfTheRulesAloneReplaysItsStateOnceUnderTheGateAndARebuildDecidesThroughIt() {
        Upserted f;
        Upserted r;
        System.setProperty(JoinGate.SWITCH, "off");
        try (Archive a = Archive.open(dir, null)) {
            f = a.save(first(), null);
            r = a.save(rewrite(), null);
            assertThat(joined(a, f, r)).isTrue();
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
        }
        System.clearProperty(JoinGate.SWITCH);
        try (Archive a = Archive.open(dir, null)) {
            // Another gate: the file is not loaded but replayed, once; stored decisions stay until a rebuild.
            assertThat(a.storyIndexer().loadedFrom())
                    .isEqualTo("replay (state file of other rules, join gate or features)");
            assertThat(joined(a, f, r)).isTrue();
        }
        try (Archive a = Archive.open(dir, null)) {
            assertThat(a.storyIndexer().loadedFrom()).isEqualTo("state file");
            assertThat(a.rebuildStories(Instant.parse("2024-03-01T00:00:00Z"),
                    Instant.parse("2024-03-04T00:00:00Z")).articlesMoved()).isEqualTo(1);
            assertThat(joined(a, f, r)).isFalse();
        }
    }
}
