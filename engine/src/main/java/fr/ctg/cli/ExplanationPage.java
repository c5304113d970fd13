package fr.ctg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The page that explains a code, kept beside what reports it: a Markdown resource named after the rule's class
 * ({@code fr/ctg/validate/rules/PeriodeMaximale.md}), or after the code for the loader's ({@code fr/ctg/load/CTG-YAML-VIDE.md}).
 * It starts with {@code # CODE} and has the {@link #SECTIONS}; {@code ctg regles --expliquer CODE} prints it and the
 * README links to it.
 */
public record ExplanationPage(CodesTable.Row row, String source) {

    /** The sections of every page, in this order; the example is a YAML block that breaks the rule. */
    public static final List<String> SECTIONS = List.of("## Ce que la règle vérifie", "## Pourquoi", "## Exemple qui l’enfreint",
            "## Comment corriger");

    /** Where the resources are, from the root of the repository. */
    public static final String RESOURCES = "engine/src/main/resources/";

    /** The page of this code, or empty when it has none. */
    public static Optional<ExplanationPage> of(CodesTable.Row row) {
        try (InputStream in = ExplanationPage.class.getClassLoader().getResourceAsStream(row.page())) {
            return in == null ? Optional.empty() : Optional.of(new ExplanationPage(row, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For the terminal: the code with what it requires and how serious it is, then the page's sections. */
    public String text() {
        int firstLineEnd = source.indexOf('\n');
        return "# " + row.code() + " : " + row.resume() + "\n\nGravité : " + row.severity() + ".\n"
                + (firstLineEnd < 0 ? "" : source.substring(firstLineEnd + 1));
    }

    /** The README's list of the pages, one link per code, in the order of the table. */
    public static String readmeLinks(CodesTable table) {
        StringBuilder links = new StringBuilder();
        for (CodesTable.Row row : table.rows()) {
            links.append("- [`").append(row.code()).append("`](").append(RESOURCES).append(row.page()).append(")\n");
        }
        return links.toString();
    }
}
