package fr.ctg.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file of a Caf's repository as the engine ships it (src/main/resources/fr/ctg/repository/NAME.modele), its
 * {@code @@NAME@@} markers replaced. Plain markers rather than FreeMarker: the CI files are full of the shells'
 * {@code ${...}}. The suffix keeps these templates, not always valid YAML or JSON yet, out of what tools read as such.
 */
final class RepositoryTemplate {

    private static final Pattern MARKER = Pattern.compile("@@([A-Z_]+)@@");

    private RepositoryTemplate() {
    }

    /** The template's text with every marker replaced by its value; every marker must have one. */
    static String fill(String name, Map<String, String> values) {
        Matcher marker = MARKER.matcher(text(name));
        StringBuilder filled = new StringBuilder();
        while (marker.find()) {
            String value = values.get(marker.group(1));
            if (value == null) {
                throw new IllegalArgumentException("le modèle " + name + " attend une valeur pour @@" + marker.group(1) + "@@");
            }
            marker.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return marker.appendTail(filled).toString();
    }

    static String text(String name) {
        try (InputStream in = RepositoryTemplate.class.getResourceAsStream(name + ".modele")) {
            if (in == null) {
                throw new IllegalArgumentException("modèle de dépôt absent du moteur : " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
