package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.web.view.Urls;

/** The search page's links to variations of itself. */
class SearchLinksTest {
    private static final String[] KEYS = {"q", "source", "tag", "from", "to", "sort", "page"};
    private static final String[] VALUES = {"غزة", "مجلس الأمن", "person:\"محمد\" غزة", "a&b=c", "  ", "", "2024-01-31",
            "date", "2", "100%", "الجزيرة نت", "x+y"};

    /**
     * Property test (seeded): a link with some parameters changed is the address written from the parameter map
     * with those changes put in it (order kept, a new key last, null or blank left out), on /search and on an
     * outlet's page, whatever was encoded for earlier links of the same page.
     */
    @Test
    void aVariationsAddressIsTheChangedParametersWritten() {
        Random rnd = new Random(20261206L);
        for (int i = 0; i < 3_000; i++) {
            Map<String, String> params = new LinkedHashMap<>();
            for (String k : KEYS) {
                if (rnd.nextInt(5) > 0) {
                    // a page's number is a number (read and bounded before); a link may set anything
                    String v = k.equals("page") ? Integer.toString(2 + rnd.nextInt(30)) : VALUES[rnd.nextInt(VALUES.length)];
                    params.put(k, rnd.nextInt(3) == 0 ? null : v);
                }
            }
            String path = rnd.nextBoolean() ? "/search" : "/source/" + Urls.segment("الجزيرة");
            Pages.State s = new Pages.State(path, null, null, params);
            for (int link = 0; link < 4; link++) {
                int n = 1 + rnd.nextInt(4);
                String[] changes = new String[2 * n];
                Map<String, String> expected = new LinkedHashMap<>(params);
                for (int c = 0; c < n; c++) {
                    changes[2 * c] = rnd.nextInt(6) == 0 ? "x" + rnd.nextInt(2) : KEYS[rnd.nextInt(KEYS.length)];
                    changes[2 * c + 1] = rnd.nextInt(3) == 0 ? null : VALUES[rnd.nextInt(VALUES.length)];
                    expected.put(changes[2 * c], changes[2 * c + 1]);
                }
                assertThat(s.hrefWith(changes)).as(params + " " + String.join(",", java.util.Arrays.asList(changes)))
                        .isEqualTo(Urls.withQuery(path, expected));
            }
        }
    }
}
