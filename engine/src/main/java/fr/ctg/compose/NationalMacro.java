package fr.ctg.compose;

import fr.ctg.load.SourceFile;
import java.nio.charset.StandardCharsets;

/**
 * A macro (or function) of the national templates that a Caf may redefine: {@code partials/articles.ftlx#article5}.
 *
 * @param file the national template that defines it, relative to {@code templates/}
 * @param line where its definition starts in that file
 * @param source its definition, from {@code <#macro} to {@code </#macro>}
 */
public record NationalMacro(String file, String name, int line, String source) {

    /** How the Caf's copies and the commands name it: {@code partials/articles.ftlx#article5}. */
    public String reference() {
        return file + "#" + name;
    }

    /** The SHA-256 of its definition: a copy records it, so that a later change of the national one shows. */
    public String sha256() {
        return SourceFile.sha256Of(source.getBytes(StandardCharsets.UTF_8));
    }

    /** The header a copy of it starts with ({@link CopiedMacroHeader}). */
    public String copyHeader() {
        return CopiedMacroHeader.of(reference(), sha256());
    }
}
