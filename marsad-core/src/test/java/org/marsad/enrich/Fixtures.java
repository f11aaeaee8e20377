package org.marsad.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.Article;

/** Reads the hand-written test articles of {@code articles.txt}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Map<String, Article> articles() {
        try (InputStream in = Fixtures.class.getResourceAsStream("articles.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, Article> out = new LinkedHashMap<>();
            Article.Builder b = null;
            List<String> body = new ArrayList<>();
            for (String line : (text + "\n=== end").split("\n")) {
                if (line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("=== ")) {
                    if (b != null) {
                        Article a = b.body(body).build();
                        out.put(a.id(), a);
                    }
                    String[] f = line.substring(4).split(" \\| ");
                    if (f.length < 4) {
                        break;
                    }
                    b = Article.builder().id(f[0].strip()).source(f[1].strip()).published(f[2].strip())
                            .title(f[3].strip()).language("ar");
                    body = new ArrayList<>();
                } else if (!line.isBlank() && b != null) {
                    body.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
