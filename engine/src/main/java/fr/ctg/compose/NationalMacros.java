package fr.ctg.compose;

import freemarker.core.Macro;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The macros and functions of the national templates that a Caf may redefine, file by file. The main templates only
 * put the pieces together, and {@code partials/fonctions.ftlx}, imported under its own name ({@code f}), holds helpers
 * that are not pieces of the text: neither is listed.
 */
public final class NationalMacros {

    /** Every national template that defines pieces of the documents; a test checks it against {@code templates/partials/}. */
    static final List<String> FILES = List.of(
            "partials/document.ftlx",
            "partials/page-de-titre.ftlx",
            "partials/parties.ftlx",
            "partials/partie.ftlx",
            "partials/visas.ftlx",
            "partials/preambule.ftlx",
            "partials/articles.ftlx",
            "partials/signatures.ftlx",
            "partials/annexes.ftlx",
            "partials/fiche-action.ftlx",
            "partials/annexe-financiere.ftlx",
            "partials/avenant/page-de-titre.ftlx",
            "partials/avenant/parties.ftlx",
            "partials/avenant/visas.ftlx",
            "partials/avenant/articles.ftlx",
            "partials/avenant/signatures.ftlx",
            "partials/consolidee/page-de-titre.ftlx",
            "partials/consolidee/annexes-ajoutees.ftlx",
            "partials/consolidee/modifications.ftlx");

    private static final List<NationalMacro> ALL = read();

    private NationalMacros() {
    }

    /** In the order of {@link #FILES}, then of their lines. */
    public static List<NationalMacro> all() {
        return ALL;
    }

    /** The one of this reference ({@code partials/articles.ftlx#article5}). */
    public static Optional<NationalMacro> byReference(String reference) {
        return ALL.stream().filter(m -> m.reference().equals(reference)).findFirst();
    }

    /** The one of this name: names are unique across the national templates, since the pieces share one namespace. */
    public static Optional<NationalMacro> byName(String name) {
        return ALL.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    private static List<NationalMacro> read() {
        Configuration configuration = TemplateConfigurations.create(TemplateSources.national());
        List<NationalMacro> macros = new ArrayList<>();
        for (String file : FILES) {
            try {
                Template template = configuration.getTemplate(file);
                @SuppressWarnings({"deprecation", "unchecked"})
                List<Macro> defined = new ArrayList<>(template.getMacros().values());
                defined.sort(Comparator.comparingInt(Macro::getBeginLine));
                for (Macro macro : defined) {
                    macros.add(new NationalMacro(file, macro.getName(), macro.getBeginLine(), macro.getSource()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("modèle national illisible : " + file, e);
            }
        }
        return List.copyOf(macros);
    }
}
