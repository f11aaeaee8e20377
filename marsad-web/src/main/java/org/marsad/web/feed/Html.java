package org.marsad.web.feed;

import java.util.List;

/** The few lines of HTML a feed's full-text content needs: escaped paragraphs. */
final class Html {
    private Html() {
    }

    /** One {@code <p dir="auto">} per paragraph, text escaped (a feed reader renders it as HTML). */
    static String paragraphs(List<String> body) {
        StringBuilder sb = new StringBuilder();
        for (String p : body) {
            sb.append("<p dir=\"auto\">");
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                switch (c) {
                    case '<' -> sb.append("&lt;");
                    case '>' -> sb.append("&gt;");
                    case '&' -> sb.append("&amp;");
                    case '"' -> sb.append("&quot;");
                    default -> sb.append(c);
                }
            }
            sb.append("</p>\n");
        }
        return sb.toString();
    }
}
