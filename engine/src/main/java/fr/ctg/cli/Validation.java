package fr.ctg.cli;

import java.util.List;

/** What {@code ctg valider} found: the diagnostics of each convention read, and the files it could not read. */
record Validation(List<ValidationResult> results, List<UnreadableFile> unreadable) {

    boolean hasErrors() {
        return results.stream().anyMatch(ValidationResult::hasErrors);
    }

    long errors() {
        return results.stream().mapToLong(ValidationResult::errors).sum();
    }

    long warnings() {
        return results.stream().mapToLong(ValidationResult::warnings).sum();
    }
}
