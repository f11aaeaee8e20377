package org.marsad.ingest.page;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marsad.extract.PageExtractor;
import org.marsad.extract.PageExtractors;
import org.marsad.extract.PageFormat;
import org.marsad.extract.TextDecoding;
import org.marsad.extract.html.HtmlArticleExtractor;
import org.marsad.ingest.fetch.MediaTypes;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.model.PageZone;

/**
 * The single seam through which every fetched or archived page becomes an article: decode (header, meta, BOM,
 * Arabic detection), pick the extractor for the page's format from {@link PageExtractors}, stamp the URL, id and
 * fetch time. Live polling and WARC ingestion both call this, so an extractor improvement reaches both.
 */
public final class PageArticles {
    private PageArticles() {
    }

    /** Why a page gave no article. */
    public sealed interface Outcome {
    }

    /** The page's article, with url, id and fetched_at set. */
    public record Extracted(Article article) implements Outcome {
    }

    /** No article: undecodable bytes or a page without article text. */
    public record NoArticle(String reason) implements Outcome {
    }

    /** This build cannot extract the page's format; a later one may (so the page is worth trying again). */
    public record Unsupported(String format) implements Outcome {
    }

    /**
     * @param url         the page's URL (the final one, after redirects)
     * @param body        the page bytes
     * @param contentType the HTTP Content-Type, or null
     * @param fetchedAt   when the page was fetched or captured
     */
    public static Outcome extract(URI url, byte[] body, String contentType, Instant fetchedAt) {
        return extract(url, body, contentType, fetchedAt, PageZone.UNKNOWN);
    }

    /**
     * Like {@link #extract(URI, byte[], String, Instant)}, for a page whose times written without an offset are in
     * {@code zone} (a source's configured zone); with {@link PageZone#UNKNOWN} such a time keeps only its day.
     */
    public static Outcome extract(URI url, byte[] body, String contentType, Instant fetchedAt, PageZone zone) {
        TextDecoding.Result decoded = TextDecoding.decode(body, PageCharsets.declared(body, contentType).orElse(null));
        if (decoded instanceof TextDecoding.Undecodable u) {
            return new NoArticle(u.reason());
        }
        String text = ((TextDecoding.Decoded) decoded).text();
        PageFormat format = MediaTypes.isHtml(contentType) && !MediaTypes.essence(contentType).isEmpty()
                ? PageFormat.HTML : PageFormat.sniff(url.getPath(), text);
        List<Article> articles;
        if (format == PageFormat.HTML) {
            // HTML needs the page's address (relative links, canonical URL), which PageExtractor does not carry.
            articles = HtmlArticleExtractor.extract(text, url.toString(), zone).map(List::of).orElse(List.of());
        } else {
            Optional<PageExtractor> extractor = PageExtractors.forFormat(format, zone);
            if (extractor.isEmpty()) {
                return new Unsupported(format.name());
            }
            articles = extractor.get().extract(text);
        }
        if (articles.isEmpty() || articles.get(0).body().isEmpty()) {
            return new NoArticle("no article text in the page");
        }
        Article a = articles.get(0);
        if (a.url() == null) {
            a = a.withUrl(url.toString());
        }
        a = a.withFetchedAt(fetchedAt.toString()).withDecodingErrors(((TextDecoding.Decoded) decoded).errors());
        return new Extracted(a.withId(ArticleIds.of(a)));
    }
}
