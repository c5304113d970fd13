package fr.ctg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A long run of spaces (ordinary, no-break, narrow no-break, tabs, or a mix) inside any value of the minimal
 * convention, or inside an amount, followed by what French spacing and the amount's pattern look at next
 * (punctuation, a digit, a letter, the euro sign). Quadratic text processing once spent minutes on such runs.
 */
final class SpaceRuns implements ConventionGenerator {

    private static final String[] SPACES = {" ", "\u00a0", "\u202f", "\t", " \u00a0", "\u2009"};
    private static final String[] NEXT = {"", ";", ":", "!", "?", "»", "x", "1", "€", ",50", "\n"};
    static final int MAX_RUN = 300_000;

    @Override
    public boolean write(FuzzedDataProvider data, Path folder) throws IOException {
        String space = data.pickValue(SPACES);
        String run = space.repeat(data.consumeInt(1, MAX_RUN / space.length()));
        String next = data.pickValue(NEXT);
        String convention;
        if (data.consumeBoolean()) {
            String amount = data.pickValue(new String[] {"1", "12", "1 000", "-", ""}) + run + next + data.consumeAsciiString(8);
            convention = MinimalConvention.text() + Financing.withAmount(MinimalConvention.quoted(amount));
        } else {
            int choice = data.consumeInt(0, MinimalConvention.values() - 1);
            String value = MinimalConvention.value(choice);
            int at = data.consumeInt(0, value.length());
            convention = MinimalConvention.withValue(choice, MinimalConvention.quoted(value.substring(0, at) + run + next + value.substring(at)));
        }
        Files.writeString(folder.resolve("convention.yaml"), convention, StandardCharsets.UTF_8);
        return true;
    }
}
