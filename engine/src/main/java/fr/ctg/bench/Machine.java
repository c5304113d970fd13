package fr.ctg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine the figures were measured on. */
record Machine(int cores, String system, String cpu, String java) {

    static Machine current() {
        return new Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                cpuModel(Path.of("/proc/cpuinfo")),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")");
    }

    /** The first "model name" of a Linux /proc/cpuinfo, or "inconnu" elsewhere. */
    static String cpuModel(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            return lines.stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("inconnu");
        } catch (IOException e) {
            return "inconnu";
        }
    }

    String describe() {
        return cores + (cores > 1 ? " cœurs" : " cœur") + ", " + cpu + ", " + system + ", " + java;
    }
}
