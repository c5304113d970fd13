package fr.ctg.style;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.SourceFile;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The house style of a convention as its override folders give it.
 *
 * @param style the national style when no folder has one, or when the Caf's has errors
 * @param source the style file read, where its diagnostics point; {@code null} when there is none
 * @param diagnostics the style file's, and a warning for each file of a former house style left in a folder
 */
public record LoadedStyle(HouseStyle style, @Nullable SourceFile source, List<Diagnostic> diagnostics) {

    public static final LoadedStyle NATIONAL = new LoadedStyle(HouseStyle.NATIONAL, null, List.of());

    public LoadedStyle {
        diagnostics = List.copyOf(diagnostics);
    }
}
