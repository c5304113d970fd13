package fr.ctg.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command starting a fresh {@code ctg}: the same java, the same JVM options as this process (those the
 * {@code ./ctg} wrapper chose), minus those that only concern this run (heap size, recordings, agents,
 * class-data archive creation, garbage collection log).
 */
final class JavaCommand {

    private static final List<String> OWN_OPTIONS = List.of("-Xmx", "-XX:MaxHeapSize", "-XX:StartFlightRecording", "-XX:FlightRecorderOptions",
            "-agentlib", "-agentpath", "-javaagent", "-XX:ArchiveClassesAtExit", "-Xlog:gc");

    private static final String MAIN_CLASS = "fr.ctg.cli.Ctg";

    private final String java;
    private final List<String> options;
    private final List<String> launch;

    JavaCommand(String java, List<String> options, List<String> launch) {
        this.java = java;
        this.options = options.stream().filter(JavaCommand::inherited).toList();
        this.launch = List.copyOf(launch);
    }

    /**
     * @param codeSource where this engine was loaded from: {@code ctg.jar}, or a folder of classes (in the
     *     tests), in which case the child gets this process's class path
     */
    static JavaCommand like(Path codeSource) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> launch = Files.isRegularFile(codeSource)
                ? List.of("-jar", codeSource.toString())
                : List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS);
        return new JavaCommand(java, ManagementFactory.getRuntimeMXBean().getInputArguments(), launch);
    }

    List<String> ctg(List<String> extraOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.addAll(extraOptions);
        command.addAll(launch);
        command.addAll(List.of(arguments));
        return command;
    }

    private static boolean inherited(String option) {
        return OWN_OPTIONS.stream().noneMatch(option::startsWith);
    }
}
