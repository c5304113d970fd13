package fr.ctg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many distinct conventions derived from a real one, for measuring batches: each has its own id (and folder),
 * territory name, signature place, head counts and percentages, so no two documents are the same.
 */
final class SyntheticConventions {

    private static final Pattern ID = Pattern.compile("(?m)^id: .*$");
    private static final Pattern TERRITORY = Pattern.compile("(?m)^territoire: (.+)$");
    private static final Pattern PLACE = Pattern.compile("(?m)^  lieu: .*$");
    private static final Pattern PERCENT = Pattern.compile("\\b(\\d{1,2})%");
    private static final Pattern HEAD_COUNT = Pattern.compile("\\b(\\d+) personnes\\b");

    private final String source;
    private final String territory;

    SyntheticConventions(String source) {
        Matcher territoryLine = TERRITORY.matcher(source);
        if (!ID.matcher(source).find() || !territoryLine.find()) {
            throw new IllegalArgumentException("la convention modèle n’a pas de ligne « id: » ou « territoire: »");
        }
        this.source = source;
        this.territory = territoryLine.group(1).strip();
    }

    static String id(int number) {
        return String.format(Locale.ROOT, "synthetique-%04d", number);
    }

    /** The text of convention {@code number} (from 1). */
    String text(int number) {
        String text = ID.matcher(source).replaceFirst("id: " + id(number));
        text = text.replace(territory, "Communauté de Communes du Pays synthétique n° " + number);
        text = PLACE.matcher(text).replaceFirst("  lieu: Ville synthétique n° " + number);
        text = replaceNumbers(text, PERCENT, n -> (n + number) % 100 + "%");
        return replaceNumbers(text, HEAD_COUNT, n -> (n + number) + " personnes");
    }

    /** Writes conventions 1 to {@code count} as {@code folder/<id>/convention.yaml}. */
    List<Path> write(Path folder, int count) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            Path file = folder.resolve(id(number)).resolve("convention.yaml");
            Files.createDirectories(file.getParent());
            files.add(Files.writeString(file, text(number), StandardCharsets.UTF_8));
        }
        return files;
    }

    private static String replaceNumbers(String text, Pattern pattern, java.util.function.IntFunction<String> replacement) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(Integer.parseInt(match.group(1)))));
    }
}
