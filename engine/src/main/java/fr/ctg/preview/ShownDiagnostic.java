package fr.ctg.preview;

import fr.ctg.cli.SourceLines;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A diagnostic as the page shows it, taken when its file was read (the file may change afterwards).
 *
 * @param place the file, relative to the convention's folder when it is inside it ({@code avenants/avenant-01.yaml}),
 *     else as the engine names it ({@code templates/partials/articles.ftlx})
 * @param excerpt the lines around the faulty value; none when the file cannot be shown
 */
record ShownDiagnostic(String severity, boolean error, String code, String place, int line, int column, String message,
        @Nullable String hint, List<ExcerptLine> excerpt) {

    /** Lines shown before and after the faulty ones. */
    static final int CONTEXT_LINES = 3;
    /** Faulty lines shown at most, for a value that spans many. */
    private static final int MAX_FAULTY_LINES = 6;

    /**
     * One line of the excerpt; on the diagnostic's first line, {@code markFrom} and {@code markTo} bound the faulty
     * value (character indices, end excluded), else both are 0.
     */
    record ExcerptLine(int number, String text, boolean faulty, int markFrom, int markTo) {
    }

    ShownDiagnostic {
        excerpt = List.copyOf(excerpt);
    }

    static ShownDiagnostic of(Diagnostic diagnostic, Path folder, SourceLines sources) {
        Position position = diagnostic.position();
        return new ShownDiagnostic(diagnostic.severity().label(), diagnostic.isError(), diagnostic.code(), place(position.file(), folder),
                position.line(), position.column(), diagnostic.message(), diagnostic.hint(), excerpt(position, sources.lines(position.file())));
    }

    private static String place(Path file, Path folder) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = folder.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : file.toString();
    }

    private static List<ExcerptLine> excerpt(Position position, List<String> lines) {
        if (position.line() < 1 || position.line() > lines.size()) {
            return List.of();
        }
        int lastFaulty = Math.min(Math.min(position.endLine(), position.line() + MAX_FAULTY_LINES - 1), lines.size());
        List<ExcerptLine> excerpt = new ArrayList<>();
        for (int number = Math.max(1, position.line() - CONTEXT_LINES); number <= Math.min(lines.size(), lastFaulty + CONTEXT_LINES); number++) {
            String text = lines.get(number - 1).replace('\t', ' ');
            boolean faulty = number >= position.line() && number <= lastFaulty;
            if (number == position.line()) {
                int from = Math.min(position.column() - 1, text.length());
                int to = position.endLine() == position.line() ? Math.min(position.endColumn() - 1, text.length()) : text.length();
                excerpt.add(new ExcerptLine(number, text, true, Math.max(0, from), Math.max(from, to)));
            } else {
                excerpt.add(new ExcerptLine(number, text, faulty, 0, 0));
            }
        }
        return excerpt;
    }
}
