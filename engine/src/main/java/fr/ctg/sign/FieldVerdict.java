package fr.ctg.sign;

import org.jspecify.annotations.Nullable;

/** A signature field of the verified PDF: its name, its page, and the check of its signature when it is signed. */
public record FieldVerdict(String field, int page, @Nullable SignatureCheck signature) {
}
