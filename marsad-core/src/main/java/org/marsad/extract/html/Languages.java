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

    /**
     * For every char: 0 not a letter, 2 a letter of another script, 3 an Arabic-script letter (bit 1 = letter,
     * bit 0 = Arabic). Worked out once: the share reads every char of the body, and {@link Character.UnicodeScript#of}
     * is a binary search.
     */
    private static final byte[] LETTER = letterTable();

    private static byte[] letterTable() {
        byte[] t = new byte[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetter((char) c)) {
                t[c] = (byte) (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC ? 3 : 2);
            }
        }
        return t;
    }

    /** Share of Arabic-script letters among all letters of the text. */
    static double arabicShare(List<String> body) {
        long letters = 0;
        long arabic = 0;
        for (String p : body) {
            for (int i = 0; i < p.length(); i++) {
                byte k = LETTER[p.charAt(i)];
                letters += k >> 1;
                arabic += k & 1;
            }
        }
        return letters == 0 ? 0 : (double) arabic / letters;
    }
}
