package org.marsad.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marsad.arabic.figures.Figure;

/**
 * One news article as Marsad knows it: what the page says, and nothing guessed.
 *
 * <p>Every field the page does not state is {@code null} (or an empty list); extractors must never fill a field
 * from a default. The JSON form of this record is the contract in DESIGN.md ("Article JSON") and is written and
 * read by {@link ArticleJson}.
 *
 * @param id           stable identifier, see {@link ArticleIds}; null until assigned
 * @param url          canonical URL of the article, when known
 * @param title        headline as printed
 * @param published    ISO-8601 publication date ("2023-12-24") or date-time with the page's own offset
 *                     ("2020-06-03T03:01:00+04:00"); never shifted to another day; null when the page does not say
 * @param publishedText the publication date exactly as written on the page
 * @param source       the outlet credited for the article (not necessarily the site it was found on)
 * @param author       the writer's name, without "بقلم" / "كتب" labels
 * @param language     ISO 639-1 code of the text ("ar")
 * @param body         paragraphs of the article text, in order
 * @param tags         keyword tags the page lists
 * @param related      the page's "read also" items
 * @param fetchedAt    ISO-8601 instant the page was fetched or read, when known
 * @param duplicateOf  id of the earliest known original when this article is a (near-)copy of it; null for an
 *                     original or before enrichment
 * @param story        id of the story the article belongs to (a lone article is a story of its own); null before
 *                     the article is stored and enriched
 * @param decodingErrors invalid byte sequences of its page that were replaced by U+FFFD when it was read (0 for a
 *                     page read cleanly, or an article that did not come from page bytes)
 * @param category     the category of the followed source it was collected from (see {@code marsad sources}), or
 *                     null (not collected from a followed source, or one without a category); a page never says it
 * @param figures      the reported figures of {@link #figureText()} (offsets into that text), found by the figures
 *                     enrichment stage; empty before it ran or when the article reports none
 * @param entities     the persons, places and organisations it mentions, most mentioned first (empty before the
 *                     archive enriches it); derived, like {@code story}
 * @param autoTags     keyword tags Marsad made from its main entities, only for an article whose page lists no
 *                     tags ({@code tags} stay the page's own); derived
 */
public record Article(
        String id,
        String url,
        String title,
        String published,
        String publishedText,
        String source,
        String author,
        String language,
        List<String> body,
        List<String> tags,
        List<RelatedLink> related,
        String fetchedAt,
        String duplicateOf,
        String story,
        int decodingErrors,
        String category,
        List<Figure> figures,
        List<ArticleEntity> entities,
        List<String> autoTags) {

    public Article {
        figures = figures == null ? List.of() : List.copyOf(figures);
        body = body == null ? List.of() : List.copyOf(body);
        tags = tags == null ? List.of() : List.copyOf(tags);
        entities = entities == null ? List.of() : List.copyOf(entities);
        autoTags = autoTags == null ? List.of() : List.copyOf(autoTags);
        related = related == null ? List.of() : List.copyOf(related);
        if (published != null) {
            PublishedDates.requireValid(published);
        }
    }

    /** An article before the figures and entities stages. */
    public Article(String id, String url, String title, String published, String publishedText, String source,
                   String author, String language, List<String> body, List<String> tags, List<RelatedLink> related,
                   String fetchedAt, String duplicateOf, String story, int decodingErrors, String category) {
        this(id, url, title, published, publishedText, source, author, language, body, tags, related, fetchedAt,
                duplicateOf, story, decodingErrors, category, List.of(), List.of(), List.of());
    }

    /** An article before the entities stage. */
    public Article(String id, String url, String title, String published, String publishedText, String source,
                   String author, String language, List<String> body, List<String> tags, List<RelatedLink> related,
                   String fetchedAt, String duplicateOf, String story, int decodingErrors, String category,
                   List<Figure> figures) {
        this(id, url, title, published, publishedText, source, author, language, body, tags, related, fetchedAt,
                duplicateOf, story, decodingErrors, category, figures, List.of(), List.of());
    }

    /** An article not collected from a categorized source. */
    public Article(String id, String url, String title, String published, String publishedText, String source,
                   String author, String language, List<String> body, List<String> tags, List<RelatedLink> related,
                   String fetchedAt, String duplicateOf, String story, int decodingErrors) {
        this(id, url, title, published, publishedText, source, author, language, body, tags, related, fetchedAt,
                duplicateOf, story, decodingErrors, null);
    }

    /** An article read without decoding errors. */
    public Article(String id, String url, String title, String published, String publishedText, String source,
                   String author, String language, List<String> body, List<String> tags, List<RelatedLink> related,
                   String fetchedAt, String duplicateOf, String story) {
        this(id, url, title, published, publishedText, source, author, language, body, tags, related, fetchedAt,
                duplicateOf, story, 0);
    }

    /** An article as extracted: not yet enriched, so without {@code duplicateOf} and {@code story}. */
    public Article(String id, String url, String title, String published, String publishedText, String source,
                   String author, String language, List<String> body, List<String> tags, List<RelatedLink> related,
                   String fetchedAt) {
        this(id, url, title, published, publishedText, source, author, language, body, tags, related, fetchedAt,
                null, null);
    }

    /** The calendar day of publication in the page's own time zone, if known. */
    public Optional<LocalDate> publishedDay() {
        return published == null ? Optional.empty() : Optional.of(PublishedDates.day(published));
    }

    /** The body as one text, paragraphs separated by a blank line. */
    public String bodyText() {
        return String.join("\n\n", body);
    }

    public Article withId(String newId) {
        return new Article(newId, url, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, category, figures, entities, autoTags);
    }

    public Article withUrl(String newUrl) {
        return new Article(id, newUrl, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, category, figures, entities, autoTags);
    }

    /** This article published at {@code newPublished} (the contract's form), its date as written unchanged. */
    public Article withPublished(String newPublished) {
        return new Article(id, url, title, newPublished, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, category, figures, entities, autoTags);
    }

    public Article withFetchedAt(String newFetchedAt) {
        return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                related, newFetchedAt, duplicateOf, story, decodingErrors, category, figures, entities, autoTags);
    }

    /** This article with the enrichment decisions: its original (null for an original) and its story. */
    public Article withEnrichment(String newDuplicateOf, String newStory) {
        return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, newDuplicateOf, newStory, decodingErrors, category, figures, entities, autoTags);
    }

    /** This article in the given language (an ISO 639-1 code, or null). */
    public Article withLanguage(String newLanguage) {
        return new Article(id, url, title, published, publishedText, source, author, newLanguage, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, category, figures, entities, autoTags);
    }

    /** This article with the count of invalid byte sequences replaced while its page was read. */
    public Article withDecodingErrors(int errors) {
        return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, errors, category, figures, entities, autoTags);
    }

    /** This article filed under the category of the source it was collected from (null: none). */
    public Article withCategory(String newCategory) {
        return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, newCategory, figures, entities, autoTags);
    }

    /** This article with its entities and the tags made from them (derived by the archive's enrichment). */
    public Article withEntities(List<ArticleEntity> newEntities, List<String> newAutoTags) {
        return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, category, figures, newEntities, newAutoTags);
    }

    /** The tags to show and search by: the page's own, or, when it lists none, the ones Marsad made. */
    public List<String> effectiveTags() {
        return tags.isEmpty() ? autoTags : tags;
    }

    /** This article with the figures found in its {@link #figureText()} (see the figures enrichment stage). */
    public Article withFigures(List<Figure> newFigures) {
        return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                related, fetchedAt, duplicateOf, story, decodingErrors, category, newFigures, entities, autoTags);
    }

    /**
     * The text figures are found in, and their offsets count in: the title, a blank line, then the paragraphs
     * separated by blank lines (just the body when there is no title).
     */
    public String figureText() {
        return title == null || title.isEmpty() ? bodyText() : title + "\n\n" + bodyText();
    }

    /** A builder for extractors, which discover fields one by one. */
    public static Builder builder() {
        return new Builder();
    }

    /** Mutable collector of fields; {@link #build()} makes the immutable record. */
    public static final class Builder {
        private String id;
        private String url;
        private String title;
        private String published;
        private String publishedText;
        private String source;
        private String author;
        private String language;
        private List<String> body = List.of();
        private List<String> tags = List.of();
        private List<RelatedLink> related = List.of();
        private String fetchedAt;
        private String duplicateOf;
        private String story;
        private int decodingErrors;

        private Builder() {
        }

        public Builder id(String v) { id = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder published(String v) { published = v; return this; }
        public Builder publishedText(String v) { publishedText = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder author(String v) { author = v; return this; }
        public Builder language(String v) { language = v; return this; }
        public Builder body(List<String> v) { body = Objects.requireNonNullElse(v, List.of()); return this; }
        public Builder tags(List<String> v) { tags = Objects.requireNonNullElse(v, List.of()); return this; }
        public Builder related(List<RelatedLink> v) { related = Objects.requireNonNullElse(v, List.of()); return this; }
        public Builder fetchedAt(String v) { fetchedAt = v; return this; }
        public Builder duplicateOf(String v) { duplicateOf = v; return this; }
        public Builder story(String v) { story = v; return this; }
        public Builder decodingErrors(int v) { decodingErrors = v; return this; }

        public Article build() {
            return new Article(id, url, title, published, publishedText, source, author, language, body, tags,
                    related, fetchedAt, duplicateOf, story, decodingErrors);
        }
    }
}
