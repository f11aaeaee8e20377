package org.marsad.extract.html;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The CSS queries of the extraction steps, parsed once. jsoup parses a query string on every {@code select} call,
 * which cost about as much as some of the walks themselves; a parsed query gives the same elements.
 */
final class Queries {
    private Queries() {
    }

    static final Evaluator HTML = QueryParser.parse("html");
    static final Evaluator H1 = QueryParser.parse("h1");
    static final Evaluator META = QueryParser.parse("meta");
    static final Evaluator LINK_HREF = QueryParser.parse("a[href]");
    static final Evaluator DECLARED_ARTICLE = QueryParser.parse("article, [itemprop=articleBody]");
    static final Evaluator OWN_ADDRESS = QueryParser.parse(
            "link[rel~=(?i)^canonical$][href], meta[property=og:url][content]");
    static final Evaluator CANONICAL = QueryParser.parse("link[rel~=(?i)^canonical$][href]");
    static final Evaluator TAG_LINK = QueryParser.parse("a[rel~=(?i)\\btag\\b]");
    static final Evaluator TAG_BLOCKS = QueryParser.parse("div, p, ul, span, section, footer, nav");
    static final Evaluator JSON_LD = QueryParser.parse("script[type~=(?i)application/ld\\+json]");
    static final Evaluator AUTHOR_MARKUP = QueryParser.parse(
            "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline, .author-name, .author");
    static final Evaluator BYLINE_BLOCKS = QueryParser.parse("p, div, span, address, small, em, strong");
    static final Evaluator WINDOW_TITLE = QueryParser.parse("head > title, title");
    static final Evaluator TIME_PUBLISHED = QueryParser.parse(
            "time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][datetime]");
    static final Evaluator TIME_ANY = QueryParser.parse("article time[datetime], time[datetime]");
    static final Evaluator TIME_MODIFIED = QueryParser.parse(
            "time[itemprop=dateModified], [itemprop=dateModified][datetime]");
    static final Evaluator HEADLINE = QueryParser.parse("article h1, main h1, [itemprop=headline], h1");
}
