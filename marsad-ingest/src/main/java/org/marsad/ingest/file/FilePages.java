package org.marsad.ingest.file;

import java.util.ArrayList;
import java.util.List;
import org.marsad.extract.PageExtractor;
import org.marsad.extract.PageExtractors;
import org.marsad.extract.PageFormat;
import org.marsad.extract.TextDecoding;
import org.marsad.model.Article;
import org.marsad.model.ArticleIds;
import org.marsad.model.PageZone;

/**
 * A page held as bytes (a file, standard input) into articles: decodes it, picks the extractor for its format and
 * gives the articles their ids. Pure: no I/O.
 */
public final class FilePages {
    /** No news page comes near this; a bigger file is a mistake (a video, a database dump). */
    public static final long MAX_BYTES = 64L << 20;

    private FilePages() {
    }

    /**
     * The articles of a page's bytes, with ids.
     *
     * @param name the file name (used to sniff the format, and in messages)
     * @throws InputException when the bytes cannot be decoded, are empty, or hold no article
     */
    public static List<Article> extract(String name, byte[] bytes) {
        return extract(name, bytes, PageZone.UNKNOWN);
    }

    /** Like {@link #extract(String, byte[])}, for a page whose times without an offset are in {@code zone}. */
    public static List<Article> extract(String name, byte[] bytes, PageZone zone) {
        List<Article> articles = articles(name, bytes, zone);
        if (articles.isEmpty()) {
            throw new InputException(name + ": no article found in the page");
        }
        return articles;
    }

    /**
     * The articles of a page's bytes, with ids; empty when the page holds none.
     *
     * @throws InputException when the bytes cannot be decoded or are empty
     */
    public static List<Article> articles(String name, byte[] bytes) {
        return articles(name, bytes, PageZone.UNKNOWN);
    }

    /** Like {@link #articles(String, byte[])}, for a page whose times without an offset are in {@code zone}. */
    public static List<Article> articles(String name, byte[] bytes, PageZone zone) {
        TextDecoding.Result decoding = TextDecoding.decode(bytes);
        if (decoding instanceof TextDecoding.Undecodable u) {
            throw new InputException(name + ": " + u.reason());
        }
        TextDecoding.Decoded decoded = (TextDecoding.Decoded) decoding;
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InputException(name + ": empty file");
        }
        PageFormat format = PageFormat.sniff(name, text);
        PageExtractor extractor = PageExtractors.forFormat(format, zone).orElseThrow(() -> new InputException(
                name + ": " + format.name() + " pages are not supported"));
        List<Article> articles = new ArrayList<>();
        for (Article a : extractor.extract(text)) {
            articles.add(a.withId(ArticleIds.of(a)).withDecodingErrors(decoded.errors()));
        }
        return articles;
    }

    /** Whether the bytes are an HTML page (by name, else by their first characters). */
    public static boolean isHtml(String name, byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
        return PageFormat.sniff(name, head) == PageFormat.HTML;
    }

    /**
     * Whether an article extracted from a page says anything of a news article: a title or a publication date.
     * A page that yields none (an empty template, a folder's notes) is skipped, not stored.
     */
    public static boolean isNews(Article a) {
        return (a.title() != null && !a.title().isBlank()) || a.published() != null;
    }
}
