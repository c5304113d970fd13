/**
 * The PDF writer: composed XHTML to a signature-ready PDF/A-2u and PDF/UA-1, with openhtmltopdf and Apache PDFBox 3.
 *
 * <p>Choices and known limits:
 * <ul>
 *   <li>Fonts: Liberation Serif and Sans 2.x from {@code templates/fonts} (SIL OFL), and the TrueType faces a Caf's
 *       house style brings from its {@code style/polices} folder, loaded with their GSUB
 *       table disabled: PDFBox 3 would run the substitutions on every text run (7 times slower measured, 20
 *       pages: about 600 ms instead of 85 ms warm). Latin text only loses ligatures. DejaVu Sans (Bitstream Vera licence), regular and bold, is the
 *       fallback for the characters Liberation (or the Caf's font) lacks, registered only for a document that has some; a character
 *       neither has prints « # » ({@code PrintableCharacters}, which the rule CTG-CARACTERE-PDF and the template guard
 *       read). No right-to-left layout: Hebrew and Arabic print from left to right, Arabic letters unjoined.</li>
 *   <li>A table whose longest words could not fit in the page gets word-breaking columns, widest first
 *       ({@code OverwideTables}); openhtmltopdf would otherwise cut it at the page's edge.</li>
 *   <li>No line break right after an apostrophe: the line breaker skips those break opportunities; the text
 *       is not changed (no U+2060 to copy out of the PDF).</li>
 *   <li>French hyphenation of the justified paragraphs and list items ({@code hyphens: auto} on
 *       {@code :lang(fr)} in convention.css): {@code FrenchHyphenator}, openhtmltopdf's
 *       {@code Hyphenator} hook, puts soft hyphens where the TeX French patterns (hyph-fr.tex of hyph-utf8, MIT
 *       licence, beside this package's classes) allow a break, at least 2 letters before and 3 after; never in a
 *       word with a capital, a compound word's part, a number, a URL or an e-mail address. openhtmltopdf draws
 *       "-" (U+002D) where it breaks on one, the same character as a compound word's hyphen: the extracted text
 *       does not tell them apart (the tests compare it with the composed XHTML).</li>
 *   <li>Accessibility: openhtmltopdf tags the document (structure tree in the DOM's order, /Lang from
 *       {@code <html lang>}, the title displayed, table headers with a column scope); the writer then makes the
 *       heading tags skip no level ({@code HeadingStructure}) and puts each signature widget, described by its
 *       /TU, inside a Form element where its box stands ({@code FormStructure}).</li>
 *   <li>Appended PDFs become images of their pages (150 dpi, sRGB, {@code AnnexAppender}), each a Figure described
 *       by the deliberation's title, the page number and the page's extracted text; they get the préfecture stamp,
 *       marked as an artifact. Their content is never copied: nothing they hold (scripts, actions, embedded files,
 *       fonts not embedded, CMYK, absurd boxes, untagged content) can make the act fail PDF/A-2u or PDF/UA-1. The
 *       cost: the deliberation's text cannot be selected in the act (it is in the figure's description, and the
 *       original file travels as its own annex). A font they do not embed is drawn with a Liberation face
 *       ({@code SubstituteFonts}), never a font of the machine. "Page x / y" counts the convention's own pages.</li>
 *   <li>The renderer reads nothing outside the convention's folder and opens no network connection.</li>
 * </ul>
 */
package fr.ctg.write.pdf;
