package fr.ctg.load;

import java.util.Collection;
import java.util.Optional;

/** Finds the known word a misspelt one was meant to be ("vouliez-vous dire public_vise ?"). */
public final class Suggestions {

    private Suggestions() {
    }

    /** Past this length, a value is not a misspelled name: a 30 000-character id once made each suggestion take minutes. */
    static final int LONGEST = 200;

    public static Optional<String> closest(String typed, Collection<String> known) {
        if (typed.length() > LONGEST) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            // the distance is at least the difference of the lengths: a far longer candidate is never the closest
            if (candidate.length() > LONGEST || Math.abs(candidate.length() - typed.length()) >= bestDistance) {
                continue;
            }
            int distance = distance(typed.toLowerCase(), candidate.toLowerCase());
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerance = Math.max(2, typed.length() / 3);
        return bestDistance <= tolerance ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
