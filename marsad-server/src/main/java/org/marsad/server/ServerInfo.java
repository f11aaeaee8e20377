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
 * @param publicUrl the site's public address behind a reverse proxy ({@code --base-url}), or null when it has none
 */
public record ServerInfo(long pid, String url, Instant started, boolean polling, String publicUrl) {

    /** A server reached where it listens (no public address of its own). */
    public ServerInfo(long pid, String url, Instant started, boolean polling) {
        this(pid, url, started, polling, null);
    }

    /**
     * Where users reach the site: its public address when a proxy serves it, else where it listens. Links printed
     * for users (a watch's feed) go here; commands talking to the server itself use {@link #url}.
     */
    public String address() {
        return publicUrl != null ? publicUrl : url;
    }

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
        if (publicUrl != null) {
            o.put("public_url", publicUrl);
        }
        return o.toString();
    }

    static ServerInfo fromJson(String json) {
        try {
            JsonNode n = ArticleJson.mapper().readTree(json);
            return new ServerInfo(n.get("pid").asLong(), n.get("url").asText(), Instant.parse(n.get("started").asText()),
                    n.get("polling").asBoolean(), n.hasNonNull("public_url") ? n.get("public_url").asText() : null);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
