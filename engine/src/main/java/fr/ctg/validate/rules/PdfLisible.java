package fr.ctg.validate.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether a file can be appended to the convention: a PDF of at most {@value #MAX_MEGABYTES} Mo that opens, is
 * not encrypted, whose page tree is sound ({@link PdfPageTree}) and whose pages decode within bounds
 * ({@link PdfDecodingBounds}); and what in it will not be carried over
 * ({@link PdfActiveContent}): the engine appends images of its pages.
 */
final class PdfLisible {

    /** The PDF header may follow up to 1024 bytes of anything (PDF 32000-1, annex H.3). */
    private static final int HEADER_WINDOW = 1024;
    static final int MAX_MEGABYTES = 50;

    /** What is wrong with the file, as the end of a French sentence, or what the engine leaves out of it. */
    record Verdict(Optional<String> probleme, Optional<String> nonRepris) {

        static Verdict refused(String probleme) {
            return new Verdict(Optional.of(probleme), Optional.empty());
        }
    }

    private PdfLisible() {
    }

    static Verdict examine(Path file) {
        if (Files.isDirectory(file)) {
            return Verdict.refused("est un dossier, pas un PDF");
        }
        if (!Files.isRegularFile(file)) {
            // a named pipe would block the reading for ever, a device would never end
            return Verdict.refused("n’est pas un fichier ordinaire (périphérique, tube ou socket), pas un PDF");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_MEGABYTES * 1024L * 1024) {
                return Verdict.refused("fait " + size / (1024 * 1024) + "\u00a0Mo : une délibération jointe en fait au plus " + MAX_MEGABYTES);
            }
            if (!hasPdfHeader(file)) {
                return Verdict.refused("n’est pas un PDF (il ne commence pas par « %PDF- »)");
            }
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                if (document.isEncrypted()) {
                    return Verdict.refused("est un PDF chiffré (protégé contre la copie ou la modification) : une annexe PDF/A ne peut pas l’être");
                }
                Optional<String> probleme = PdfPageTree.probleme(document).or(() -> PdfDecodingBounds.probleme(document));
                if (probleme.isPresent()) {
                    return Verdict.refused(probleme.get());
                }
                return new Verdict(Optional.empty(), PdfActiveContent.describe(document));
            }
        } catch (InvalidPasswordException e) {
            return Verdict.refused("est un PDF protégé par un mot de passe : il ne peut pas être joint à la convention");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged files with IOExceptions and, for some structures, runtime exceptions
            return Verdict.refused("est un PDF endommagé, illisible");
        }
    }

    private static boolean hasPdfHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(HEADER_WINDOW), StandardCharsets.ISO_8859_1);
            return start.contains("%PDF-");
        }
    }
}
