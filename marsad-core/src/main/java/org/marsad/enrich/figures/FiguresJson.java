package org.marsad.enrich.figures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.model.ArticleJson;
import org.marsad.model.FigureJson;

/**
 * JSON of figures beyond one article, for the API and the command line alike: a figure with the article that
 * reports it, and a story's timelines.
 */
public final class FiguresJson {
    private FiguresJson() {
    }

    /** The figure's keys (see {@link FigureJson}) followed by {@code article_id, title, source, url, published}. */
    public static ObjectNode report(FigureReport r) {
        ObjectNode o = FigureJson.toNode(r.figure());
        article(o, r);
        return o;
    }

    private static void article(ObjectNode o, FigureReport r) {
        o.put("article_id", r.articleId());
        o.put("title", r.title());
        o.put("source", r.outlet());
        o.put("url", r.url());
        o.put("published", r.published());
    }

    /**
     * A story's figures: {@code {categories: [{category, headlines: [point], conflicts: [{date, unit, group, values:
     * [point]}], timeline: [point]}]}}, a point being {@code {date, value, value_max, comparator, unit, attribution,
     * group, counted, outlets, reports: [{article_id, title, source, url, published, text}]}}: {@code group} is who
     * the value counts ("all", or "journalists" …: a headline per attribution and group), {@code counted} the counted
     * noun as its first report writes it.
     */
    public static ObjectNode story(StoryFigures s) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        ArrayNode categories = o.putArray("categories");
        for (StoryFigures.Timeline t : s.categories()) {
            ObjectNode c = categories.addObject();
            c.put("category", t.category().key());
            ArrayNode headlines = c.putArray("headlines");
            t.headlines().forEach(p -> point(headlines.addObject(), p));
            ArrayNode conflicts = c.putArray("conflicts");
            for (StoryFigures.Conflict k : t.conflicts()) {
                ObjectNode n = conflicts.addObject();
                n.put("date", k.date().toString());
                n.put("unit", k.unit());
                n.put("group", k.group().key());
                ArrayNode values = n.putArray("values");
                k.values().forEach(p -> point(values.addObject(), p));
            }
            ArrayNode timeline = c.putArray("timeline");
            t.points().forEach(p -> point(timeline.addObject(), p));
        }
        return o;
    }

    private static void point(ObjectNode n, StoryFigures.Point p) {
        n.put("date", p.date() == null ? null : p.date().toString());
        FigureJson.number(n, "value", p.value());
        FigureJson.number(n, "value_max", p.valueMax());
        n.put("comparator", p.comparator() == null ? null : p.comparator().key());
        n.put("unit", p.unit());
        n.put("attribution", p.attribution());
        // who the value counts: "all", or a group among them ("journalists") with its noun as written
        n.put("group", p.group().key());
        n.put("counted", p.counted());
        p.outlets().forEach(n.putArray("outlets")::add);
        ArrayNode reports = n.putArray("reports");
        for (FigureReport r : p.reports()) {
            ObjectNode o = reports.addObject();
            article(o, r);
            o.put("text", r.figure().text());
        }
    }
}
