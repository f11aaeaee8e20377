package org.marsad.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.marsad.model.ArticleJson;

/**
 * The answer to requests Jetty refuses before any route sees them — a {@code %00} or invalid UTF-8 in the path, an
 * overlong URI or header — in Marsad's own form: the Arabic error page, UTF-8, with the security headers every other
 * response carries (Jetty's default page had no CSP or nosniff and was ISO-8859-1). An error on an API path gets JSON,
 * also when Jetty could not parse the target at all (it names such a request "/badMessage"; {@link UnparsedTargets}
 * keeps the target it was sent). A request line that could not be read at all gets the page.
 */
final class JettyErrors extends ErrorHandler {
    private final Pages pages;

    JettyErrors(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = pathOf(request);
        response.getHeaders().remove(HttpHeader.CONTENT_TYPE);
        SecurityHeaders.headers(path).forEach((name, value) -> response.getHeaders().put(name, value));
        byte[] body;
        if (WebServer.isMachinePath(path)) {
            ObjectNode o = ArticleJson.mapper().createObjectNode();
            o.put("error", code == 414 ? "URI too long" : code == 431 ? "request headers too large" : "bad request");
            o.put("status", code);
            body = o.toString().getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        } else {
            String heading = code == 414 ? "العنوان طويل جدا" : code == 431 ? "الطلب كبير جدا" : "طلب غير صالح";
            String text = code == 414 || code == 431 ? "اختصر عبارة البحث أو العنوان ثم حاول مرة أخرى."
                    : "تعذر فهم هذا العنوان. تأكد من كتابته كاملا وصحيحا.";
            body = pages.errorPage(code, heading, text).getBytes(StandardCharsets.UTF_8);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, Views.HTML);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    // The raw path, which may be the very thing that could not be decoded; for a target that could not be parsed at
    // all, what the connection kept of it (UnparsedTargets).
    private static String pathOf(Request request) {
        String u = UnparsedTargets.of(request);
        try {
            u = u != null ? u : request.getHttpURI().asString();
        } catch (RuntimeException e) {
            return "";
        }
        int scheme = u.indexOf("://");
        if (scheme >= 0) {
            int slash = u.indexOf('/', scheme + 3);
            u = slash < 0 ? "/" : u.substring(slash);
        }
        int query = u.indexOf('?');
        return query < 0 ? u : u.substring(0, query);
    }
}
