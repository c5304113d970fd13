package fr.ctg.preview;

/** Text made safe to stand in HTML, between tags or in a quoted attribute. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        // "&" first: the entities written after it stay as they are
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
