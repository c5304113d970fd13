/**
 * The PDF writer: composed XHTML to a signature-ready PDF/A-2b, with openhtmltopdf and Apache PDFBox 3.
 *
 * <p>Choices and known limits:
 * <ul>
 *   <li>Fonts: Liberation Serif and Sans 2.x from {@code templates/fonts} (SIL OFL), loaded with their GSUB
 *       table disabled: PDFBox 3 would run the substitutions on every text run (7 times slower measured, 20
 *       pages: about 600 ms instead of 85 ms warm). Latin text only loses ligatures.</li>
 *   <li>No line break right after an apostrophe: the line breaker skips those break opportunities; the text
 *       is not changed (no U+2060 to copy out of the PDF).</li>
 *   <li>No hyphenation: openhtmltopdf has a {@code Hyphenator} hook but no French patterns; justified text
 *       without hyphenation is what the reference conventions look like.</li>
 *   <li>Appended PDFs keep their pages (their annotations dropped) and get the préfecture stamp; the result is
 *       PDF/A-2b only when they are themselves PDF/A-conformant in content (fonts embedded...): veraPDF rejects
 *       a deliberation whose fonts are not embedded. "Page x / y" counts the convention's own pages.</li>
 *   <li>The renderer reads nothing outside the convention's folder and opens no network connection.</li>
 * </ul>
 */
package fr.ctg.write.pdf;
