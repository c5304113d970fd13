package fr.ctg.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Generation;
import fr.ctg.pipeline.ForcalquierFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignatureRecorderTest {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");

    @TempDir
    static Path certificates;

    @TempDir
    Path temp;

    private static SigningIdentity caf;
    private static byte[] unsigned;

    @BeforeAll
    static void makeTheMinimalPdf() throws Exception {
        caf = SigningIdentity.load(TestCertificates.make(certificates, "caf.p12", "CN=Claire MARTIN, T=Directrice", null, 30),
                TestCertificates.PASSWORD.toCharArray());
        unsigned = Generation.convention(new DocumentGenerator(), Generation.valid(MINIMALE)).pdf();
    }

    @Test
    void recordsAFullySignedPdfBesideTheYamlAndChangesOnlyItsSignedState() throws Exception {
        Path convention = copyOfMinimale();
        PdfSigner signer = new PdfSigner(Clock.systemUTC(), null);
        byte[] signed = signer.sign(signer.sign(unsigned, "Claire MARTIN", caf, null), "Paul DURAND", caf, null);
        Path pdf = Files.write(temp.resolve("signee.pdf"), signed);
        String before = Files.readString(convention);

        SignatureRecorder.Recorded recorded = new SignatureRecorder().record(convention, pdf, false, null);

        assertArrayEquals(signed, Files.readAllBytes(convention.resolveSibling("signe/convention.pdf")));
        assertEquals(LocalDate.of(2023, 12, 15), recorded.signedOn(), "la date que le texte signé imprime");
        assertEquals(before.replace("statut: a_signer\n", "statut: signee\n") + "empreinte_pdf_signe: " + recorded.sha256() + "\n",
                Files.readString(convention));
    }

    @Test
    void refusesAPdfNotSignedByAllAndWritesNothing() throws Exception {
        Path convention = copyOfMinimale();
        Path pdf = Files.write(temp.resolve("a-moitie.pdf"), new PdfSigner(Clock.systemUTC(), null).sign(unsigned, "Claire MARTIN", caf, null));
        byte[] before = Files.readAllBytes(convention);

        SignatureRefusal refusal = assertThrows(SignatureRefusal.class, () -> new SignatureRecorder().record(convention, pdf, false, null));

        assertEquals(pdf + " n’est pas signé par tous : 1 champ(s) signé(s) sur 2 (voyez « ctg verifier " + pdf
                + " » ; pour un PDF signé à la main, ajoutez --papier)", refusal.getMessage());
        assertArrayEquals(before, Files.readAllBytes(convention));
        assertEquals(List.of(), List.of(convention.getParent().toFile().list((dir, name) -> name.equals("signe"))));
    }

    @Test
    void acceptsAPaperSignedScanAndNeverReplacesAnotherRecordedPdf() throws Exception {
        Path convention = copyOfMinimale();
        Path scan = Files.write(temp.resolve("scan.pdf"), unsigned);
        new SignatureRecorder().record(convention, scan, true, LocalDate.of(2023, 12, 15));
        Path other = Files.write(temp.resolve("autre.pdf"), new PdfSigner(Clock.systemUTC(), null).sign(unsigned, "Claire MARTIN", caf, null));

        SignatureRefusal refusal = assertThrows(SignatureRefusal.class, () -> new SignatureRecorder().record(convention, other, true, null));

        assertEquals(convention.resolveSibling("signe/convention.pdf").toAbsolutePath() + " existe déjà et n’est pas ce PDF : un PDF"
                + " signé enregistré n’est jamais remplacé (déplacez-le d’abord si la convention a vraiment été signée de nouveau)",
                refusal.getMessage());
        assertArrayEquals(unsigned, Files.readAllBytes(convention.resolveSibling("signe/convention.pdf")));
    }

    @Test
    void recordsASignedAvenantBesideTheConventionAndChangesOnlyTheAvenantsSignedState() throws Exception {
        Path convention = ForcalquierFolder.copyInto(temp).resolve("convention.yaml");
        Path avenant = convention.resolveSibling("avenants/avenant-01.yaml");
        Path scan = Files.write(temp.resolve("avenant-scanne.pdf"), unsigned);
        String before = Files.readString(avenant);
        byte[] conventionBefore = Files.readAllBytes(convention);

        SignatureRecorder.Recorded recorded = new SignatureRecorder().recordAvenant(convention, 1, scan, true, null);

        assertEquals(convention.resolveSibling("signe/avenant-01.pdf").toAbsolutePath(), recorded.copy());
        assertArrayEquals(unsigned, Files.readAllBytes(recorded.copy()));
        assertEquals(LocalDate.of(2023, 3, 15), recorded.signedOn(), "la date que l’avenant imprime");
        assertEquals(before.replace("statut: a_signer\n", "statut: signee\n") + "empreinte_pdf_signe: " + recorded.sha256() + "\n",
                Files.readString(avenant));
        assertArrayEquals(conventionBefore, Files.readAllBytes(convention));
    }

    @Test
    void refusesAnAvenantTheConventionDoesNotHave() throws Exception {
        Path convention = ForcalquierFolder.copyInto(temp).resolve("convention.yaml");
        Path scan = Files.write(temp.resolve("avenant-scanne.pdf"), unsigned);

        SignatureRefusal refusal = assertThrows(SignatureRefusal.class,
                () -> new SignatureRecorder().recordAvenant(convention, 2, scan, true, null));

        assertEquals("la convention n’a pas d’avenant n° 2 (avenants/avenant-02.yaml n’existe pas)", refusal.getMessage());
        assertEquals(List.of(), List.of(convention.getParent().toFile().list((dir, name) -> name.equals("signe"))));
    }

    private Path copyOfMinimale() throws Exception {
        Path copy = temp.resolve("minimale/convention.yaml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, Files.readString(MINIMALE, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return copy;
    }
}
