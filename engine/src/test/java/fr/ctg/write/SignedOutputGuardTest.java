package fr.ctg.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignedOutputGuardTest {

    private static final byte[] SIGNED = "%PDF-1.7 signé par les parties".getBytes(StandardCharsets.UTF_8);
    private static final byte[] RENDERED_AGAIN = "%PDF-1.7 généré de nouveau".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dossier;

    private Path target() {
        return dossier.resolve("out/minimale/convention.pdf");
    }

    /** What generer does with one PDF: writes it unless the guard keeps the file in place; whether it wrote it. */
    private static boolean written(String recordedSha256, Path target, byte[] pdf) throws IOException {
        if (SignedOutputGuard.keepsSigned(recordedSha256, target, pdf)) {
            return false;
        }
        AtomicOutput.write(target, pdf);
        return true;
    }

    @Test
    void keepsTheSignedPdfWhoseFingerprintIsRecorded() throws Exception {
        AtomicOutput.write(target(), SIGNED);

        assertFalse(written(sha256(SIGNED), target(), RENDERED_AGAIN));

        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void recognisesAFingerprintWrittenInCapitals() throws Exception {
        AtomicOutput.write(target(), SIGNED);

        assertFalse(written(sha256(SIGNED).toUpperCase(), target(), RENDERED_AGAIN));
        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void writesTheSameBytesAgain() throws Exception {
        AtomicOutput.write(target(), SIGNED);

        assertTrue(written(sha256(SIGNED), target(), SIGNED));

        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void replacesAFileThatIsNotTheSignedOne() throws Exception {
        AtomicOutput.write(target(), RENDERED_AGAIN);

        assertTrue(written(sha256(SIGNED), target(), SIGNED));

        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void writesWhereNoFileIsYet() throws Exception {
        assertTrue(written(sha256(SIGNED), target(), RENDERED_AGAIN));

        assertArrayEquals(RENDERED_AGAIN, Files.readAllBytes(target()));
    }

    @Test
    void replacesAnUnsignedFileWhenNoFingerprintIsRecorded() throws Exception {
        AtomicOutput.write(target(), SIGNED);

        assertTrue(written(null, target(), RENDERED_AGAIN));

        assertArrayEquals(RENDERED_AGAIN, Files.readAllBytes(target()));
    }

    @Test
    void keepsAPdfThatCarriesASignatureWhateverTheYamlRecords() throws Exception {
        byte[] signed = pdfWithASignature();
        AtomicOutput.write(target(), signed);

        assertFalse(written(null, target(), RENDERED_AGAIN));
        assertTrue(written(null, target(), signed));

        assertArrayEquals(signed, Files.readAllBytes(target()));
    }

    /** A one-page PDF whose signature field holds a signature dictionary, as a signer leaves it. */
    private static byte[] pdfWithASignature() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDSignature signature = new PDSignature();
            signature.setByteRange(new int[] {0, 10, 20, 30});
            signature.setContents(new byte[8]);
            field.setValue(signature);
            form.getFields().add(field);
            // as a signer writes it: outside any object stream, where it can fill /Contents in place
            document.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
