package fr.ctg.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** The fuzzers' minimal convention ({@code PipelineFuzzTestInputs/pipeline/minimale.yaml}) with one value replaced. */
final class MinimalConvention {

    /** A line holding one value: {@code key: value} or a list item; group 1 is all before the value. */
    private static final Pattern VALUE = Pattern.compile("^(\\s*(?:- )?(?:[a-z_]+: )?)(?!- )(\\S.*)$");
    private static final List<String> LINES = lines();
    /** The indexes of the lines of {@link #LINES} whose value {@link #withValue} may replace. */
    private static final List<Integer> VALUE_LINES = IntStream.range(0, LINES.size())
            .filter(i -> !LINES.get(i).startsWith("#") && VALUE.matcher(LINES.get(i)).matches() && !LINES.get(i).strip().endsWith(":"))
            .boxed().toList();

    private MinimalConvention() {
    }

    /** The convention as it is. */
    static String text() {
        return String.join("\n", LINES) + "\n";
    }

    /** How many values {@link #withValue} chooses from. */
    static int values() {
        return VALUE_LINES.size();
    }

    /** The value {@code choice} (modulo {@link #values()}) as the convention writes it. */
    static String value(int choice) {
        Matcher line = valueLine(choice);
        return line.group(2);
    }

    /** The column where the line of value {@code choice} (modulo {@link #values()}) starts its key or list item. */
    static int indentation(int choice) {
        String before = valueLine(choice).group(1);
        return before.length() - before.stripLeading().length();
    }

    /** The convention whose value {@code choice} (modulo {@link #values()}) is {@code value}, a YAML scalar as written. */
    static String withValue(int choice, String value) {
        List<String> lines = new ArrayList<>(LINES);
        lines.set(VALUE_LINES.get(Math.floorMod(choice, VALUE_LINES.size())), valueLine(choice).group(1) + value);
        return String.join("\n", lines) + "\n";
    }

    /** {@code value} as a double-quoted YAML string: any text then reaches the documents as it is. */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                quoted.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0xfeff || c >= 0xd800 && c < 0xe000) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }

    private static Matcher valueLine(int choice) {
        Matcher line = VALUE.matcher(LINES.get(VALUE_LINES.get(Math.floorMod(choice, VALUE_LINES.size()))));
        if (!line.matches()) {
            throw new IllegalStateException(line.toString());
        }
        return line;
    }

    private static List<String> lines() {
        try (InputStream in = MinimalConvention.class.getResourceAsStream("PipelineFuzzTestInputs/pipeline/minimale.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
