package fr.ctg.bench;

import fr.ctg.compose.CompositionException;
import fr.ctg.load.UnreadableInputException;
import fr.ctg.sign.SignatureRefusal;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Measures the engine the way its users meet it and prints a French report as it goes: each stage warm in
 * this process, the preview's refresh after a save, a fresh {@code ctg generer} of one convention, batches of
 * synthetic conventions through {@code ctg generer} with a bounded heap, {@code ctg valider} on many files, and
 * LibreOffice on the same DOCX when it is installed, set against the cold run and the warm path. The figures are
 * compared with the project's objectives.
 */
public final class Benchmark {

    /** What to measure and how many times. */
    public record Settings(Path convention, List<Integer> batchSizes, int warmUps, int rounds, int coldRuns,
                           int validationFiles, int libreOfficeCalls, String batchHeap, Path work) {
    }

    private static final Duration WARM_TARGET = Duration.ofMillis(150);
    private static final Duration COLD_TARGET = Duration.ofMillis(1500);
    private static final Duration PREVIEW_TARGET = Duration.ofMillis(400);
    private static final Duration SIGNING_TARGET = Duration.ofMillis(500);
    private static final int BATCH_TARGET_SIZE = 1000;
    private static final Duration BATCH_TARGET = Duration.ofSeconds(90);
    private static final int VALIDATION_TARGET_SIZE = 1000;
    private static final Duration VALIDATION_TARGET = Duration.ofSeconds(3);

    private record Objective(String label, String measured, boolean met) {
    }

    private final Settings settings;
    private final JavaCommand java;
    private final PrintWriter out;
    private final List<Objective> objectives = new ArrayList<>();

    public Benchmark(Settings settings, Path codeSource, PrintWriter out) {
        this.settings = settings;
        this.java = JavaCommand.like(codeSource);
        this.out = out;
    }

    /** @return whether every objective measured was met */
    public boolean run() throws IOException, InterruptedException, UnreadableInputException, CompositionException, SignatureRefusal {
        Path convention = settings.convention().toAbsolutePath().normalize();
        Files.createDirectories(settings.work());
        out.println("Banc d’essai du moteur CTG");
        out.println("Machine : " + Machine.current().describe());
        out.println("Convention : " + convention);
        out.println("Processus neufs : " + String.join(" ", java.ctg(List.of())) + " …");
        out.println();
        WarmPipeline.Result warm = warm(convention);
        preview(convention);
        Optional<Samples> cold = cold(convention);
        String source = Files.readString(convention, StandardCharsets.UTF_8);
        for (int size : settings.batchSizes()) {
            batch(source, size);
        }
        if (settings.validationFiles() > 0) {
            validation(source);
        }
        libreOffice(warm, cold);
        out.println();
        out.println("Objectifs :");
        for (Objective objective : objectives) {
            out.println("  " + (objective.met() ? "[atteint] " : "[manqué]  ") + objective.label() + " : " + objective.measured());
        }
        out.flush();
        return objectives.stream().allMatch(Objective::met);
    }

    private WarmPipeline.Result warm(Path convention)
            throws IOException, UnreadableInputException, CompositionException, SignatureRefusal {
        out.println("À chaud, dans ce processus (" + settings.warmUps() + " tours d’échauffement, " + settings.rounds() + " mesures, médianes) :");
        out.flush();
        WarmPipeline.Result result = new WarmPipeline().measure(convention, settings.warmUps(), settings.rounds());
        line("lecture et validation", result.validation().median());
        line("composition (XHTML)", result.composition().median());
        line("DOCX", result.docx().median());
        line("PDF/A", result.pdf().median());
        out.println("  les quatre ensemble : médiane " + Sizes.duration(result.total().median())
                + ", p95 " + Sizes.duration(result.total().p95()));
        out.println("  documents : PDF " + Sizes.kilobytes(result.lastPdf().length) + ", DOCX " + Sizes.kilobytes(result.lastDocx().length));
        out.println("  mémoire de ce processus : pic RSS " + Sizes.megabytes(ProcStatus.peakRss(ProcessHandle.current().pid()))
                + ", pic du tas " + Sizes.megabytes(heapPeak()) + " (somme des pics de chaque zone)");
        objectives.add(new Objective("validation + composition + DOCX + PDF à chaud ≤ " + Sizes.duration(WARM_TARGET),
                "médiane " + Sizes.duration(result.total().median()), result.total().median().compareTo(WARM_TARGET) <= 0));
        Optional<Samples> signing = WarmSigning.measure(result.lastPdf(), settings.warmUps(), settings.rounds());
        if (signing.isPresent()) {
            out.println("  signature d’un champ (PAdES B-B, « ctg signer ») : médiane " + Sizes.duration(signing.get().median())
                    + ", p95 " + Sizes.duration(signing.get().p95()));
            objectives.add(new Objective("signature d’un champ à chaud ≤ " + Sizes.duration(SIGNING_TARGET),
                    "médiane " + Sizes.duration(signing.get().median()), signing.get().median().compareTo(SIGNING_TARGET) <= 0));
        }
        out.println();
        out.flush();
        return result;
    }

    private void preview(Path convention) throws IOException, InterruptedException {
        out.println("Aperçu (« ctg apercu »), de l’enregistrement du YAML à la page prête à être relue (" + settings.warmUps()
                + " enregistrements d’échauffement, " + settings.rounds() + " mesurés) :");
        out.flush();
        Samples refreshes = new PreviewRefresh(convention, settings.work().resolve("apercu")).measure(settings.warmUps(), settings.rounds());
        out.println("  médiane " + Sizes.duration(refreshes.median()) + ", p95 " + Sizes.duration(refreshes.p95()));
        objectives.add(new Objective("mise à jour de l’aperçu après un enregistrement ≤ " + Sizes.duration(PREVIEW_TARGET),
                "médiane " + Sizes.duration(refreshes.median()), refreshes.median().compareTo(PREVIEW_TARGET) <= 0));
        out.println();
        out.flush();
    }

    private Optional<Samples> cold(Path convention) throws IOException, InterruptedException {
        if (settings.coldRuns() <= 0) {
            return Optional.empty();
        }
        Path folder = settings.work().resolve("froid");
        List<Long> walls = new ArrayList<>();
        long peak = -1;
        for (int i = 0; i < settings.coldRuns(); i++) {
            ChildProcess.Result result = child(java.ctg(List.of(), "generer", "--force", convention.toString(), "-o", folder.resolve("sortie").toString()),
                    folder, "generer");
            if (result == null) {
                return Optional.empty();
            }
            walls.add(result.wall().toNanos());
            peak = Math.max(peak, result.peakRss().orElse(-1));
        }
        Samples samples = new Samples(walls);
        out.println("À froid, « ctg generer » d’une convention dans un processus neuf (" + samples.count() + " fois) : médiane "
                + Sizes.duration(samples.median()) + ", pic RSS " + Sizes.megabytes(peak < 0 ? OptionalLong.empty() : OptionalLong.of(peak)));
        objectives.add(new Objective("« ctg generer » d’une convention à froid ≤ " + Sizes.duration(COLD_TARGET),
                "médiane " + Sizes.duration(samples.median()), samples.median().compareTo(COLD_TARGET) <= 0));
        out.println();
        out.flush();
        return Optional.of(samples);
    }

    private void batch(String source, int size) throws IOException, InterruptedException {
        Path folder = settings.work().resolve("lot-" + size);
        new SyntheticConventions(source).write(folder.resolve("conventions"), size);
        Path gcLog = folder.resolve("gc.log");
        out.println("Lot de " + size + (size > 1 ? " conventions synthétiques" : " convention synthétique")
                + " (« ctg generer », -Xmx" + settings.batchHeap() + ") …");
        out.flush();
        ChildProcess.Result result = child(java.ctg(List.of("-Xmx" + settings.batchHeap(), GcLog.option(gcLog)),
                "generer", "--force", folder.resolve("conventions").toString(), "-o", folder.resolve("sortie").toString()), folder, "generer");
        if (result != null) {
            double perSecond = size / (result.wall().toNanos() / 1e9);
            out.println("  " + Sizes.duration(result.wall()) + ", " + Sizes.ratio(perSecond) + " conventions par seconde, pic RSS "
                    + Sizes.megabytes(result.peakRss()) + ", pic du tas " + Sizes.megabytes(GcLog.peakHeap(gcLog)));
            if (size == BATCH_TARGET_SIZE) {
                objectives.add(new Objective(size + " conventions avec -Xmx" + settings.batchHeap() + " ≤ " + Sizes.duration(BATCH_TARGET),
                        Sizes.duration(result.wall()), result.wall().compareTo(BATCH_TARGET) <= 0));
            }
        }
        delete(folder);
        out.println();
        out.flush();
    }

    private void validation(String source) throws IOException, InterruptedException {
        int size = settings.validationFiles();
        Path folder = settings.work().resolve("validation-" + size);
        new SyntheticConventions(source).write(folder.resolve("conventions"), size);
        out.println("Validation de " + size + " fichiers (« ctg valider », processus neuf) …");
        out.flush();
        ChildProcess.Result result = child(java.ctg(List.of(), "valider", folder.resolve("conventions").toString()), folder, "valider");
        if (result != null) {
            out.println("  " + Sizes.duration(result.wall()) + ", pic RSS " + Sizes.megabytes(result.peakRss()));
            if (size == VALIDATION_TARGET_SIZE) {
                objectives.add(new Objective("validation de " + size + " fichiers ≤ " + Sizes.duration(VALIDATION_TARGET),
                        Sizes.duration(result.wall()), result.wall().compareTo(VALIDATION_TARGET) <= 0));
            }
        }
        delete(folder);
        out.println();
        out.flush();
    }

    /**
     * LibreOffice's way, one {@code soffice} per document as a Caf would call it, set against this engine started
     * afresh ({@code ctg generer}) and kept warm (validation, composition, DOCX and PDF in one process).
     */
    private void libreOffice(WarmPipeline.Result warm, Optional<Samples> cold) throws IOException, InterruptedException {
        if (settings.libreOfficeCalls() <= 0) {
            return;
        }
        Optional<LibreOffice> libreOffice = LibreOffice.onPath();
        if (libreOffice.isEmpty()) {
            out.println("LibreOffice : « soffice » n’est pas dans le PATH, comparaison non faite.");
            return;
        }
        Path folder = settings.work().resolve("libreoffice");
        Files.createDirectories(folder);
        Path docx = Files.write(folder.resolve("convention.docx"), warm.lastDocx());
        out.println("LibreOffice (soffice --headless --convert-to pdf, même DOCX, " + settings.libreOfficeCalls() + " appels après un premier) …");
        out.flush();
        Samples calls = libreOffice.get().time(docx, folder, settings.libreOfficeCalls());
        out.println("  médiane " + Sizes.duration(calls.median()) + " par appel ; le moteur, dans le même banc d’essai :");
        out.println(comparisonRow("", "moteur", "LibreOffice", "rapport"));
        if (cold.isPresent()) {
            out.println(comparison("à froid, « ctg generer » dans un processus neuf", cold.get().median(), calls.median()));
        }
        out.println(comparison("à chaud, validation + composition + DOCX + PDF", warm.total().median(), calls.median()));
        out.flush();
    }

    /** One row of the table setting the engine against LibreOffice, the same duration of LibreOffice on each. */
    static String comparison(String label, Duration engine, Duration libreOffice) {
        double ratio = (double) libreOffice.toNanos() / engine.toNanos();
        String verdict = ratio >= 1 ? Sizes.ratio(ratio) + " fois plus rapide" : Sizes.ratio(1 / ratio) + " fois plus lent";
        return comparisonRow(label, Sizes.duration(engine), Sizes.duration(libreOffice), verdict);
    }

    private static String comparisonRow(String label, String engine, String libreOffice, String ratio) {
        return String.format(Locale.ROOT, "  %-48s %9s %12s   %s", label, engine, libreOffice, ratio).stripTrailing();
    }

    /** Runs a child; on failure says so with the end of its output and returns null. */
    private ChildProcess.Result child(List<String> command, Path folder, String name) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        Path log = folder.resolve(name + ".log");
        ChildProcess.Result result = ChildProcess.run(command, log);
        if (result.exitCode() != 0) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            out.println("  échec de « ctg " + name + " » (code " + result.exitCode() + ") : "
                    + String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size())));
            return null;
        }
        return result;
    }

    private void line(String stage, Duration median) {
        out.println(String.format(Locale.ROOT, "  %-24s %8s", stage, Sizes.duration(median)));
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum();
    }

    /** Removes the benchmark's work folder; what cannot be removed stays in the temporary folder. */
    public static void deleteQuietly(Path folder) {
        try {
            delete(folder);
        } catch (IOException e) {
            // Only temporary files.
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> tree = Files.walk(folder)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
