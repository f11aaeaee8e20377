package org.marsad.web.format;

import java.util.List;

/** CSV records (RFC 4180) for downloads that open in a spreadsheet. */
public final class Csv {
    private Csv() {
    }

    /**
     * One record, CRLF-terminated; a field is quoted when it holds a comma, quote or line break, and a text field
     * that starts like a formula ({@code = + - @}) gets a leading apostrophe, so that a spreadsheet shows stored page
     * text instead of running it. Null is an empty field.
     */
    public static String row(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String f = fields.get(i) == null ? "" : fields.get(i);
            if (!f.isEmpty() && "=+-@".indexOf(f.charAt(0)) >= 0 && !isNumber(f)) {
                f = "'" + f;
            }
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                sb.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(f);
            }
        }
        return sb.append("\r\n").toString();
    }

    private static boolean isNumber(String s) {
        return s.matches("[-+]?[0-9]+(\\.[0-9]+)?");
    }
}
