package fr.ctg.text;

/** French quotation marks with a no-break space inside: « la Caf ». */
public final class Guillemets {

    private Guillemets() {
    }

    public static String quote(String text) {
        return "«\u00a0" + text.strip() + "\u00a0»";
    }
}
