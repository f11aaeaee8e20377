package org.marsad.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A client of the web server that keeps cookies as a browser does: it sends them back, forgets one the server
 * expires or empties, and remembers the last response's raw Set-Cookie lines. Redirects are not followed, so a test
 * sees the 303 itself.
 */
class CookieBrowser {
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** The cookies held, by name. */
    final Map<String, String> cookies = new LinkedHashMap<>();
    /** Headers sent with every request, as a proxy in front of the site adds them (X-Forwarded-For …). */
    final Map<String, String> forwarded = new LinkedHashMap<>();
    private final Supplier<URI> site;
    private List<String> lastSetCookie = List.of();

    /** @param site the server's address, asked at each request (a test may restart its server) */
    CookieBrowser(Supplier<URI> site) {
        this.site = site;
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(site.get().resolve(path));
    }

    HttpResponse<String> get(URI address) throws Exception {
        return send(HttpRequest.newBuilder(address).GET());
    }

    /** Posts the form URL-encoded, as a browser submits it. */
    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        return post(site.get().resolve(path), form);
    }

    HttpResponse<String> post(URI address, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(address).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends the request with the cookies held and the forwarded headers, and keeps what the response sets. */
    HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        forwarded.forEach(b::header);
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        lastSetCookie = r.headers().allValues("set-cookie");
        for (String line : lastSetCookie) {
            String pair = line.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            String value = pair.substring(pair.indexOf('=') + 1);
            if (line.contains("Max-Age=0") || value.isEmpty()) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
        return r;
    }

    /** The last response's raw Set-Cookie line for this cookie, or null. */
    String setCookie(String name) {
        return lastSetCookie.stream().filter(l -> l.startsWith(name + "=")).findFirst().orElse(null);
    }

    /**
     * Opens the sign-in page and submits it with its CSRF token.
     *
     * @param next where to go after signing in; null sends the page's own
     */
    HttpResponse<String> signIn(String name, String password, String next) throws Exception {
        Document form = Jsoup.parse(get("/login").body());
        String token = form.selectFirst("form.signin-form input[name=csrf]").attr("value");
        return post("/login", Map.of("csrf", token, "name", name, "password", password,
                "next", next == null ? form.selectFirst("input[name=next]").attr("value") : next));
    }

    /**
     * Signs in with the sign-in page's own next and checks that the server took the password (its 303); this browser,
     * so that a test can write {@code new CookieBrowser(server::uri).signedIn(name, password)}.
     */
    CookieBrowser signedIn(String name, String password) throws Exception {
        int status = signIn(name, password, "/").statusCode();
        if (status != 303) {
            throw new AssertionError("signing in as " + name + " answered " + status + ", not 303");
        }
        return this;
    }

    /** The fields of the page's form at {@code selector}: its CSRF token and these name/value pairs. */
    Map<String, String> form(Document page, String selector, String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("csrf", page.selectFirst(selector + " input[name=csrf]").attr("value"));
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
