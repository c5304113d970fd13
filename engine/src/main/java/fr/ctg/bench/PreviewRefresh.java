package fr.ctg.bench;

import fr.ctg.preview.PreviewServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times {@code ctg apercu} the way a writer meets it: its server runs on a copy of the convention's folder, the YAML
 * is saved with a new signature place, and the clock stops when the server has read, checked and laid out the
 * folder again and tells the open pages (its journal line). The browser's own work is not counted.
 */
final class PreviewRefresh {

    private static final Pattern PLACE = Pattern.compile("(?m)^  lieu: .*$");
    private static final long TIMEOUT_SECONDS = 60;

    private final Path convention;
    private final Path work;

    /**
     * @param convention the convention file; its folder (with its avenants) is copied into {@code work}
     */
    PreviewRefresh(Path convention, Path work) {
        this.convention = convention;
        this.work = work;
    }

    Samples measure(int warmUps, int rounds) throws IOException, InterruptedException {
        Path copy = copyFolder(convention.getParent(), work.resolve(convention.getParent().getFileName()));
        Path file = copy.resolve(convention.getFileName());
        String source = Files.readString(file, StandardCharsets.UTF_8);
        if (!PLACE.matcher(source).find()) {
            throw new IllegalArgumentException("la convention mesurée n’a pas de ligne « lieu: » à modifier");
        }
        BlockingQueue<Long> refreshed = new LinkedBlockingQueue<>();
        List<Long> nanos = new ArrayList<>();
        try (PreviewServer server = PreviewServer.start(file, 0, line -> refreshed.add(System.nanoTime()))) {
            refreshed.clear();
            for (int i = 1; i <= warmUps + rounds; i++) {
                String saved = PLACE.matcher(source).replaceFirst(Matcher.quoteReplacement("  lieu: Ville d’essai n° " + i));
                long start = System.nanoTime();
                Files.writeString(file, saved, StandardCharsets.UTF_8);
                Long end = refreshed.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (end == null) {
                    throw new IOException("l’aperçu ne s’est pas mis à jour en " + TIMEOUT_SECONDS + " s après l’enregistrement");
                }
                if (i > warmUps) {
                    nanos.add(end - start);
                }
            }
        }
        return new Samples(nanos);
    }

    private static Path copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path path : tree.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
        return to;
    }
}
