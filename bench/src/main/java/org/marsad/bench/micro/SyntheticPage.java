package org.marsad.bench.micro;

import org.jsoup.nodes.Entities;
import org.marsad.model.Article;

/** A plain Arabic news page around an article, with the usual navigation and footer noise, for when no saved page exists. */
final class SyntheticPage {
    private SyntheticPage() {
    }

    static String render(Article a) {
        StringBuilder sb = new StringBuilder();
        sb.append("<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(a.title())).append("</title>");
        if (a.published() != null) {
            sb.append("<meta property=\"article:published_time\" content=\"").append(esc(a.published())).append("\">");
        }
        sb.append("</head><body><header><nav><a href=\"/\">الرئيسية</a> <a href=\"/world\">العالم</a> "
                + "<a href=\"/sport\">رياضة</a> <a href=\"/economy\">اقتصاد</a></nav></header><main><article><h1>")
                .append(esc(a.title())).append("</h1>");
        if (a.source() != null) {
            sb.append("<div class=\"source\">").append(esc(a.source())).append("</div>");
        }
        for (String p : a.body()) {
            sb.append("<p>").append(esc(p)).append("</p>");
        }
        sb.append("</article><aside><h3>الأكثر قراءة</h3><ul><li><a href=\"/a/1\">خبر أول</a></li>"
                + "<li><a href=\"/a/2\">خبر ثان</a></li></ul></aside></main>"
                + "<footer>جميع الحقوق محفوظة</footer></body></html>");
        return sb.toString();
    }

    private static String esc(String s) {
        return s == null ? "" : Entities.escape(s);
    }
}
