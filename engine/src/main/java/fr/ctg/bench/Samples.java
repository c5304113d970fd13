package fr.ctg.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one thing, in nanoseconds. */
final class Samples {

    private final List<Long> sorted;

    Samples(List<Long> nanos) {
        if (nanos.isEmpty()) {
            throw new IllegalArgumentException("aucune mesure");
        }
        List<Long> copy = new ArrayList<>(nanos);
        Collections.sort(copy);
        this.sorted = List.copyOf(copy);
    }

    Duration median() {
        int n = sorted.size();
        long middle = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Duration.ofNanos(middle);
    }

    /** The nearest-rank 95th percentile: 95 % of the measurements are at most this. */
    Duration p95() {
        int rank = (int) Math.ceil(0.95 * sorted.size());
        return Duration.ofNanos(sorted.get(rank - 1));
    }

    int count() {
        return sorted.size();
    }
}
