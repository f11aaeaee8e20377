package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.FacetSet;
import org.marsad.search.LuceneIndex;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;

/**
 * {@code marsad reindex --solr} builds a collection from the store while workers and web servers go on storing,
 * deleting and hiding: a change made by another process while the rebuild has an article in hand (read, not yet
 * sent) must not bring the article back into the rebuilt index.
 */
class ReindexIntoRaceTest {
    @TempDir
    Path dir;

    // Written for this test.
    private static Article article(int i, String title) {
        return Article.builder().url("https://example.org/race/" + i).title(title)
                .body(List.of("تقرير رقم " + i + " عن " + title + " في المدينة.")).source("وكالة " + (i % 3))
                .published("2024-03-0" + (1 + i % 9)).language("ar").build();
    }

    private static List<String> ids(SearchIndex index, String q) {
        index.refresh();
        return index.search(new SearchRequest(q, null, null, null, null, SearchRequest.Sort.RELEVANCE, 100, 0),
                FacetSet.ALL).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void aDeletionOrHideByAnotherWriterDuringTheRebuildIsNotUndone() {
        try (Archive owner = Archive.open(dir.resolve("data"), null);
             LuceneIndex lucene = LuceneIndex.open(dir.resolve("target"))) {
            String flood = owner.save(article(1, "فيضانات في البصرة"), null).id();
            String vote = owner.save(article(2, "انتخابات بلدية"), null).id();
            String quake = owner.save(article(3, "زلزال في الساحل"), null).id();
            String fire = owner.save(article(4, "حريق في الميناء"), null).id();
            owner.commit();
            // The other writer acts once the rebuild has read the articles and sent the first of them.
            SearchIndex target = new Interleaved(lucene, () -> {
                owner.delete(List.of(vote));
                owner.hide(List.of(quake), "salma");
                owner.delete(List.of(fire));
                owner.save(article(4, "حريق في الميناء"), null);
            });

            Archive.reindexInto(owner.store(), target, done -> { });

            assertThat(ids(lucene, "فيضانات")).containsExactly(flood);
            assertThat(ids(lucene, "انتخابات")).as("deleted meanwhile").isEmpty();
            assertThat(ids(lucene, "زلزال")).as("hidden meanwhile").isEmpty();
            assertThat(ids(lucene, "حريق")).as("deleted and stored again meanwhile").containsExactly(fire);
            assertThat(lucene.count()).isEqualTo(2);
            assertThat(lucene.state().storeSeq()).isEqualTo(owner.store().lastSeq());
        }
    }

    /** The target index, running another writer's changes after its first put. */
    private static final class Interleaved extends ForwardingIndex {
        private Runnable meanwhile;

        Interleaved(SearchIndex to, Runnable meanwhile) {
            super(to);
            this.meanwhile = meanwhile;
        }

        @Override
        public void put(Article article) {
            to.put(article);
            if (meanwhile != null) {
                Runnable r = meanwhile;
                meanwhile = null;
                r.run();
            }
        }
    }
}
