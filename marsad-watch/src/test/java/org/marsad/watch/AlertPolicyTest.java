package org.marsad.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.watch.AlertPolicy.Reason;

class AlertPolicyTest {
    /** The policy with an in-memory history (the same rules the store's history applies). */
    static final class Memory {
        final AlertPolicy.Memory history = new AlertPolicy.Memory();

        Optional<Reason> offer(WatchMode mode, boolean newOutlets, Article a) {
            return history.offer(mode, newOutlets, a);
        }
    }

    static Article article(String id, String source, String story, String duplicateOf) {
        return Article.builder().id(id).title("t " + id).source(source).body(List.of("b")).story(story)
                .duplicateOf(duplicateOf).build();
    }

    final Article original = article("a", "الجزيرة", "s1", null);
    final Article copySameOutlet = article("b", "الجزيرة", "s1", "a");
    final Article copyOtherOutlet = article("c", "العربية", "s1", "a");
    final Article sameStoryLater = article("d", "العربية", "s1", null);
    final Article otherStory = article("e", "الجزيرة", "s2", null);

    @Test
    void storiesModeAlertsOncePerStoryAndNeverForCopies() {
        Memory m = new Memory();
        assertThat(m.offer(WatchMode.STORIES, false, original)).contains(Reason.STORY);
        assertThat(m.offer(WatchMode.STORIES, false, copySameOutlet)).isEmpty();
        assertThat(m.offer(WatchMode.STORIES, false, copyOtherOutlet)).isEmpty();
        assertThat(m.offer(WatchMode.STORIES, false, sameStoryLater)).isEmpty();
        assertThat(m.offer(WatchMode.STORIES, false, otherStory)).contains(Reason.STORY);
    }

    @Test
    void newOutletsAlertOncePerOutletJoiningAnAlertedStory() {
        Memory m = new Memory();
        assertThat(m.offer(WatchMode.STORIES, true, original)).contains(Reason.STORY);
        assertThat(m.offer(WatchMode.STORIES, true, copySameOutlet)).isEmpty();
        assertThat(m.offer(WatchMode.STORIES, true, copyOtherOutlet)).contains(Reason.OUTLET);
        assertThat(m.offer(WatchMode.STORIES, true, sameStoryLater)).isEmpty();
    }

    @Test
    void aCopyFiledUnderAnotherStoryIsStillKnownByItsOriginal() {
        Memory m = new Memory();
        m.offer(WatchMode.STORIES, false, original);
        assertThat(m.offer(WatchMode.STORIES, false, article("f", "سكاي", "s9", "a"))).isEmpty();
    }

    @Test
    void everyModeAlertsEachArticleOnce() {
        Memory m = new Memory();
        assertThat(m.offer(WatchMode.EVERY, false, original)).contains(Reason.MATCH);
        assertThat(m.offer(WatchMode.EVERY, false, copySameOutlet)).contains(Reason.MATCH);
        assertThat(m.offer(WatchMode.EVERY, false, original)).isEmpty();
    }

    @Test
    void digestsCollectStoriesLikeStoriesMode() {
        Memory m = new Memory();
        assertThat(m.offer(WatchMode.DAILY, false, original)).contains(Reason.STORY);
        assertThat(m.offer(WatchMode.HOURLY, false, copyOtherOutlet)).isEmpty();
    }

    @Test
    void anArticleBeforeEnrichmentIsItsOwnStory() {
        Memory m = new Memory();
        Article bare = article("g", "الجزيرة", null, null);
        assertThat(AlertPolicy.storyOf(bare)).isEqualTo("g");
        assertThat(m.offer(WatchMode.STORIES, false, bare)).contains(Reason.STORY);
        assertThat(m.offer(WatchMode.STORIES, false, bare)).isEmpty();
    }
}
