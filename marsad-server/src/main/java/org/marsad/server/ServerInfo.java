package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.marsad.model.ArticleJson;

/**
 * What a running server publishes about itself in its data directory ({@code DIR/server.json}), so that other
 * commands can say who owns the directory and where it serves.
 *
 * @param pid     the server's process id
 * @param url     where it serves, e.g. {@code http://127.0.0.1:8080/}
 * @param started when it started
 * @param polling whether it polls the sources (false with {@code --no-poll})
 */
public record ServerInfo(long pid, String url, Instant started, boolean polling) {

    /** One line for messages: {@code pid 1234, http://127.0.0.1:8080/}. */
    public String describe() {
        return "pid " + pid + ", " + url;
    }

    String toJson() {
        ObjectNode o = ArticleJson.mapper().createObjectNode();
        o.put("pid", pid);
        o.put("url", url);
        o.put("started", started.toString());
        o.put("polling", polling);
        return o.toString();
    }

    static ServerInfo fromJson(String json) {
        try {
            JsonNode n = ArticleJson.mapper().readTree(json);
            return new ServerInfo(n.get("pid").asLong(), n.get("url").asText(), Instant.parse(n.get("started").asText()),
                    n.get("polling").asBoolean());
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
