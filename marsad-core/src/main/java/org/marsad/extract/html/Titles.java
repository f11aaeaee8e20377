package org.marsad.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The headline. Pages state it several times (og:title, twitter:title, JSON-LD headline, the h1, the window
 * title), often with the site's name glued on one end ("... - اليوم السابع", "المدينة نيوز - ..."). The site's
 * name is cut off where it is known (og:site_name, publisher, the host name) or where the other statements of the
 * title show that the extra segment is not part of it.
 */
final class Titles {
    private Titles() {
    }

    /** Separators sites put between a headline and their name. */
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[-|–—:·•»«/\\\\]\\s+|\\s+::\\s+|\\s*\\|\\s*");

    private static final Pattern SEPARATOR_AT_END = Pattern.compile("(?:" + SEPARATOR.pattern() + ")$");

    /** Separator chars left at the end or the start of a title once the site's name is cut off. */
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s\\-|–—:·•»«/\\\\]+$");
    private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s\\-|–—:·•»«/\\\\]+");

    /** A host's prefix that is not part of the site's name. */
    private static final Pattern HOST_PREFIX = Pattern.compile("^(www\\d?|m|amp|arabic|ar|en)\\.");

    static String find(PageIndex page, PageMeta meta, JsonLd ld, String siteName, String host) {
        List<String> statements = new ArrayList<>();
        addIf(statements, meta.first("og:title"));
        addIf(statements, meta.first("twitter:title"));
        addIf(statements, ld.article("headline"));
        String h1 = headingCandidate(page);
        addIf(statements, h1);
        Element titleTag = page.selectFirst(Queries.WINDOW_TITLE);
        String windowTitle = titleTag == null ? null : Texts.oneLine(titleTag.text());
        addIf(statements, windowTitle);
        addIf(statements, meta.first("title", "dc.title", "sailthru.title", "parsely-title"));
        if (statements.isEmpty()) {
            return null;
        }
        List<String> cleaned = new ArrayList<>();
        for (String s : statements) {
            cleaned.add(stripSiteName(s, siteName, host, statements));
        }
        // The h1 is what readers see; trust it when another statement agrees with it.
        if (h1 != null) {
            String h1Key = Texts.key(h1);
            for (String c : cleaned) {
                if (c != null && !c.equals(h1) && Texts.key(c).equals(h1Key)) {
                    return h1;
                }
            }
        }
        for (String c : cleaned) {
            if (c != null && !c.isBlank()) {
                return c;
            }
        }
        return null;
    }

    /** The first h1 that is not the site's logo: the h1 inside an article when there is one. */
    private static String headingCandidate(PageIndex page) {
        Element h1 = page.selectFirst(Queries.HEADLINE);
        if (h1 == null) {
            return null;
        }
        String t = Texts.oneLine(h1.text());
        return t.isEmpty() ? null : t;
    }

    private static void addIf(List<String> out, String s) {
        if (s != null) {
            String t = Texts.oneLine(s);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
    }

    static String stripSiteName(String title, String siteName, String host, List<String> others) {
        String t = title;
        // Another statement that is this one less a segment at either end shows the segment is an addition.
        for (String o : others) {
            if (o.length() < t.length() && o.length() >= 8 && isAffixed(t, o)) {
                t = o;
            }
        }
        String[] parts = SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (namesSite(last, siteName, host)) {
            return TRAILING_SEPARATORS.matcher(t.substring(0, t.length() - last.length())).replaceAll("").strip();
        }
        if (namesSite(first, siteName, host)) {
            return LEADING_SEPARATORS.matcher(t.substring(first.length())).replaceAll("").strip();
        }
        return breadcrumb(t, parts);
    }

    /**
     * A window title of three or more segments where all but the first or the last are short names
     * ("وزارة الصحة - الأخبار - عنوان الخبر", "Headline | News | Site"): the long segment is the headline even
     * when the site's name is not known. Two segments are left alone, since a headline may itself hold a dash.
     */
    private static String breadcrumb(String t, String[] parts) {
        if (parts.length < 3) {
            return t;
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        if (isHeadline(last) && allNames(parts, 0, parts.length - 1)) {
            return last.strip();
        }
        if (isHeadline(first) && allNames(parts, 1, parts.length)) {
            return first.strip();
        }
        return t;
    }

    private static boolean allNames(String[] parts, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || p.length() > 30 || Texts.words(p) > 4) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHeadline(String segment) {
        return Texts.words(segment) >= 4;
    }

    /** True when {@code longer} is {@code core} plus a separator and a segment, at the start or the end. */
    private static boolean isAffixed(String longer, String core) {
        if (longer.startsWith(core)) {
            String rest = longer.substring(core.length());
            return SEPARATOR.matcher(rest).lookingAt();
        }
        if (longer.endsWith(core)) {
            String rest = longer.substring(0, longer.length() - core.length());
            return SEPARATOR_AT_END.matcher(rest).find();
        }
        return false;
    }

    /** True when the segment is the site's name, or its host name written with spaces or a TLD. */
    static boolean namesSite(String segment, String siteName, String host) {
        String k = Texts.key(segment);
        if (k.isEmpty()) {
            return false;
        }
        if (siteName != null) {
            String s = Texts.key(siteName);
            if (!s.isEmpty() && (k.equals(s) || k.contains(s) && k.length() <= s.length() + 6
                    || s.contains(k) && k.length() >= 4)) {
                return true;
            }
        }
        if (host != null) {
            String h = HOST_PREFIX.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
            int dot = h.indexOf('.');
            String core = Texts.key(dot > 0 ? h.substring(0, dot) : h);
            return core.length() >= 3 && (k.equals(core) || k.equals(Texts.key(h)) || k.startsWith(core)
                    && k.length() <= core.length() + 4);
        }
        return false;
    }
}
