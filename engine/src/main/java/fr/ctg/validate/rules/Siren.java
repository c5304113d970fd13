package fr.ctg.validate.rules;

import java.util.regex.Pattern;

/** A SIREN, the nine-digit number INSEE gives every legal entity, its last digit a Luhn check digit. */
final class Siren {

    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9}");

    private Siren() {
    }

    static boolean hasNineDigits(String siren) {
        return NINE_DIGITS.matcher(siren).matches();
    }

    /** Nine digits whose Luhn checksum holds, as INSEE computes SIREN keys. */
    static boolean isValid(String siren) {
        if (!hasNineDigits(siren)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int digit = siren.charAt(8 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
