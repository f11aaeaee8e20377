package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Archive;

/**
 * On a new user's small archive (the demo's and a few articles of their own) مستودع did not find لمستودع: the clitic
 * rule 4·(articles of لمستودع) ≤ (articles of مستودع) + 3 was fed Lucene's per-field document frequencies, which count
 * an article once for its title and once for its body, and count a replaced version until a merge drops it, so two
 * articles of مستودع against one of لمستودع read 4 against 2 and failed. The rule counts articles now. Made-up
 * articles.
 */
class SmallArchiveFormsTest {
    @TempDir
    Path dir;

    private static List<String> titles(Archive archive, String query) {
        return archive.search(new SearchRequest(query, null, null, null, null, SearchRequest.Sort.RELEVANCE, 20, 0))
                .hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aWordFindsItsFormBehindAPrepositionInAFewArticles() {
        try (Archive archive = Archive.open(dir, null)) {
            archive.save(Corpus.article("https://example.org/1", "افتتاح مستودع", "افتتحت البلدية مستودع المعدات."), null);
            archive.save(Corpus.article("https://example.org/2", "تفتيش مستودع", "فتش المحققون مستودع الأدوية."), null);
            archive.save(Corpus.article("https://example.org/3", "نقل الحبوب لمستودع جديد",
                    "نقلت الشاحنات الحبوب لمستودع جديد."), null);
            archive.commit();
            // the article of لمستودع corrected: its earlier version is still in the index until a merge
            archive.save(Corpus.article("https://example.org/3", "نقل الحبوب لمستودع جديد",
                    "نقلت الشاحنات الحبوب لمستودع جديد قرب الميناء."), null);
            archive.commit();
            List<String> found = titles(archive, "مستودع");
            assertThat(found).containsExactlyInAnyOrder("افتتاح مستودع", "تفتيش مستودع", "نقل الحبوب لمستودع جديد");
            assertThat(found.get(2)).as("below the form typed").isEqualTo("نقل الحبوب لمستودع جديد");
            assertThat(titles(archive, "لمستودع")).hasSize(3).first().isEqualTo("نقل الحبوب لمستودع جديد");
        }
    }

    @Test
    void aNameStartingWithLamIsNotReadAsLamAndAWord() {
        // لجين (a given name) in three articles, جين (a gene) in one: the name is not ل + جين
        try (Archive archive = Archive.open(dir, null)) {
            archive.save(Corpus.article("https://example.org/1", "اكتشاف جين نادر", "اكتشف العلماء جين نادر."), null);
            archive.save(Corpus.article("https://example.org/2", "لجين تفوز بالسباق", "فازت لجين بالسباق."), null);
            archive.save(Corpus.article("https://example.org/3", "لجين في النهائي", "تأهلت لجين إلى النهائي."), null);
            archive.save(Corpus.article("https://example.org/4", "تكريم لجين", "كرمت المدرسة لجين."), null);
            archive.commit();
            assertThat(titles(archive, "جين")).containsExactly("اكتشاف جين نادر");
        }
    }
}
