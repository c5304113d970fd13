package fr.ctg.write.pdf;

import com.openhtmltopdf.extend.Hyphenator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * French hyphenation for openhtmltopdf's {@code hyphens: auto}: inserts soft hyphens (U+00AD) at the break points
 * that the TeX French patterns give (hyph-fr.tex, hyph-utf8, MIT licence, shipped beside this class), found with
 * Liang's algorithm; openhtmltopdf then breaks a line at one of them only when it needs to, and draws "-" there.
 *
 * <p>French conventions: at least 2 letters before the break and 3 after (TeX French: lefthyphenmin 2,
 * righthyphenmin 3). Left whole: a word with a capital letter (acronyms such as "CCPFML", proper nouns), a part
 * of a compound word ("Haute-Provence", "porte-parole": such a word is broken at its hyphen only), and every
 * word of a text between breaking spaces that has a digit, "@", "/" or a dot between two letters (dates and
 * amounts, whose no-break spaces make one such text of "6 décembre 2022", references of articles, URLs, e-mail
 * addresses). An apostrophe ends a word: "l’avance" is hyphenated as
 * "avance", so never next to the apostrophe. A text that already has a soft hyphen is left as it is.
 *
 * <p>Safe for use by several threads: the patterns are read once, then shared; each instance keeps the words it
 * has already hyphenated (documents repeat their words), up to {@value #KEPT_WORDS} of them.
 */
final class FrenchHyphenator implements Hyphenator {

    static final char SOFT_HYPHEN = '\u00AD';
    static final int LEFT_MIN = 2;
    static final int RIGHT_MIN = 3;

    static final int KEPT_WORDS = 50_000;

    private final Map<String, String> hyphenated = new ConcurrentHashMap<>();

    @Override
    public String hyphenateText(String text) {
        if (text.indexOf(SOFT_HYPHEN) >= 0) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int length = text.length();
        int chunkStart = 0;
        while (chunkStart < length) {
            while (chunkStart < length && isSpace(text.charAt(chunkStart))) {
                chunkStart++;
            }
            int chunkEnd = chunkStart;
            while (chunkEnd < length && !isSpace(text.charAt(chunkEnd))) {
                chunkEnd++;
            }
            if (!isTechnical(text, chunkStart, chunkEnd)) {
                int start = chunkStart;
                while (start < chunkEnd) {
                    if (!Character.isLetter(text.charAt(start))) {
                        start++;
                        continue;
                    }
                    int end = start;
                    while (end < chunkEnd && Character.isLetter(text.charAt(end))) {
                        end++;
                    }
                    boolean compound = start > chunkStart && isHyphen(text.charAt(start - 1))
                            || end < chunkEnd && isHyphen(text.charAt(end));
                    if (!compound && end - start >= LEFT_MIN + RIGHT_MIN) {
                        String word = text.substring(start, end);
                        String withBreaks = hyphenated(word);
                        if (withBreaks.length() != word.length()) {
                            if (out == null) {
                                out = new StringBuilder(length + 32);
                            }
                            out.append(text, copied, start).append(withBreaks);
                            copied = end;
                        }
                    }
                    start = end;
                }
            }
            chunkStart = chunkEnd;
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    private String hyphenated(String word) {
        String known = hyphenated.get(word);
        if (known != null) {
            return known;
        }
        String withBreaks = hyphenateWord(word);
        if (hyphenated.size() < KEPT_WORDS) {
            hyphenated.put(word, withBreaks);
        }
        return withBreaks;
    }

    /** The word with a soft hyphen at each break point, or the word itself. */
    static String hyphenateWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return word;
            }
        }
        int[] points = breakPoints(word);
        if (points.length == 0) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length() + points.length);
        int from = 0;
        for (int point : points) {
            out.append(word, from, point).append(SOFT_HYPHEN);
            from = point;
        }
        return out.append(word, from, word.length()).toString();
    }

    /** Liang: the offsets in a lower-case word where it may be broken, minimum lengths applied. */
    static int[] breakPoints(String word) {
        String dotted = "." + word + ".";
        byte[] values = new byte[dotted.length() + 1];
        Node root = Patterns.ROOT;
        for (int i = 0; i < dotted.length(); i++) {
            Node node = root;
            for (int j = i; j < dotted.length() && node != null; j++) {
                node = node.child(dotted.charAt(j));
                if (node != null && node.values != null) {
                    for (int k = 0; k < node.values.length; k++) {
                        values[i + k] = (byte) Math.max(values[i + k], node.values[k]);
                    }
                }
            }
        }
        int[] points = new int[word.length()];
        int count = 0;
        // A break before the word's letter p is between dotted's characters p and p + 1: values[p + 1].
        for (int p = LEFT_MIN; p <= word.length() - RIGHT_MIN; p++) {
            if (values[p + 1] % 2 == 1) {
                points[count++] = p;
            }
        }
        return Arrays.copyOf(points, count);
    }

    /** A space a line may break at: no-break spaces (U+00A0, U+202F...) hold their text together. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c);
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** Dates, amounts, references, URLs, e-mail addresses: none of their words is hyphenated. */
    private static boolean isTechnical(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '/' || c == '\\' || c == '_') {
                return true;
            }
            if (c == '.' && i > start && i + 1 < end
                    && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** A trie of the patterns' letters; a node where a pattern ends holds its inter-letter values. */
    private static final class Node {

        private char[] keys = new char[0];
        private Node[] children = new Node[0];
        private byte[] values;

        Node child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Node addChild(char c) {
            Node existing = child(c);
            if (existing != null) {
                return existing;
            }
            keys = Arrays.copyOf(keys, keys.length + 1);
            children = Arrays.copyOf(children, children.length + 1);
            keys[keys.length - 1] = c;
            return children[children.length - 1] = new Node();
        }
    }

    /** The patterns of hyph-fr.tex, read the first time a word is hyphenated. */
    private static final class Patterns {

        static final Node ROOT = load("hyph-fr.tex");

        private static Node load(String name) {
            String source;
            try (InputStream in = FrenchHyphenator.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Motifs de césure absents du classpath : " + name);
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            StringBuilder withoutComments = new StringBuilder(source.length());
            for (String line : source.split("\\R")) {
                int comment = line.indexOf('%');
                withoutComments.append(comment < 0 ? line : line.substring(0, comment)).append('\n');
            }
            String tex = withoutComments.toString();
            int open = tex.indexOf("\\patterns{");
            int close = tex.indexOf('}', open);
            int command = tex.indexOf('\\', open + 1);
            if (open < 0 || close < 0 || command >= 0 && command < close) {
                throw new IllegalStateException("Motifs de césure illisibles : " + name);
            }
            Node root = new Node();
            for (String pattern : tex.substring(open + "\\patterns{".length(), close).trim().split("\\s+")) {
                add(root, pattern);
            }
            return root;
        }

        /** "ab2h": letters a b h, values 0 0 2 0 (the value before each letter, then the one after the last). */
        private static void add(Node root, String pattern) {
            byte[] values = new byte[pattern.length() + 1];
            Node node = root;
            int letters = 0;
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c >= '0' && c <= '9') {
                    values[letters] = (byte) (c - '0');
                } else {
                    node = node.addChild(c);
                    letters++;
                }
            }
            node.values = Arrays.copyOf(values, letters + 1);
        }
    }
}
