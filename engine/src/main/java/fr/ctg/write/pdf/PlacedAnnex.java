package fr.ctg.write.pdf;

/** An appended PDF once in the document: the index of its first page. */
record PlacedAnnex(PdfAnnex annex, int firstPage) {
}
