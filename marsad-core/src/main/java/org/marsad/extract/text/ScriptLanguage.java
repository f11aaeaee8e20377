package org.marsad.extract.text;

import org.marsad.model.Article;

/**
 * The language of a text, from its script alone: Arabic when most letters are Arabic script and letters peculiar
 * to Persian or Urdu are rare. Any other text gets no language (null): a Latin-script page may be English or
 * French, and Marsad does not guess. The one detector of text that declares no language: raw text dumps, and
 * JSON articles imported without a {@code "language"} (at ingest, and once for those stored before it did).
 */
public final class ScriptLanguage {
    private static final double MOSTLY = 0.6;
    private static final double FOREIGN_LETTERS = 0.02;

    private ScriptLanguage() {
    }

    /** Character.isLetter of the Latin and Arabic blocks, looked up instead of asked for every char of an article. */
    private static final boolean[] LETTERS = letters();

    private static boolean[] letters() {
        boolean[] t = new boolean[0x0700];
        for (int c = 0; c < t.length; c++) {
            t[c] = Character.isLetter(c);
        }
        return t;
    }

    /** "ar", or null when the text is not mostly Arabic. */
    public static String of(String text) {
        int letters = 0;
        int arabic = 0;
        int persian = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!(cp < LETTERS.length ? LETTERS[cp] : Character.isLetter(cp))) {
                continue;
            }
            letters++;
            if (isArabicScript(cp)) {
                arabic++;
                if (isPersianOrUrdu(cp)) {
                    persian++;
                }
            }
        }
        if (letters == 0 || arabic < MOSTLY * letters) {
            return null;
        }
        return persian > FOREIGN_LETTERS * arabic ? null : "ar";
    }

    /**
     * The language of an article's title and body ({@link #of} on them, as a text dump's page is read), or null
     * when they are not mostly Arabic.
     */
    public static String ofArticle(Article a) {
        return of((a.title() == null ? "" : a.title() + "\n") + String.join("\n", a.body()));
    }

    /** Whether the code point is in the Arabic script; the Arabic block is looked up in a table built once. */
    private static boolean isArabicScript(int cp) {
        if (cp < 0x0600) {
            return false; // no Arabic-script code point comes before the Arabic block
        }
        if (cp <= 0x06FF) {
            return ARABIC_BLOCK[cp - 0x0600];
        }
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    private static final boolean[] ARABIC_BLOCK = arabicBlock();

    private static boolean[] arabicBlock() {
        boolean[] t = new boolean[0x100];
        for (int i = 0; i < t.length; i++) {
            t[i] = Character.UnicodeScript.of(0x0600 + i) == Character.UnicodeScript.ARABIC;
        }
        return t;
    }

    /** پ چ ژ گ ک ی and Urdu's ٹ ڈ ڑ ں ھ ہ ے: common in Persian and Urdu, absent from Arabic news. */
    private static boolean isPersianOrUrdu(int cp) {
        return switch (cp) {
            case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC, 0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1,
                    0x06D2 -> true;
            default -> false;
        };
    }
}
