package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.marsad.model.Article;

/** Reads the ANT April 2018 evaluation slice (JSON Lines, gzipped) into articles whose id is the ANT docno. */
public final class AntCorpus {
    private static final DateTimeFormatter RFC = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private AntCorpus() {
    }

    public static List<Article> read(Path gz) throws IOException {
        ObjectMapper m = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(gz)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode d = m.readTree(line);
                String time = d.path("time").asText("").replace("GMT", "+0000");
                String published = null;
                try {
                    published = OffsetDateTime.parse(time, RFC).toString();
                } catch (RuntimeException e) {
                    // left unknown
                }
                List<String> body = Arrays.stream(d.path("text").asText("").split("\n"))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                out.add(Article.builder().id(d.path("docno").asText()).url(d.path("url").asText(null))
                        .title(d.path("title").asText(null)).published(published).source(d.path("src").asText(null))
                        .language("ar").body(body).build());
            }
        }
        return out;
    }
}
