package org.marsad.extract.trec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.extract.PageExtractor;
import org.marsad.extract.text.ScriptLanguage;
import org.marsad.model.Article;
import org.marsad.model.PublishedDates;

/**
 * Reads a corpus file of {@code <DOC>} records in the TREC style, as the ANT corpus (v2.1) ships its articles: one
 * record per article, one field per tag ({@code <DOCNO> <URL> <SRC> <CAT> <TITLE> <TIME> <AUTHOR> <ABSTRACT>
 * <TEXT>}). Read as a text dump, such a file became one "article" titled {@code <DOC>} with its tags as paragraphs.
 *
 * <p>Each record gives its article's url, title, published (an RFC 1123 time such as {@code Mon, 26 Feb 2018
 * 02:20:10 GMT}, kept in its own offset, the value as written in {@code published_text}), source (the outlet as
 * {@code <SRC>} writes it, never renamed), category, author and body (the lines of {@code <TEXT>}; the abstract when
 * the text is empty, since the corpus's abstract is the text's first words). The files are XML-like, not XML (quotes
 * and ampersands are left bare), so each field is read between its tags, as written. Pure and thread-safe.
 */
public final class TrecDocExtractor implements PageExtractor {
    /** A record: from {@code <DOC>} to its {@code </DOC>}, or to the end of a file cut short. */
    private static final Pattern RECORD = Pattern.compile("<DOC>(.*?)(?:</DOC>|\\z)", Pattern.DOTALL);
    /**
     * Where such a file starts: a {@code <DOC>} record whose first field is {@code <DOCNO>}, after an optional
     * byte-order mark, blanks and XML declaration. Both tags are asked for, so a page merely mentioning one is
     * never read as a corpus.
     */
    private static final Pattern START = Pattern.compile("\\A\\uFEFF?\\s*(?:<\\?xml[^>]*>\\s*)?<DOC>\\s*<DOCNO>");

    /** Whether a decoded page is such a corpus file (its first characters are enough). */
    public static boolean isCorpusFile(String head) {
        return START.matcher(head).find();
    }

    @Override
    public List<Article> extract(String page) {
        List<Article> articles = new ArrayList<>();
        Matcher m = RECORD.matcher(page);
        while (m.find()) {
            articles.add(article(m.group(1)));
        }
        return articles;
    }

    private static Article article(String record) {
        String time = field(record, "TIME");
        String published = PublishedDates.fromRfc1123(time);
        List<String> body = lines(field(record, "TEXT"));
        if (body.isEmpty()) {
            body = lines(field(record, "ABSTRACT"));
        }
        Article a = Article.builder()
                .url(field(record, "URL"))
                .title(field(record, "TITLE"))
                .published(published)
                .publishedText(published == null ? null : time)
                .source(field(record, "SRC"))
                .author(field(record, "AUTHOR"))
                .body(body)
                .build()
                .withCategory(field(record, "CAT"));
        return a.withLanguage(ScriptLanguage.ofArticle(a));
    }

    /** The text of a record's field, stripped; null when the field is missing, unclosed or empty. */
    static String field(String record, String tag) {
        int open = record.indexOf("<" + tag + ">");
        if (open < 0) {
            return null;
        }
        int from = open + tag.length() + 2;
        int close = record.indexOf("</" + tag + ">", from);
        if (close < 0) {
            // an unclosed field would run into the fields after it
            return null;
        }
        String value = record.substring(from, close).strip();
        return value.isEmpty() ? null : value;
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
