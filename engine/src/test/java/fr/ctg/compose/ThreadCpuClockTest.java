package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ThreadCpuClockTest {

    /** A thread that waits for the processor, as on a loaded machine, spends none of the templates' time limit. */
    @Test
    void timeSpentWaitingDoesNotCount() throws Exception {
        long before = ThreadCpuClock.nanos();
        Thread.sleep(500);
        Duration counted = Duration.ofNanos(ThreadCpuClock.nanos() - before);
        assertTrue(counted.compareTo(Duration.ofMillis(100)) < 0, counted.toString());
    }
}
