package fr.ctg.compose;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment a Caf's copy of a national macro starts with, recording which one and which version of it it was copied
 * from: {@code <#-- ctg:copie-de partials/articles.ftlx#article5 sha256:… -->}.
 *
 * @param reference the national macro, {@link NationalMacro#reference()}
 * @param sha256 its {@link NationalMacro#sha256()} when it was copied
 */
public record CopiedMacroHeader(String reference, String sha256) {

    private static final Pattern HEADER = Pattern.compile("<#--\\s*ctg:copie-de\\s+(\\S+)\\s+sha256:([0-9a-fA-F]{64})\\s*-->");

    static String of(String reference, String sha256) {
        return "<#-- ctg:copie-de " + reference + " sha256:" + sha256 + " -->";
    }

    /** The header this line holds, if any. */
    public static Optional<CopiedMacroHeader> in(String line) {
        Matcher matcher = HEADER.matcher(line);
        return matcher.find() ? Optional.of(new CopiedMacroHeader(matcher.group(1), matcher.group(2).toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }
}
