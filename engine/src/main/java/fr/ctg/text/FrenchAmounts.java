package fr.ctg.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in euros as French legal texts write them: "248 220,56 €", "2 100 €".
 *
 * <p>Thousands are separated by a narrow no-break space (U+202F) and the euro sign follows a
 * no-break space (U+00A0), so an amount never splits across lines. A whole amount is written
 * without decimals ("2 100 €", as the Cnaf circulars write per-place amounts); any other amount with
 * exactly two decimals, rounded half up to the cent ("157 191,67 €", "12,50 €").
 */
public final class FrenchAmounts {

    static final char THOUSANDS_SEPARATOR = '\u202f';
    static final String BEFORE_EURO = "\u00a0";

    private FrenchAmounts() {
    }

    /** "248 220,56 €", "2 100 €", "-1 250,50 €". */
    public static String euros(BigDecimal amount) {
        BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
        boolean whole = cents.remainder(BigDecimal.ONE).signum() == 0;
        String digits = cents.abs().toPlainString();
        int point = digits.indexOf('.');
        String integerPart = groupThousands(digits.substring(0, point));
        String text = whole ? integerPart : integerPart + "," + digits.substring(point + 1);
        return (cents.signum() < 0 ? "-" : "") + text + BEFORE_EURO + "€";
    }

    private static String groupThousands(String digits) {
        StringBuilder grouped = new StringBuilder(digits);
        for (int i = digits.length() - 3; i > 0; i -= 3) {
            grouped.insert(i, THOUSANDS_SEPARATOR);
        }
        return grouped.toString();
    }
}
