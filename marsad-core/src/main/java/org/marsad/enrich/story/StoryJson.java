package org.marsad.enrich.story;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.marsad.model.ArticleJson;

/**
 * The JSON form of a story, for the command line and the API alike: {@code id, title, lead, articles,
 * outlet_count, outlets, first_seen, last_seen} (times as ISO-8601 instants).
 */
public final class StoryJson {
    private StoryJson() {
    }

    public static ObjectNode toNode(Story s) {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("id", s.id());
        o.put("title", s.title());
        o.put("lead", s.leadId());
        o.put("articles", s.articles());
        o.put("outlet_count", s.outlets().size());
        s.outlets().forEach(o.putArray("outlets")::add);
        o.put("first_seen", s.firstSeen().toString());
        o.put("last_seen", s.lastSeen().toString());
        return o;
    }
}
