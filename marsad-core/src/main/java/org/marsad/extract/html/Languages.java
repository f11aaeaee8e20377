package org.marsad.extract.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language of an article: what the page declares (html lang, content-language, og:locale), checked against
 * the script of the text, since templates often declare the site's default language on every page. Without a
 * declaration the script ratio can only say "Arabic"; anything else stays unknown.
 */
final class Languages {
    private Languages() {
    }

    private static final Pattern CODE = Pattern.compile("^([a-zA-Z]{2,3})(?:[-_].*)?$");

    static String detect(String declared, List<String> body) {
        double arabic = arabicShare(body);
        String code = null;
        if (declared != null) {
            var m = CODE.matcher(declared.strip());
            if (m.matches()) {
                code = m.group(1).toLowerCase(Locale.ROOT);
            }
        }
        if (arabic >= 0.5) {
            return "ar";
        }
        if (code != null && code.equals("ar") && arabic < 0.1 && !body.isEmpty()) {
            return null;
        }
        return code;
    }

    /** Share of Arabic-script letters among all letters of the text. */
    static double arabicShare(List<String> body) {
        long letters = 0;
        long arabic = 0;
        for (String p : body) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (Character.isLetter(c)) {
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
                        arabic++;
                    }
                }
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
