package fr.ctg.write.pdf;

/** Where a signatory signs: the field's name and the id of the box it covers. */
record SignatureSlot(String fieldName, String boxId) {
}
