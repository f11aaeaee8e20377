package org.marsad.web.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.marsad.arabic.figures.Category;
import org.marsad.arabic.figures.Comparison;
import org.marsad.arabic.figures.CountedGroup;

/**
 * A reported figure written for the page: "أكثر من 20,258", "30–40", "2.5٪", "500,000,000 USD", and the Arabic name
 * of what it counts. Digits stay Western with a comma between thousands, as the toll headlines of Arabic news sites
 * print them.
 */
public final class FigureText {
    private FigureText() {
    }

    /** The value with its comparator, range and unit; "عدد غير محدد" for a vague quantity (null value). */
    public static String value(BigDecimal value, BigDecimal valueMax, Comparison comparator, Category category,
                               String unit) {
        if (value == null) {
            return "عدد غير محدد";
        }
        StringBuilder sb = new StringBuilder();
        if (comparator != null) {
            sb.append(comparator(comparator)).append(' ');
        }
        sb.append(number(value));
        if (valueMax != null) {
            sb.append('–').append(number(valueMax));
        }
        if (category == Category.PERCENT) {
            sb.append('٪');
        } else if (unit != null) {
            sb.append(' ').append(unit);
        }
        return sb.toString();
    }

    /** "20,258"; a fraction keeps at most two decimals ("2.5"). */
    public static String number(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /** The comparator as Arabic words. */
    public static String comparator(Comparison c) {
        return switch (c) {
            case MORE_THAN -> "أكثر من";
            case LESS_THAN -> "أقل من";
            case ABOUT -> "نحو";
            case AT_LEAST -> "لا يقل عن";
        };
    }

    /**
     * The group a conflict's values count, as the plural noun after «عدد» ("الصحفيين"), or null for everyone (the
     * category's heading says it).
     */
    public static String group(CountedGroup g) {
        return switch (g) {
            case ALL -> null;
            case JOURNALISTS -> "الصحفيين";
            case CHILDREN -> "الأطفال";
            case WOMEN -> "النساء";
            case SECURITY -> "الجنود ورجال الشرطة";
            case FIGHTERS -> "المقاتلين والمسلحين";
            case MEMBERS -> "العناصر";
            case MEDICS -> "المسعفين والأطباء";
            case CIVILIANS -> "المدنيين";
            case STUDENTS -> "الطلاب";
            case PART -> "من بينهم"; // never a conflict's group (StoryFigures leaves parts out)
        };
    }

    /** The plural heading of what a category counts ("القتلى", "الجرحى"). */
    public static String category(Category c) {
        return switch (c) {
            case KILLED -> "القتلى";
            case INJURED -> "الجرحى";
            case DISPLACED -> "النازحون";
            case DETAINED -> "المعتقلون";
            case MISSING -> "المفقودون";
            case EVACUATED -> "من أُجلوا";
            case AID -> "المساعدات";
            case MONEY -> "المبالغ";
            case PERCENT -> "النسب";
            case PEOPLE -> "الأشخاص";
            case OTHER -> "أرقام أخرى";
        };
    }
}
