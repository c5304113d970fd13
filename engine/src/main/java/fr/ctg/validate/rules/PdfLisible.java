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

/** Whether a file can be appended to a PDF/A document: a PDF that opens, has pages, and is not encrypted. */
final class PdfLisible {

    /** The PDF header may follow up to 1024 bytes of anything (PDF 32000-1, annex H.3). */
    private static final int HEADER_WINDOW = 1024;

    private PdfLisible() {
    }

    /** What is wrong with the file, as the end of a French sentence ("n’est pas un PDF…"), or empty. */
    static Optional<String> probleme(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("est un dossier, pas un PDF");
        }
        try {
            if (!hasPdfHeader(file)) {
                return Optional.of("n’est pas un PDF (il ne commence pas par « %PDF- »)");
            }
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                if (document.isEncrypted()) {
                    return Optional.of("est un PDF chiffré (protégé contre la copie ou la modification) : une annexe PDF/A ne peut pas l’être");
                }
                if (document.getNumberOfPages() == 0) {
                    return Optional.of("est un PDF sans aucune page");
                }
                return Optional.empty();
            }
        } catch (InvalidPasswordException e) {
            return Optional.of("est un PDF protégé par un mot de passe : il ne peut pas être joint à la convention");
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged files with IOExceptions and, for some structures, runtime exceptions
            return Optional.of("est un PDF endommagé, illisible");
        }
    }

    private static boolean hasPdfHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(HEADER_WINDOW), StandardCharsets.ISO_8859_1);
            return start.contains("%PDF-");
        }
    }
}
