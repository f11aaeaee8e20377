package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.Archive;

/**
 * A new user's walk (review27): بمستودع found only the article writing بمستودع, لمستودع nothing, and الحرائق did
 * not find حريق. A word finds its forms behind ب ل ك and its broken plural's other number, below the form typed,
 * and only where the archive's counts say the clitic reading is that word. Made-up articles.
 */
class OtherFormsSearchTest {
    @TempDir
    static Path dir;
    private static Archive archive;
    private static int n;

    @BeforeAll
    static void index() {
        archive = Archive.open(dir, null);
        // مستودع written bare four times, once behind ب
        save("حريق في مستودع الوقود", "اندلعت النيران في مستودع كبير قرب الميناء صباح اليوم.");
        save("تفتيش مستودع", "فتش المحققون مستودع الأدوية بعد البلاغ.");
        save("مستودع الحبوب", "قال المزارعون إن مستودع الحبوب امتلأ هذا الموسم.");
        save("افتتاح مستودع", "افتتحت البلدية مستودع المعدات الجديد.");
        save("أضرار بمستودع للأغذية", "لحقت أضرار بمستودع للأغذية خلال العاصفة.");
        // حرائق and حريق in different articles
        save("الحرائق تلتهم الغابات", "امتدت الحرائق إلى ثلاث قرى في الجبل.");
        save("إخماد حريق", "أخمد رجال الإطفاء الحريق بعد ساعتين.");
        // طاقة is rarer than بطاقة: بطاقة is a word of its own (a card), not ب + طاقة
        save("أسعار الطاقة", "ارتفعت أسعار الطاقة في الأسواق.");
        save("بطاقة هوية جديدة", "أصدرت الوزارة بطاقة هوية جديدة للمواطنين.");
        save("بطاقة التموين", "توزع الحكومة بطاقة التموين الشهرية.");
        save("بطاقة المعايدة", "أرسل الرئيس بطاقة معايدة للجنود.");
        save("بطاقة الصعود", "أضاع المسافر بطاقة الصعود إلى الطائرة.");
        archive.commit();
    }

    private static void save(String title, String body) {
        archive.save(Corpus.article("https://example.org/" + n++, title, body), null);
    }

    @AfterAll
    static void close() {
        archive.close();
    }

    private static List<String> titles(String query) {
        return archive.search(new SearchRequest(query, null, null, null, null, SearchRequest.Sort.RELEVANCE, 20, 0))
                .hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void aWordFindsItsFormBehindAPrepositionBelowTheFormTyped() {
        List<String> found = titles("مستودع");
        assertThat(found).hasSize(5).contains("أضرار بمستودع للأغذية");
        assertThat(found.get(4)).isEqualTo("أضرار بمستودع للأغذية");
    }

    @Test
    void aFormBehindAPrepositionFindsTheWord() {
        assertThat(titles("بمستودع")).hasSize(5).first().isEqualTo("أضرار بمستودع للأغذية");
        // read without its clitic only: the word's other clitic forms (بمستودع) are not reached from لمستودع
        assertThat(titles("لمستودع")).hasSize(4).doesNotContain("أضرار بمستودع للأغذية");
    }

    @Test
    void aBrokenPluralAndItsSingularFindEachOther() {
        assertThat(titles("الحرائق")).contains("إخماد حريق", "الحرائق تلتهم الغابات");
        assertThat(titles("الحرائق").get(0)).isEqualTo("الحرائق تلتهم الغابات");
        assertThat(titles("حريق")).contains("الحرائق تلتهم الغابات", "إخماد حريق", "حريق في مستودع الوقود");
    }

    @Test
    void anArticleFoundThroughAnotherFormShowsThatFormInItsSnippet() {
        SearchHit hit = archive.search(new SearchRequest("مستودع", null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 20, 0)).hits().stream()
                .filter(h -> h.title().equals("أضرار بمستودع للأغذية")).findFirst().orElseThrow();
        assertThat(hit.snippet()).contains("بمستودع");
        assertThat(hit.highlights()).extracting(s -> hit.snippet().substring(s.start(), s.end()))
                .containsExactly("بمستودع");
        SearchHit plural = archive.search(new SearchRequest("حريق", null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 20, 0)).hits().stream()
                .filter(h -> h.title().equals("الحرائق تلتهم الغابات")).findFirst().orElseThrow();
        assertThat(plural.highlights()).extracting(s -> plural.snippet().substring(s.start(), s.end()))
                .containsExactly("الحرائق");
        // a word whose forms the archive refuses marks only itself
        SearchHit energy = archive.search(new SearchRequest("طاقة", null, null, null, null,
                SearchRequest.Sort.RELEVANCE, 20, 0)).hits().get(0);
        assertThat(energy.highlights()).extracting(s -> energy.snippet().substring(s.start(), s.end()))
                .containsExactly("الطاقة");
    }

    @Test
    void aWordOfItsOwnIsNotReadAsPrepositionAndWord() {
        assertThat(titles("طاقة")).containsExactly("أسعار الطاقة");
        assertThat(titles("بطاقة")).hasSize(4).doesNotContain("أسعار الطاقة");
    }

    @Test
    void exactSearchAndPhrasesFindOnlyTheFormTyped() {
        assertThat(titles("\"مستودع\"")).hasSize(4).doesNotContain("أضرار بمستودع للأغذية");
        assertThat(titles("\"بمستودع\"")).containsExactly("أضرار بمستودع للأغذية");
        assertThat(titles("\"الحرائق\"")).containsExactly("الحرائق تلتهم الغابات");
        assertThat(titles("\"مستودع الحبوب\"")).containsExactly("مستودع الحبوب");
    }

    /**
     * The clitic forms of a word, more than {@link OtherForms#MOST} of them in the index: the commonest kept, and
     * each form's articles counted once (they were counted again for every comparison of the sort, each count a
     * lookup in every segment of the index). Counts made up.
     */
    @Test
    void eachFormIsCountedOnceWhenTheCommonestAreChosen() throws Exception {
        OtherForms forms = OtherForms.of("مستودع", LuceneQueries.terms(ArticleDocuments.STEMMED, "مستودع").get(0));
        java.util.Random random = new java.util.Random(7L);
        try (var directory = new org.apache.lucene.store.ByteBuffersDirectory()) {
            try (var writer = new org.apache.lucene.index.IndexWriter(directory,
                    new org.apache.lucene.index.IndexWriterConfig())) {
                // the word itself in many articles, each clitic form in a few
                for (String stem : forms.stems()) {
                    int articles = stem.equals("مستودع") ? 400 : 1 + random.nextInt(20);
                    for (int i = 0; i < articles; i++) {
                        var doc = new org.apache.lucene.document.Document();
                        doc.add(new org.apache.lucene.document.StringField(ArticleDocuments.BODY_STEM, stem,
                                org.apache.lucene.document.Field.Store.NO));
                        writer.addDocument(doc);
                    }
                }
            }
            try (var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
                java.util.Map<org.apache.lucene.index.Term, Integer> asked = new java.util.HashMap<>();
                List<String> accepted = forms.accepted(new ReaderFormCounts(reader, term -> {
                    asked.merge(term, 1, Integer::sum);
                    return reader.docFreq(term);
                }));
                assertThat(accepted).hasSize(OtherForms.MOST);
                assertThat(asked.values()).as("lookups per term").containsOnly(1);
            }
        }
    }
}
