package fr.ctg.text;

import java.util.List;

/** Enumerations as a sentence writes them: "A, B et C". */
public final class FrenchLists {

    private FrenchLists() {
    }

    /** "", "A", "A et B", "A, B et C". */
    public static String join(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " et " + items.get(items.size() - 1);
    }
}
