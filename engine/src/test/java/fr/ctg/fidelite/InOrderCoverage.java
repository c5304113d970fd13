package fr.ctg.fidelite;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a reference word list another list contains in the same order: the length of their longest common
 * subsequence over the reference's length, and the runs of reference words the alignment leaves out.
 */
final class InOrderCoverage {

    private static final int CONTEXT = 3;

    private final List<String> reference;
    private final boolean[] matched;
    private final int common;

    private InOrderCoverage(List<String> reference, boolean[] matched, int common) {
        this.reference = reference;
        this.matched = matched;
        this.common = common;
    }

    /** Two rolling rows for the lengths; two bits per cell keep the alignment to name the missing runs. */
    static InOrderCoverage of(List<String> reference, List<String> candidate) {
        int n = reference.size();
        int m = candidate.size();
        long width = m + 1L;
        BitSet sameAbove = new BitSet(Math.toIntExact((n + 1L) * width));
        BitSet sameLeft = new BitSet(Math.toIntExact((n + 1L) * width));
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            String word = reference.get(i - 1);
            current[0] = 0;
            for (int j = 1; j <= m; j++) {
                int length = word.equals(candidate.get(j - 1))
                        ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
                current[j] = length;
                long cell = i * width + j;
                sameAbove.set((int) cell, length == previous[j]);
                sameLeft.set((int) cell, length == current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        boolean[] matched = new boolean[n];
        int i = n;
        int j = m;
        while (i > 0 && j > 0) {
            long cell = i * width + j;
            if (sameAbove.get((int) cell)) {
                i--;
            } else if (sameLeft.get((int) cell)) {
                j--;
            } else {
                matched[--i] = true;
                j--;
            }
        }
        return new InOrderCoverage(reference, matched, previous[m]);
    }

    int commonWords() {
        return common;
    }

    double ratio() {
        return reference.isEmpty() ? 1 : (double) common / reference.size();
    }

    /** The runs of consecutive reference words left out of the alignment, longest first, between a few words around. */
    List<String> longestMissingRuns(int count) {
        List<int[]> runs = new ArrayList<>();
        int start = -1;
        for (int k = 0; k <= matched.length; k++) {
            boolean missing = k < matched.length && !matched[k];
            if (missing && start < 0) {
                start = k;
            } else if (!missing && start >= 0) {
                runs.add(new int[] {start, k});
                start = -1;
            }
        }
        return runs.stream()
                .sorted(Comparator.comparingInt((int[] run) -> run[1] - run[0]).reversed())
                .limit(count)
                .map(run -> (run[1] - run[0]) + " : " + words(run[0] - CONTEXT, run[0]) + " [" + words(run[0], run[1]) + "] "
                        + words(run[1], run[1] + CONTEXT))
                .toList();
    }

    private String words(int from, int to) {
        return String.join(" ", reference.subList(Math.max(0, from), Math.min(reference.size(), to)));
    }
}
