package fr.ctg.write.pdf;

/** A title of the document (h1, h2 or h3): a bookmark and a table of contents entry. */
record Heading(int level, String id, String text) {
}
