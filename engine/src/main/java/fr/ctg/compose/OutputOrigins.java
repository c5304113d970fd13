package fr.ctg.compose;

/** Where each character of a composed document comes from: the template, its line and column. */
interface OutputOrigins {

    /** @param offset a position in the composed text; the text's length names its end */
    OutputOrigin of(int offset);

    /** A text that no template wrote (a test's document, say): its own lines and columns. */
    static OutputOrigins linesOf(String text) {
        return offset -> OutputOrigin.inText(text, offset);
    }
}
