package fr.ctg.compose;

/** Where a character of a composed document comes from, named for a message: the template and its line. */
interface OutputOrigins {

    /** @param offset a position in the composed text; the text's length names its end */
    String of(int offset);

    /** A text that no template wrote (a test's document, say): its own lines. */
    static OutputOrigins linesOf(String text) {
        return offset -> "document composé, ligne " + (1 + text.substring(0, Math.min(offset, text.length())).chars().filter(c -> c == '\n').count());
    }
}
