package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;

/**
 * The elements of a page that the extraction's whole-page searches ({@link Queries}) can match, listed in one walk,
 * in document order. Each search used to walk the whole page, every element and text node, trying its query on each;
 * now the query is tried only on the elements that can match it (a {@code meta} query on the meta elements, an
 * {@code [itemprop=headline]} query on the elements with an itemprop), in the same order, so it finds the same
 * elements. Valid while the page is unchanged: the main text's pruning comes after every search. Not thread-safe.
 */
final class PageIndex {
    private final Document doc;
    private final Element body;
    /** Every element, the document first, in document order, as {@link Element#getAllElements} lists them. */
    private final List<Element> all = new ArrayList<>(1024);
    /** Where the body and its descendants lie in {@link #all}. */
    private int bodyFrom;
    private int bodyTo;

    private final List<Element> metas = new ArrayList<>();
    private final List<Element> scripts = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final List<Element> titles = new ArrayList<>();
    private final List<Element> h1s = new ArrayList<>();
    private final List<Element> times = new ArrayList<>();
    private final List<Element> htmls = new ArrayList<>();
    /** h1 elements and elements with an itemprop. */
    private final List<Element> headlines = new ArrayList<>();
    /** time elements and elements with an itemprop. */
    private final List<Element> published = new ArrayList<>();
    /** article elements and elements with an itemprop. */
    private final List<Element> declared = new ArrayList<>();
    /**
     * Elements with an itemprop or a rel, or a class holding "author" or "byline" in any case: listed when first
     * asked, since the byline markup is searched only on pages whose structured data and meta tags name no author,
     * and scanning every class value of the page for the words was a fifth of the walk.
     */
    private List<Element> authors;
    /** Links with a rel. */
    private final List<Element> relLinks = new ArrayList<>();

    private PageIndex(Document doc) {
        this.doc = doc;
        this.body = doc.body();
    }

    /** Walks the page once. */
    static PageIndex of(Document doc) {
        PageIndex index = new PageIndex(doc);
        index.walk(doc);
        return index;
    }

    /** The page. */
    Document document() {
        return doc;
    }

    /** The elements {@code doc.select(query)} gives, for one of the {@link Queries} searched over the whole page. */
    List<Element> select(Evaluator query) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates(query)) {
            if (query.matches(doc, e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The element {@code doc.selectFirst(query)} gives, or null. */
    Element selectFirst(Evaluator query) {
        for (Element e : candidates(query)) {
            if (query.matches(doc, e)) {
                return e;
            }
        }
        return null;
    }

    /** The body and its descendants in document order ({@code body.getAllElements()}), or every element without one. */
    List<Element> bodyElements() {
        return body == null ? all : all.subList(bodyFrom, bodyTo);
    }

    /** The elements that can match the query: each query's every alternative names a tag or an attribute listed. */
    private List<Element> candidates(Evaluator query) {
        if (query == Queries.META) {
            return metas;
        } else if (query == Queries.JSON_LD) {
            return scripts;
        } else if (query == Queries.CANONICAL) {
            return links;
        } else if (query == Queries.WINDOW_TITLE) {
            return titles;
        } else if (query == Queries.H1) {
            return h1s;
        } else if (query == Queries.TIME_ANY) {
            return times;
        } else if (query == Queries.HTML) {
            return htmls;
        } else if (query == Queries.HEADLINE) {
            return headlines;
        } else if (query == Queries.TIME_PUBLISHED) {
            return published;
        } else if (query == Queries.DECLARED_ARTICLE) {
            return declared;
        } else if (query == Queries.AUTHOR_MARKUP) {
            return authors();
        } else if (query == Queries.TAG_LINK) {
            return relLinks;
        }
        throw new IllegalArgumentException("not a query of the page index: " + query);
    }

    private void walk(Element e) {
        if (e == body) {
            bodyFrom = all.size();
        }
        all.add(e);
        file(e);
        // child nodes read by index: jsoup's childNodes() copies the list on every call
        for (int i = 0, n = e.childNodeSize(); i < n; i++) {
            Node c = e.childNode(i);
            if (c instanceof Element child) {
                walk(child);
            }
        }
        if (e == body) {
            bodyTo = all.size();
        }
    }

    private void file(Element e) {
        String tag = e.normalName();
        boolean named = e.attributesSize() > 0;
        boolean itemprop = named && e.hasAttr("itemprop");
        boolean rel = named && e.hasAttr("rel");
        switch (tag) {
            case "meta" -> metas.add(e);
            case "script" -> scripts.add(e);
            case "link" -> links.add(e);
            case "title" -> titles.add(e);
            case "h1" -> h1s.add(e);
            case "time" -> times.add(e);
            case "html" -> htmls.add(e);
            default -> {
            }
        }
        if (tag.equals("h1") || itemprop) {
            headlines.add(e);
        }
        if (tag.equals("time") || itemprop) {
            published.add(e);
        }
        if (tag.equals("article") || itemprop) {
            declared.add(e);
        }
        if (rel && tag.equals("a")) {
            relLinks.add(e);
        }
    }

    private List<Element> authors() {
        if (authors == null) {
            authors = new ArrayList<>();
            for (Element e : all) {
                boolean named = e.attributesSize() > 0;
                if (named && (e.hasAttr("itemprop") || e.hasAttr("rel") || authorClass(e.attr("class")))) {
                    authors.add(e);
                }
            }
        }
        return authors;
    }

    /**
     * The class value may hold the class "author", "author-name" or "byline": it holds one of the two words as
     * {@link Element#hasClass} compares (ignoring case as {@link String#regionMatches(boolean, int, String, int, int)}
     * does).
     */
    private static boolean authorClass(String value) {
        for (int i = 0, n = value.length() - 5; i < n; i++) {
            // only 'a', 'A', 'b' and 'B' fold to the words' first letters: the rest of the value is passed over cheaply
            int c = value.charAt(i) | 0x20;
            if (c == 'a' && value.regionMatches(true, i, "author", 0, 6)
                    || c == 'b' && value.regionMatches(true, i, "byline", 0, 6)) {
                return true;
            }
        }
        return false;
    }
}
