package fr.ctg.compose;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core.TextBlock;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the templates write, and which place of a template wrote each part of it. FreeMarker tells the tracer which
 * element it runs; the writer notes, for every piece of output, the element that wrote it. A piece of a
 * template's own text keeps its lines and columns, so a position inside it is found character by character; an
 * interpolation's output is all at the interpolation's first character.
 *
 * <p>The characters XML forbids are dropped on the way (they can come from a convention's text): the
 * document must be parsed, and a writer never sees them.
 *
 * <p>It also holds the composition to its {@link TemplateLimits}: the size of what is written, the nesting of the
 * elements that run and, every few hundred elements (each turn of a loop is one, see {@link GuardedConfiguration}),
 * the processor time spent ({@link ThreadCpuClock}). Once a limit is hit, every element entered after fails the same way, so that no
 * {@code <#attempt>} goes on.
 */
final class TemplateTrace extends Writer implements TemplateProcessingTracer, OutputOrigins {

    /** A power of two, so that counting costs a mask. */
    private static final int ELEMENTS_BETWEEN_CLOCK_READINGS = 256;

    private static final String LOOP_ADVICE = "vérifiez les bornes des boucles (#list) de ce modèle";

    private final StringBuilder text = new StringBuilder(1 << 16);
    private final Deque<TracedElement> running = new ArrayDeque<>();
    private final TemplateLimits limits;
    private final long deadline;
    private int entered;
    /** The element entered last: FreeMarker exits every element on the way out of an error, this one stays. */
    private @Nullable TracedElement lastEntered;
    private @Nullable TemplateLimitException exceeded;
    private int[] starts = new int[1024];
    private TracedElement[] writers = new TracedElement[1024];
    private int pieces;
    private char pendingHighSurrogate;

    TemplateTrace(TemplateLimits limits) {
        this.limits = limits;
        this.deadline = ThreadCpuClock.nanos() + limits.maxDuration().toNanos();
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        if (exceeded != null) {
            throw exceeded;
        }
        if (running.size() >= limits.maxDepth()) {
            throw exceeded(element, "plus de " + thousands(limits.maxDepth()) + " éléments de modèle imbriqués : une macro ou une fonction"
                    + " s’appelle sans doute elle-même sans fin", "donnez à la macro une condition d’arrêt", TemplateLimits.MAX_DEPTH_PROPERTY);
        }
        if ((++entered & (ELEMENTS_BETWEEN_CLOCK_READINGS - 1)) == 0 && ThreadCpuClock.nanos() - deadline > 0) {
            throw exceeded(element, "la composition du document dure plus de " + limits.maxDuration().toSeconds()
                    + "\u00a0s : une boucle ne finit sans doute jamais", LOOP_ADVICE, TemplateLimits.MAX_SECONDS_PROPERTY);
        }
        running.push(element);
        lastEntered = element;
    }

    private TemplateLimitException exceeded(@Nullable TracedElement element, String message, String advice, String property) {
        exceeded = new TemplateLimitException(element, message, advice + " ; la limite se règle par -D" + property);
        return exceeded;
    }

    /**
     * A template that asked for more memory or more stack than the JVM has, at the element entered last: a value
     * built without writing it ({@code ?left_pad(2000000000)}, a string doubled in a loop) escapes the size limit,
     * and a value nested deep enough ({@code ?eval_json} of 100 000 brackets) overflows the stack below any element.
     */
    TemplateLimitException exhausted(VirtualMachineError error) {
        String message = error instanceof StackOverflowError
                ? "la pile d’appels a débordé : une valeur imbriquée trop profondément ou une fonction qui s’appelle sans fin"
                : "le modèle demande plus de mémoire que la JVM n’en a : il construit une valeur démesurée";
        return new TemplateLimitException(lastEntered, message, "bornez les valeurs que ce modèle construit (longueurs, répétitions, imbrication)");
    }

    private static String thousands(long number) {
        return String.format(Locale.FRANCE, "%,d", number);
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        running.pop();
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (text.length() + (long) length > limits.maxCharacters()) {
            throw exceeded(running.peek(), "le document composé dépasse " + thousands(limits.maxCharacters()) + " caractères (une convention"
                    + " de 30 pages en compte environ " + thousands(300_000) + ")", LOOP_ADVICE, TemplateLimits.MAX_CHARACTERS_PROPERTY);
        }
        if (pieces == starts.length) {
            starts = Arrays.copyOf(starts, pieces * 2);
            writers = Arrays.copyOf(writers, pieces * 2);
        }
        starts[pieces] = text.length();
        writers[pieces] = running.peek();
        pieces++;
        for (int i = offset; i < offset + length; i++) {
            keep(buffer[i]);
        }
    }

    @Override
    public void write(String string, int offset, int length) {
        write(string.toCharArray(), offset, length);
    }

    /** Keeps tab, line feed, carriage return, U+0020 to U+D7FF, U+E000 to U+FFFD and whole surrogate pairs. */
    private void keep(char c) {
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c;
            return;
        }
        if (Character.isLowSurrogate(c)) {
            if (pendingHighSurrogate != 0) {
                text.append(pendingHighSurrogate).append(c);
            }
        } else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)) {
            text.append(c);
        }
        pendingHighSurrogate = 0;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    String text() {
        return text.toString();
    }

    @Override
    public OutputOrigin of(int offset) {
        int piece = pieceAt(offset);
        TracedElement writer = piece < 0 ? null : writers[piece];
        if (writer == null) {
            return OutputOrigin.inText(text, offset);
        }
        int line = writer.getBeginLine();
        int column = writer.getBeginColumn();
        if (writer instanceof TextBlock) {
            for (int i = starts[piece]; i < Math.min(offset, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
        }
        return new OutputOrigin(writer.getTemplate().getSourceName(), line, column);
    }

    /** The last piece starting at or before {@code offset}. */
    private int pieceAt(int offset) {
        int found = Arrays.binarySearch(starts, 0, pieces, offset);
        if (found >= 0) {
            while (found + 1 < pieces && starts[found + 1] == offset) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }
}
