package fr.ctg.fidelite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference text of the Forcalquier convention (extracted from the signed PDF), without its page furniture:
 * the préfecture stamp's three lines and the lone page number "13" the extraction kept.
 */
final class SeedText {

    static final String RESOURCE = "/seeds/forcalquier-2022-2024-convention.txt";

    private static final Set<String> FURNITURE = Set.of(
            "Accusé de réception en préfecture",
            "004-240400440-20221213-99-2022-DE",
            "Date de réception préfecture : 20/12/2022",
            "13");

    private SeedText() {
    }

    static String read() throws IOException {
        try (InputStream in = SeedText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " introuvable");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !FURNITURE.contains(line.strip()))
                    .collect(Collectors.joining("\n"));
        }
    }
}
