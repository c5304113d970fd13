package fr.ctg.load;

import fr.ctg.diagnostic.Position;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The text of a source file, to find where a character of a value is written. Lines and columns are counted as the
 * YAML reader counts them: by characters (a character beyond U+FFFF is one column), a line ending at a line feed, a
 * carriage return, U+0085, U+2028 or U+2029.
 */
final class SourceText {

    private final byte[] bytes;
    private String text;
    private int[] lineStarts;

    /** @param bytes a file the reader accepted, UTF-8; it is decoded on the first search only */
    SourceText(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * Where the character is first written inside this stretch of the file, as a stretch of that one character; empty
     * when the stretch holds it only as an escape ({@code "\u2713"}).
     */
    Optional<Position> find(Path file, Position within, int codePoint) {
        if (text == null) {
            text = decode(bytes);
            lineStarts = lineStarts(text);
        }
        int from = index(within.line(), within.column());
        int to = index(within.endLine(), within.endColumn());
        int found = from < 0 ? -1 : text.indexOf(codePoint, from);
        if (found < 0 || found >= to) {
            return Optional.empty();
        }
        int line = Arrays.binarySearch(lineStarts, found);
        line = line >= 0 ? line : -line - 2;
        int column = text.codePointCount(lineStarts[line], found) + 1;
        return Optional.of(new Position(file, line + 1, column, line + 1, column + 1));
    }

    /** The index in the text of a line and column, the end of the text when they are past it, -1 before it. */
    private int index(int line, int column) {
        if (line < 1 || line > lineStarts.length) {
            return line < 1 ? -1 : text.length();
        }
        int start = lineStarts[line - 1];
        int lineEnd = line < lineStarts.length ? lineStarts[line] : text.length();
        int codePoints = text.codePointCount(start, lineEnd);
        return column - 1 > codePoints ? lineEnd : text.offsetByCodePoints(start, Math.max(0, column - 1));
    }

    /** The byte order mark left out, as the reader leaves it. */
    private static String decode(byte[] bytes) {
        int start = UnicodeMarks.utf8MarkLength(bytes);
        return new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
