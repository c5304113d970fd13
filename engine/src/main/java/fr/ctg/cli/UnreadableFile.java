package fr.ctg.cli;

import java.nio.file.Path;

/** A convention, or one of its avenants, that could not be read at all, and why (in French). */
record UnreadableFile(Path file, String message) {
}
