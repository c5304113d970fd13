package fr.ctg.load;

import java.util.Collection;
import java.util.Optional;

/** Finds the known word a misspelt one was meant to be ("vouliez-vous dire public_vise ?"). */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String saisi, Collection<String> connus) {
        String meilleur = null;
        int meilleureDistance = Integer.MAX_VALUE;
        for (String connu : connus) {
            int distance = distance(saisi.toLowerCase(), connu.toLowerCase());
            if (distance < meilleureDistance) {
                meilleur = connu;
                meilleureDistance = distance;
            }
        }
        int tolerance = Math.max(2, saisi.length() / 3);
        return meilleureDistance <= tolerance ? Optional.ofNullable(meilleur) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] precedente = new int[b.length() + 1];
        int[] courante = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            precedente[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            courante[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cout = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                courante[j] = Math.min(Math.min(courante[j - 1] + 1, precedente[j] + 1), precedente[j - 1] + cout);
            }
            int[] echange = precedente;
            precedente = courante;
            courante = echange;
        }
        return precedente[b.length()];
    }
}
