package fr.ctg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchPartsTest {

    @TempDir
    Path dir;

    @Test
    void samplesGiveTheMedianAndTheNearestRank95thPercentile() {
        Samples odd = new Samples(List.of(5L, 1L, 3L));
        Samples twenty = new Samples(List.of(20L, 19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L));

        assertEquals(Duration.ofNanos(3), odd.median());
        assertEquals(Duration.ofNanos(5), odd.p95());
        assertEquals(Duration.ofNanos(10), twenty.median());
        assertEquals(Duration.ofNanos(19), twenty.p95());
        assertEquals(20, twenty.count());
    }

    @Test
    void readsThePeakResidentSizeOfAProcStatusFile() throws Exception {
        Path status = Files.writeString(dir.resolve("status"), "Name:\tjava\nVmPeak:\t 9000 kB\nVmHWM:\t  345678 kB\nVmRSS:\t 1000 kB\n");

        assertEquals(OptionalLong.of(345678L * 1024), ProcStatus.field(status, "VmHWM:"));
        assertEquals(OptionalLong.empty(), ProcStatus.field(dir.resolve("absent"), "VmHWM:"));
    }

    @Test
    void readsThePeakHeapBeforeCollectionsInAGcLog() throws Exception {
        Path log = Files.writeString(dir.resolve("gc.log"), """
                [0,012s][info][gc] Using Serial
                [1,234s][info][gc] GC(0) Pause Young (Allocation Failure) 136M->20M(494M) 12,345ms
                [2,345s][info][gc] GC(1) Pause Young (Allocation Failure) 150M->41M(494M) 10,000ms
                [3,456s][info][gc] GC(2) Pause Full (System.gc()) 1024K->900K(494M) 3,000ms
                """);

        assertEquals(OptionalLong.of(150L * 1024 * 1024), GcLog.peakHeap(log));
        assertEquals(OptionalLong.empty(), GcLog.peakHeap(dir.resolve("absent.log")));
    }

    @Test
    void takesTheFirstCpuModelName() throws Exception {
        Path cpuinfo = Files.writeString(dir.resolve("cpuinfo"), "processor\t: 0\nmodel name\t: AMD EPYC 7B13\nprocessor\t: 1\nmodel name\t: autre\n");

        assertEquals("AMD EPYC 7B13", Machine.cpuModel(cpuinfo));
        assertEquals("inconnu", Machine.cpuModel(dir.resolve("absent")));
    }

    @Test
    void aChildJavaKeepsTheWrappersOptionsButNotThoseOfThisRun() {
        JavaCommand java = new JavaCommand("java", List.of("-XX:TieredStopAtLevel=1", "-Xmx2g", "-XX:SharedArchiveFile=ctg.jsa",
                "-XX:StartFlightRecording=filename=x.jfr", "-Xlog:cds=off", "-Xlog:gc:file=gc.log", "-XX:ArchiveClassesAtExit=a.jsa"),
                List.of("-jar", "ctg.jar"));

        assertEquals(List.of("java", "-XX:TieredStopAtLevel=1", "-XX:SharedArchiveFile=ctg.jsa", "-Xlog:cds=off", "-Xmx512m",
                "-jar", "ctg.jar", "generer", "x"), java.ctg(List.of("-Xmx512m"), "generer", "x"));
    }

    @Test
    void setsTheEngineAgainstLibreOfficeOneRowPerWayOfRunningIt() {
        assertEquals("  à froid, « ctg generer » dans un processus neuf    2000 ms      8500 ms   4,3 fois plus rapide",
                Benchmark.comparison("à froid, « ctg generer » dans un processus neuf", Duration.ofMillis(2000), Duration.ofMillis(8500)));
        assertEquals("  à chaud                                            3000 ms      1500 ms   2,0 fois plus lent",
                Benchmark.comparison("à chaud", Duration.ofMillis(3000), Duration.ofMillis(1500)));
    }

    @Test
    void writesDurationsAndSizesTheFrenchWay() {
        assertEquals("185 ms", Sizes.duration(Duration.ofMillis(185)));
        assertEquals("12,4 s", Sizes.duration(Duration.ofMillis(12_449)));
        assertEquals("3 Mo", Sizes.megabytes(3L * 1024 * 1024));
        assertEquals("inconnu", Sizes.megabytes(OptionalLong.empty()));
        assertEquals("159 Ko", Sizes.kilobytes(162_969));
        assertEquals("10,8", Sizes.ratio(10.79));
    }
}
