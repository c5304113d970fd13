package fr.ctg.cli;

import java.util.regex.Pattern;

/** A word of a command printed for the user to copy into a POSIX shell: left as it is when safe, quoted otherwise. */
final class ShellWords {

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    static String quoted(String word) {
        return SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
