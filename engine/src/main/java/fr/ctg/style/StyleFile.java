package fr.ctg.style;

import java.nio.file.Path;

/**
 * A style file as its rules check it.
 *
 * @param folder the {@code style} folder that holds it, which the logo's path is relative to
 */
public record StyleFile(StyleMaison style, Path folder) {
}
