package fr.ctg.generate;

/** The two files produced from one composed document. */
public record Documents(byte[] pdf, byte[] docx) {
}
