package fr.ctg.diagnostic;

/**
 * Keeps the values a message quotes between « and » short enough to read: a value of 300 000 characters once
 * filled the terminal, and every report, with a single diagnostic. A quoted value longer than {@link #LONGEST}
 * characters keeps its first {@link #KEPT}, followed by « … » and its length; the position and the source line
 * under the message show where the rest is.
 */
final class QuotedValues {

    static final int LONGEST = 200;
    static final int KEPT = 100;
    private static final String OPEN = "« ";
    private static final String CLOSE = " »";

    private QuotedValues() {
    }

    static String shorten(String message) {
        if (message.length() <= LONGEST) {
            return message;
        }
        StringBuilder shortened = new StringBuilder();
        int from = 0;
        for (int open = message.indexOf(OPEN); open >= 0; open = message.indexOf(OPEN, from)) {
            int start = open + OPEN.length();
            int close = message.indexOf(CLOSE, start);
            if (close < 0) {
                break;
            }
            shortened.append(message, from, start);
            int length = message.codePointCount(start, close);
            if (length > LONGEST) {
                shortened.append(message, start, message.offsetByCodePoints(start, KEPT)).append('…').append(CLOSE)
                        .append(" (").append(grouped(length)).append("\u00a0caractères)");
            } else {
                shortened.append(message, start, close + CLOSE.length());
            }
            from = close + CLOSE.length();
        }
        return shortened.append(message, from, message.length()).toString();
    }

    /** {@code 200008} as French writes it, {@code 200 008} with a narrow no-break space, whatever the JVM's locale. */
    private static String grouped(int number) {
        String digits = Integer.toString(number);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                grouped.append('\u202f');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }
}
