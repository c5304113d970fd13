package fr.ctg.sign;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ctg.actes.ActesBundlerTest;
import fr.ctg.cli.CliRun;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signed example of the README's walkthrough ({@code examples/val-d-exemple-2024-2028}): its PDF signed by both
 * signatories with the example's certificates, recorded, verified by the engine and by pdfsig, and its ACTES bundle
 * built.
 */
class SignedExampleTest {

    private static final Path EXAMPLE = Path.of("../examples/val-d-exemple-2024-2028");
    private static final Path SIGNED = EXAMPLE.resolve("signe/convention.pdf");
    private static final String ACT = "099-200045128-20231215-CTG_2023_01-CC-1-1";

    @TempDir
    Path dir;

    @Test
    void theRecordedPdfIsSignedInEveryFieldAndValid() throws Exception {
        CliRun run = ctg("verifier", SIGNED.toString());

        assertEquals(0, run.code(), run.out() + run.err());
        assertEquals(List.of("Tous les champs de signature sont signés.", "Les 2 signatures sont valides."),
                run.out().lines().skip(run.out().lines().count() - 2).toList());
    }

    @Test
    void pdfsigFindsBothSignaturesValid() throws Exception {
        assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) absent : contrôle indépendant sauté");
        assertEquals(List.of("Signature Validation: Signature is Valid.", "Signature Validation: Signature is Valid."), Pdfsig.validations(SIGNED));
    }

    @Test
    void generatingLeavesTheSignedPdfAsItIs() throws Exception {
        byte[] before = Files.readAllBytes(SIGNED);

        CliRun run = ctg("generer", EXAMPLE.toString(), "-o", dir.toString());

        assertEquals(0, run.code(), run.out() + run.err());
        assertArrayEquals(before, Files.readAllBytes(SIGNED));
    }

    @Test
    void theBundleHoldsTheSignedActItsDeliberationAndValidMetadata() throws Exception {
        CliRun run = ctg("transmettre", EXAMPLE.toString(), "-o", dir.toString());

        assertEquals(0, run.code(), run.out() + run.err());
        Map<String, byte[]> entries = entries(dir.resolve(ACT + ".tar.gz"));
        assertEquals(List.of(ACT + "_0.xml", "99_CO-" + ACT + "_1.pdf", "99_DE-" + ACT + "_2.pdf"), new ArrayList<>(entries.keySet()));
        assertArrayEquals(Files.readAllBytes(SIGNED), entries.get("99_CO-" + ACT + "_1.pdf"));
        assertArrayEquals(Files.readAllBytes(EXAMPLE.resolve("deliberations/cc-2023-112.pdf")), entries.get("99_DE-" + ACT + "_2.pdf"));
        ActesBundlerTest.validate(entries.get(ACT + "_0.xml"));
    }

    private static Map<String, byte[]> entries(Path archive) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(archive);
                TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                tar.transferTo(content);
                entries.put(entry.getName(), content.toByteArray());
            }
        }
        return entries;
    }
}
