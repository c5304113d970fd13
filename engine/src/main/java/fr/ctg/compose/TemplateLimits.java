package fr.ctg.compose;

import java.time.Duration;

/**
 * How far the templates may go while composing one document, so that a Caf's template that loops without end,
 * writes without end or calls itself without end stops with a diagnostic instead of running for ever, filling the
 * memory or overflowing the stack. Each limit can be changed by a system property ({@code -Dctg.modeles.…} on the
 * {@code java} command line, see the README); a value that is not a positive whole number keeps the default.
 *
 * @param maxCharacters characters a document may have: a 30-page convention has about 300 000; what a template writes
 *     costs up to ten bytes a character until the document is read, and 10 million of them fit in a 256 MB heap
 * @param maxDuration how long composing a document may last
 * @param maxDepth how many template elements may be nested (a macro call is a few), far under a stack overflow
 */
record TemplateLimits(long maxCharacters, Duration maxDuration, int maxDepth) {

    static final String MAX_CHARACTERS_PROPERTY = "ctg.modeles.caracteres-max";
    static final String MAX_SECONDS_PROPERTY = "ctg.modeles.secondes-max";
    static final String MAX_DEPTH_PROPERTY = "ctg.modeles.profondeur-max";

    static final long DEFAULT_MAX_CHARACTERS = 10_000_000;
    static final long DEFAULT_MAX_SECONDS = 20;
    static final int DEFAULT_MAX_DEPTH = 1_000;

    /** The limits in force: the defaults, unless a system property changes one. */
    static TemplateLimits configured() {
        return new TemplateLimits(positive(MAX_CHARACTERS_PROPERTY, DEFAULT_MAX_CHARACTERS),
                Duration.ofSeconds(positive(MAX_SECONDS_PROPERTY, DEFAULT_MAX_SECONDS)),
                (int) Math.min(Integer.MAX_VALUE, positive(MAX_DEPTH_PROPERTY, DEFAULT_MAX_DEPTH)));
    }

    private static long positive(String property, long otherwise) {
        Long value = Long.getLong(property);
        return value == null || value <= 0 ? otherwise : value;
    }
}
