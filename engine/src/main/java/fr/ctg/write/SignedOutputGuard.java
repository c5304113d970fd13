package fr.ctg.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether writing a PDF would replace a signed one. A signed convention records the SHA-256 of its signed PDF
 * ({@code empreinte_pdf_signe}); a file with that fingerprint at the target is the signed original. Whatever the YAML
 * records, a PDF that carries an electronic signature is a signed original too. A new rendering, whatever changed in the
 * engine or the templates, never takes its place; writing the very same bytes again is harmless and allowed.
 */
public final class SignedOutputGuard {

    private static final String BYTE_RANGE = "/ByteRange";

    private SignedOutputGuard() {
    }

    /**
     * Whether the file at {@code target} is a signed original that {@code pdf} must not replace: the one whose
     * fingerprint the YAML records, or any PDF that carries an electronic signature (a convention's, an avenant's;
     * {@code ctg signer} signs in place). Writing the very same bytes again is allowed.
     *
     * @param recordedSha256 the fingerprint the YAML records for this document's signed PDF, if any
     */
    public static boolean keepsSigned(@Nullable String recordedSha256, Path target, byte[] pdf) throws IOException {
        if (!Files.isRegularFile(target)) {
            return false;
        }
        byte[] present = Files.readAllBytes(target);
        boolean signed = recordedSha256 != null && recordedSha256.equalsIgnoreCase(sha256(present)) || carriesSignature(present);
        return signed && !Arrays.equals(present, pdf);
    }

    /**
     * A signature dictionary has a /ByteRange, and a signer writes it outside any object stream (it fills /Contents in
     * place, at a known offset): only a file whose bytes hold one is opened to look for its signatures.
     */
    static boolean carriesSignature(byte[] pdf) {
        if (!new String(pdf, StandardCharsets.ISO_8859_1).contains(BYTE_RANGE)) {
            return false;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return !document.getSignatureDictionaries().isEmpty();
        } catch (IOException unreadable) {
            // a /ByteRange in a file PDFBox cannot read: better keep a possibly signed file than lose it
            return true;
        }
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
