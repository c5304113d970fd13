package fr.ctg.sign;

import java.util.List;

/** Every signature field of a PDF, in the form's order, with the verdict on each signature. */
public record Verification(List<FieldVerdict> fields) {

    public long signedCount() {
        return fields.stream().filter(field -> field.signature() != null).count();
    }

    /** Whether every present signature is valid (true for a PDF with none). */
    public boolean valid() {
        return fields.stream().allMatch(field -> field.signature() == null || field.signature().valid());
    }

    public boolean allSigned() {
        return !fields.isEmpty() && signedCount() == fields.size();
    }
}
