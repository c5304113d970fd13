package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One value of the minimal convention replaced by a huge scalar: a repeated sentence, one word with nowhere to break
 * it, digits, a literal or folded block of many lines, or two-byte characters. Up to {@link #GENERATED} characters it is
 * also generated; the others sit at the limits of the loader (2 000 000 characters of text, a 5 Mo file) and are only
 * validated.
 */
final class HugeScalars implements ConventionGenerator {

    static final int GENERATED = 50_000;
    private static final int TEXT_LIMIT = 2_000_000;
    private static final String[] UNITS = {"Le multi-accueil accueille les familles. ", "x", "1", "é", "l’", "« a » ", "\u00a0;"};

    @Override
    public boolean write(FuzzedDataProvider data, Path folder) throws IOException {
        String unit = data.pickValue(UNITS);
        int length = data.consumeBoolean() ? data.consumeInt(1_000, GENERATED)
                : TEXT_LIMIT + data.consumeInt(-2_000, 2_000) + (unit.equals("é") ? data.consumeInt(0, 700_000) : 0);
        String text = unit.repeat(Math.max(1, length / unit.length()));
        int choice = data.consumeInt(0, MinimalConvention.values() - 1);
        String indent = " ".repeat(MinimalConvention.indentation(choice) + data.consumeInt(2, 6));
        String scalar = switch (data.consumeInt(0, 3)) {
            case 0 -> MinimalConvention.quoted(text);
            case 1 -> text.strip();
            case 2 -> "|\n" + indent + text.strip().replace("\n", "").replaceAll("(.{1,80})", "$1\n" + indent).stripTrailing();
            default -> ">-\n" + indent + text.strip().replace("\n", "").replaceAll("(.{1,80})", "$1\n" + indent).stripTrailing();
        };
        Files.writeString(folder.resolve("convention.yaml"), MinimalConvention.withValue(choice, scalar), StandardCharsets.UTF_8);
        return length <= GENERATED;
    }
}
