package fr.ctg.write.pdf;

import java.nio.file.Path;

/**
 * A PDF appended after the document's pages, with its bookmark under the heading that precedes it
 * ({@code parentHeading} indexes the document's headings; -1 when none precedes it).
 */
record PdfAnnex(Path file, String title, int parentHeading) {
}
