package fr.ctg.write.pdf;

/** Where a signatory signs: the field's name and the id of the box it covers. */
record SignatureSlot(String fieldName, String boxId) {

    /** What assistive technologies say of the field: its /TU, and the /Alt of its Form structure element. */
    String description() {
        return "Signature de " + fieldName;
    }
}
