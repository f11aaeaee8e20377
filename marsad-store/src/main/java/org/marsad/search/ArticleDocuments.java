package org.marsad.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.arabic.ArabicNormalizer;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.Figure;
import org.marsad.enrich.entities.NameWords;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.PublishedDates;
import org.marsad.search.analysis.MarsadAnalyzer;

/**
 * How an article becomes a Lucene document: the field names and their analysis. Text is indexed twice, folded
 * ({@code *_exact}) and stemmed ({@code *_stem}); what a hit shows, the body for its snippet and similar-article
 * queries among it, is in one binary doc value ({@link HitRecord}).
 */
final class ArticleDocuments {
    static final String ID = "id";
    static final String URL = "url";
    static final String TITLE_EXACT = "title_exact";
    static final String TITLE_STEM = "title_stem";
    static final String BODY_EXACT = "body_exact";
    static final String BODY_STEM = "body_stem";
    static final String SOURCE = "source";
    static final String SOURCE_KEY = "source_key";
    static final String SOURCE_TEXT = "source_text";
    static final String TAG_KEY = "tag_key";
    static final String TAG_TEXT = "tag_text";
    static final String CATEGORY_KEY = "category_key";
    static final String AUTHOR_TEXT = "author_text";
    static final String LANG = "lang";
    static final String DAY = "day";
    static final String PUBLISHED = "published";
    static final String PUBLISHED_SORT = "published_sort";
    /** Prefix of the numeric fields of figures, one per category ({@code figure_killed}). */
    static final String FIGURE_PREFIX = "figure_";
    static final String FACET_SOURCE = "source";
    static final String FACET_TAG = "tag";
    static final String FACET_MONTH = "month";
    /** The publication day ("2024-03-10", as the page dates it): every value is returned, for coverage charts. */
    static final String FACET_DATE = "date";
    /** The UTC hour of publication ("2024-03-10T06") of articles whose time is known. */
    static final String FACET_HOUR = "hour";
    /** The ids of the entities an article mentions. */
    static final String ENTITY = "entity";
    /** Sound forms ({@link NameWords#form}) of the words of every name of the article's persons. */
    static final String PERSON_FORMS = "person_forms";
    static final String PLACE_FORMS = "place_forms";
    static final String ORG_FORMS = "org_forms";
    static final String FACET_PERSON = "person";
    static final String FACET_PLACE = "place";
    static final String FACET_ORG = "org";

    /**
     * Bumped whenever analysis or document layout changes: an index built with another version is rebuilt from
     * the store on open. 2: entity fields (person:, place:, org:); 3: the search stemmer's case alif and ات before
     * ان; 4: figures as numeric fields ({@code figure:killed>100}); 5: the day and hour facets of coverage charts;
     * 6: doc values on the id, the last key of every order (as in the SolrCloud collection); 7: what a hit shows
     * in one binary doc value ({@link HitRecord}), the body no longer a stored field; 8: the hit record's body in
     * UTF-16 (its own field; version 7's records are still read while the index is rebuilt); 9: the hit record
     * keeps the body's sentence boundaries (version 8's records are still read, their boundaries found as before).
     * Versions after 7 are the embedded index's own ({@link ArticleIndexing#ANALYSIS_VERSION} is what SolrCloud has).
     */
    static final int ANALYSIS_VERSION = 9;

    private static final FieldType STORED_TEXT_WITH_OFFSETS = withOffsets(TextField.TYPE_STORED);
    // The body's text is in the hit record (see HitRecord); storing it again would double its space on disk.
    private static final FieldType TEXT_WITH_OFFSETS = withOffsets(TextField.TYPE_NOT_STORED);

    private static FieldType withOffsets(FieldType base) {
        FieldType t = new FieldType(base);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    private ArticleDocuments() {
    }

    // Two instances of each strength, same terms: the writer's (one thread, a large word memo per filter) and the
    // one queries, snippets, similar articles and watches use from every server thread (small memos; see TermMemo).
    private static final MarsadAnalyzer INDEX_EXACT = new MarsadAnalyzer(MarsadAnalyzer.Mode.EXACT);
    private static final MarsadAnalyzer INDEX_STEMMED = new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED);
    static final MarsadAnalyzer EXACT = MarsadAnalyzer.forSearch(MarsadAnalyzer.Mode.EXACT);
    static final MarsadAnalyzer STEMMED = MarsadAnalyzer.forSearch(MarsadAnalyzer.Mode.STEMMED);

    /** The analyzer of every field for queries and snippets: stemmed for {@code *_stem}, folded for the rest. */
    static Analyzer analyzer() {
        return new PerFieldAnalyzerWrapper(EXACT, Map.of(TITLE_STEM, STEMMED, BODY_STEM, STEMMED));
    }

    /** The same analysis for the index writer. */
    static Analyzer indexAnalyzer() {
        return new PerFieldAnalyzerWrapper(INDEX_EXACT, Map.of(TITLE_STEM, INDEX_STEMMED, BODY_STEM, INDEX_STEMMED));
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued(FACET_TAG, true);
        c.setMultiValued(FACET_PERSON, true);
        c.setMultiValued(FACET_PLACE, true);
        c.setMultiValued(FACET_ORG, true);
        return c;
    }

    static Document toDocument(Article a, FacetsConfig facets) throws java.io.IOException {
        Document d = facets.build(fields(a));
        d.add(new BinaryDocValuesField(HitRecord.FIELD, hitRecord(a).encode()));
        return d;
    }

    /** What a hit of the article shows, as the stored fields held it before {@link HitRecord}. */
    static HitRecord hitRecord(Article a) {
        return new HitRecord(a.id(), a.title() == null ? "" : a.title(), notBlank(a.source()) ? a.source() : null,
                a.published(), a.url(), a.bodyText());
    }

    /** The article's fields, facet fields as given (before {@link FacetsConfig#build} encodes them). */
    static Document fields(Article a) {
        Document d = new Document();
        d.add(new StringField(ID, a.id(), Field.Store.YES));
        // Equal scores and equal times are ordered by id, on every shard of any index: hits keep their places
        // from page to page and between the embedded index and a SolrCloud collection.
        d.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
        if (a.url() != null) {
            d.add(new StoredField(URL, a.url()));
        }
        String title = a.title() == null ? "" : a.title();
        d.add(new Field(TITLE_STEM, title, STORED_TEXT_WITH_OFFSETS));
        d.add(new TextField(TITLE_EXACT, title, Field.Store.NO));
        String body = a.bodyText();
        d.add(new Field(BODY_STEM, body, TEXT_WITH_OFFSETS));
        d.add(new TextField(BODY_EXACT, body, Field.Store.NO));
        if (notBlank(a.source())) {
            d.add(new StoredField(SOURCE, a.source()));
            d.add(new StringField(SOURCE_KEY, key(a.source()), Field.Store.NO));
            d.add(new TextField(SOURCE_TEXT, a.source(), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(FACET_SOURCE, a.source().strip()));
        }
        // The page's tags, or, for a page without any, the ones made from its entities.
        for (String tag : a.effectiveTags()) {
            if (notBlank(tag)) {
                d.add(new StringField(TAG_KEY, key(tag), Field.Store.NO));
                d.add(new TextField(TAG_TEXT, tag, Field.Store.NO));
                d.add(new SortedSetDocValuesFacetField(FACET_TAG, tag.strip()));
            }
        }
        for (ArticleEntity e : a.entities()) {
            String forms = formsField(e.type());
            if (forms == null || e.id() == null) {
                continue;
            }
            d.add(new StringField(ENTITY, e.id(), Field.Store.NO));
            java.util.Set<String> seen = new java.util.HashSet<>();
            List<String> names = new java.util.ArrayList<>(e.spellings());
            if (e.name() != null) {
                names.add(e.name());
            }
            for (String name : names) {
                for (String form : nameForms(name)) {
                    if (seen.add(form)) {
                        d.add(new StringField(forms, form, Field.Store.NO));
                    }
                }
            }
            if (notBlank(e.name())) {
                d.add(new SortedSetDocValuesFacetField(facetOf(e.type()), e.name().strip()));
            }
        }
        if (notBlank(a.category())) {
            for (String k : categoryKeys(a.category())) {
                d.add(new StringField(CATEGORY_KEY, k, Field.Store.NO));
            }
        }
        if (notBlank(a.author())) {
            d.add(new TextField(AUTHOR_TEXT, a.author(), Field.Store.NO));
        }
        if (notBlank(a.language())) {
            d.add(new StringField(LANG, a.language().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (a.published() != null) {
            LocalDate day = a.publishedDay().orElseThrow();
            d.add(new StoredField(PUBLISHED, a.published()));
            d.add(new LongPoint(DAY, day.toEpochDay()));
            d.add(new NumericDocValuesField(PUBLISHED_SORT, epochSecond(a.published())));
            d.add(new SortedSetDocValuesFacetField(FACET_MONTH, day.toString().substring(0, 7)));
            d.add(new SortedSetDocValuesFacetField(FACET_DATE, day.toString()));
            PublishedDates.instant(a.published()).ifPresent(t ->
                    d.add(new SortedSetDocValuesFacetField(FACET_HOUR, hourKey(t))));
        }
        addFigures(d, a.figures());
        return d;
    }

    /**
     * Each figure with a value becomes a point of its category's field. The figure's comparator moves it just past
     * its number ("أكثر من 100" is indexed a hair above 100, so it meets {@code >100} and not {@code =100}); a range
     * puts both ends in.
     */
    private static void addFigures(Document d, java.util.List<Figure> figures) {
        for (Figure f : figures) {
            if (f.value() == null || f.category() == null) {
                continue;
            }
            String field = figureField(f.category());
            double v = f.value().doubleValue();
            if (f.comparator() == Comparison.MORE_THAN) {
                v = Math.nextUp(v);
            } else if (f.comparator() == Comparison.LESS_THAN) {
                v = Math.nextDown(v);
            }
            d.add(new DoublePoint(field, v));
            if (f.valueMax() != null) {
                d.add(new DoublePoint(field, f.valueMax().doubleValue()));
            }
        }
    }

    /** The numeric field of a figure category. */
    static String figureField(Category c) {
        return FIGURE_PREFIX + c.key();
    }

    // Compiled once: String.split compiled it for every name of every article indexed.
    private static final java.util.regex.Pattern NAME_GAPS = java.util.regex.Pattern.compile("[\\s\\p{Punct}،]+");

    /** The index forms of the words of a name (see {@link NameWords#form}). */
    static List<String> nameForms(String name) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : NAME_GAPS.split(name)) {
            String f = NameWords.form(w);
            if (!f.isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    private static String formsField(String type) {
        return type == null ? null : switch (type) {
            case "PER" -> PERSON_FORMS;
            case "LOC" -> PLACE_FORMS;
            case "ORG" -> ORG_FORMS;
            default -> null;
        };
    }

    private static String facetOf(String type) {
        return switch (type) {
            case "PER" -> FACET_PERSON;
            case "LOC" -> FACET_PLACE;
            default -> FACET_ORG;
        };
    }

    /** The comparison key of a source or tag name: folded, lower case, single spaces. */
    static String key(String name) {
        return ArabicNormalizer.search(name).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /**
     * The keys a category is found by: its own and each enclosing folder's ("اقتصاد/أسواق" is found by
     * {@code category:اقتصاد} too), so filing sources in sub-folders never hides them from the folder above.
     */
    static java.util.List<String> categoryKeys(String category) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (String part : category.split("/")) {
            if (part.isBlank()) {
                continue;
            }
            if (path.length() > 0) {
                path.append('/');
            }
            path.append(key(part));
            keys.add(path.toString());
        }
        return keys;
    }

    /** The key a {@code category:} value is looked up by. */
    static String categoryKey(String value) {
        java.util.List<String> keys = categoryKeys(value);
        return keys.isEmpty() ? "" : keys.get(keys.size() - 1);
    }

    private static final java.time.format.DateTimeFormatter HOUR_KEY =
            java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH", Locale.ROOT);

    /** The hour facet value of an instant: its UTC hour, "2024-03-10T06". */
    static String hourKey(OffsetDateTime t) {
        return HOUR_KEY.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    // A date alone sorts as its midnight UTC, as the store's lists do (PublishedDates.sortSecond).
    static long epochSecond(String published) {
        return PublishedDates.sortSecond(published);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
