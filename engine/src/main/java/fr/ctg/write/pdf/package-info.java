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
 *   <li>French hyphenation of the justified paragraphs and list items ({@code hyphens: auto} on
 *       {@code :lang(fr)} in convention.css): {@code FrenchHyphenator}, openhtmltopdf's
 *       {@code Hyphenator} hook, puts soft hyphens where the TeX French patterns (hyph-fr.tex of hyph-utf8, MIT
 *       licence, beside this package's classes) allow a break, at least 2 letters before and 3 after; never in a
 *       word with a capital, a compound word's part, a number, a URL or an e-mail address. openhtmltopdf draws
 *       "-" (U+002D) where it breaks on one, the same character as a compound word's hyphen: the extracted text
 *       does not tell them apart (the tests compare it with the composed XHTML).</li>
 *   <li>Appended PDFs keep their pages (their annotations dropped) and get the préfecture stamp; the result is
 *       PDF/A-2b only when they are themselves PDF/A-conformant in content (fonts embedded...): veraPDF rejects
 *       a deliberation whose fonts are not embedded. "Page x / y" counts the convention's own pages.</li>
 *   <li>The renderer reads nothing outside the convention's folder and opens no network connection.</li>
 * </ul>
 */
package fr.ctg.write.pdf;
