package fr.ctg.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import fr.ctg.validate.ConventionSnippet;
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

    @Test
    void refusesToReplaceTheSignedPdfAndLeavesItUntouched() throws Exception {
        AtomicOutput.write(target(), SIGNED);
        Convention convention = signedConvention(sha256(SIGNED));

        SignedPdfOverwriteException refusal = assertThrows(SignedPdfOverwriteException.class,
                () -> SignedOutputGuard.writePdf(convention, target(), RENDERED_AGAIN));

        assertEquals("la convention minimale est signée : " + target() + " a l’empreinte enregistrée " + sha256(SIGNED)
                + " ; le moteur ne la remplace pas (écrivez les documents dans un autre dossier, ou retirez l’empreinte pour une nouvelle"
                + " version à signer)", refusal.getMessage());
        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void recognisesAFingerprintWrittenInCapitals() throws Exception {
        AtomicOutput.write(target(), SIGNED);
        Convention convention = signedConvention(sha256(SIGNED).toUpperCase());

        assertThrows(SignedPdfOverwriteException.class, () -> SignedOutputGuard.writePdf(convention, target(), RENDERED_AGAIN));
        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void writesTheSameBytesAgain() throws Exception {
        AtomicOutput.write(target(), SIGNED);

        SignedOutputGuard.writePdf(signedConvention(sha256(SIGNED)), target(), SIGNED);

        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void replacesAFileThatIsNotTheSignedOne() throws Exception {
        AtomicOutput.write(target(), RENDERED_AGAIN);

        SignedOutputGuard.writePdf(signedConvention(sha256(SIGNED)), target(), SIGNED);

        assertArrayEquals(SIGNED, Files.readAllBytes(target()));
    }

    @Test
    void writesWhereNoFileIsYet() throws Exception {
        SignedOutputGuard.writePdf(signedConvention(sha256(SIGNED)), target(), RENDERED_AGAIN);

        assertArrayEquals(RENDERED_AGAIN, Files.readAllBytes(target()));
    }

    @Test
    void replacesAnyFileWhenNoFingerprintIsRecorded() throws Exception {
        AtomicOutput.write(target(), SIGNED);

        SignedOutputGuard.writePdf(load(ConventionSnippet.minimale()), target(), RENDERED_AGAIN);

        assertArrayEquals(RENDERED_AGAIN, Files.readAllBytes(target()));
    }

    @Test
    void neverReplacesAPdfThatCarriesASignatureWhateverTheYamlRecords() throws Exception {
        byte[] signed = pdfWithASignature();
        AtomicOutput.write(target(), signed);

        SignedPdfOverwriteException refusal = assertThrows(SignedPdfOverwriteException.class,
                () -> SignedOutputGuard.writePdf(load(ConventionSnippet.minimale()), target(), RENDERED_AGAIN));

        assertEquals(target() + " porte une signature électronique : le moteur ne remplace pas un PDF signé (écrivez les documents"
                + " dans un autre dossier avec -o, ou déplacez le PDF signé)", refusal.getMessage());
        assertArrayEquals(signed, Files.readAllBytes(target()));
    }

    @Test
    void protectsAnAvenantsSignedPdfLikeTheConventions() throws Exception {
        Path avenant = dossier.resolve("out/minimale/avenant-01.pdf");
        byte[] signed = pdfWithASignature();
        AtomicOutput.write(avenant, signed);

        assertThrows(SignedPdfOverwriteException.class, () -> SignedOutputGuard.writePdf(avenant, RENDERED_AGAIN));
        SignedOutputGuard.writePdf(avenant, signed);

        assertArrayEquals(signed, Files.readAllBytes(avenant));
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

    private Convention signedConvention(String empreinte) throws Exception {
        return load(ConventionSnippet.minimale().with("statut: a_signer", "statut: signee").append("empreinte_pdf_signe: " + empreinte + "\n"));
    }

    private Convention load(ConventionSnippet snippet) throws Exception {
        Path file = dossier.resolve("minimale/convention.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, snippet.text());
        return new ConventionLoader().load(file).loadedConvention().orElseThrow();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
