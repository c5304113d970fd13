package fr.ctg.write;

import fr.ctg.model.Convention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes a convention's PDF unless that would replace the signed one. A signed convention records the SHA-256
 * of its signed PDF ({@code empreinte_pdf_signe}); a file with that fingerprint at the target is the signed
 * original, and a new rendering, whatever changed in the engine or the templates, must not take its place.
 * Writing the very same bytes again is harmless and allowed. Whatever the YAML records, a PDF that carries an electronic
 * signature ({@code ctg signer} signs in place) is never replaced either.
 */
public final class SignedOutputGuard {

    private static final String BYTE_RANGE = "/ByteRange";

    private SignedOutputGuard() {
    }

    /**
     * Writes {@code pdf} to {@code target} atomically ({@link AtomicOutput}), after checking that it does not
     * replace the signed PDF.
     *
     * @throws SignedPdfOverwriteException when the file at {@code target} has the recorded fingerprint and
     *     {@code pdf} differs from it; the file is then left untouched
     */
    public static void writePdf(Convention convention, Path target, byte[] pdf) throws IOException {
        String recorded = convention.empreintePdfSigne();
        if (recorded != null && Files.isRegularFile(target)
                && recorded.equalsIgnoreCase(sha256(target)) && !recorded.equalsIgnoreCase(sha256(pdf))) {
            throw new SignedPdfOverwriteException("la convention " + convention.id() + " est signée : " + target
                    + " a l’empreinte enregistrée " + recorded.toLowerCase(Locale.ROOT) + " ; le moteur ne la remplace pas"
                    + " (écrivez les documents dans un autre dossier, ou retirez l’empreinte pour une nouvelle version à signer)");
        }
        writePdf(target, pdf);
    }

    /**
     * Writes {@code pdf} to {@code target} atomically, unless the file there carries an electronic signature: whatever
     * the YAML records, a signed PDF (a convention's, an avenant's) is never replaced by different bytes.
     *
     * @throws SignedPdfOverwriteException when {@code target} is signed and {@code pdf} differs from it
     */
    public static void writePdf(Path target, byte[] pdf) throws IOException {
        if (Files.isRegularFile(target) && carriesSignature(target) && !sha256(target).equals(sha256(pdf))) {
            throw new SignedPdfOverwriteException(target + " porte une signature électronique : le moteur ne remplace pas un PDF signé"
                    + " (écrivez les documents dans un autre dossier avec -o, ou déplacez le PDF signé)");
        }
        AtomicOutput.write(target, pdf);
    }

    /**
     * A signature dictionary has a /ByteRange, and a signer writes it outside any object stream (it fills /Contents in
     * place, at a known offset): only a file whose bytes hold one is opened to look for its signatures.
     */
    static boolean carriesSignature(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!new String(bytes, StandardCharsets.ISO_8859_1).contains(BYTE_RANGE)) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return !document.getSignatureDictionaries().isEmpty();
        } catch (IOException unreadable) {
            // a /ByteRange in a file PDFBox cannot read: better keep a possibly signed file than lose it
            return true;
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 est fourni par toute machine Java", e);
        }
    }
}
