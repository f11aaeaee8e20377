package org.marsad.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The stylesheet and icon, read once from the classpath. */
final class Static {
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Static() {
    }

    static void serve(Context ctx, String name, String contentType) {
        byte[] bytes = CACHE.computeIfAbsent(name, Static::read);
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(contentType).result(bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = Static.class.getResourceAsStream("static/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource static/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
