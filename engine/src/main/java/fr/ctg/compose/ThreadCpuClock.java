package fr.ctg.compose;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The processor time the current thread has used, in nanoseconds: the time limit of a composition counts the work
 * the templates make, not the wall-clock time, which a loaded machine stretches (at a load of 20 on 2 cores an
 * ordinary composition outlasted 20 s and was reported as an endless loop). Where the JVM cannot measure a thread's
 * processor time, the wall-clock time stands in.
 */
final class ThreadCpuClock {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean MEASURED = THREADS.isCurrentThreadCpuTimeSupported();

    private ThreadCpuClock() {
    }

    static long nanos() {
        return MEASURED ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
