package fr.ctg.preview;

import static fr.ctg.preview.Html.escape;

import fr.ctg.preview.ShownDiagnostic.ExcerptLine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The page of the preview: the convention's title and territory, the switch between its documents and their
 * downloads, the diagnostics (each with a link that shows the lines around it), and the document in a frame. Every
 * text of the user is escaped; the page works without its script, which only keeps it up to date.
 */
final class PreviewPage {

    static final String SCRIPT = "/statique/apercu.js";
    static final String STYLE = "/statique/apercu.css";
    static final String DEFAULT_VIEW = "convention";

    private PreviewPage() {
    }

    /** @param key the document asked for; the page says so when the folder has no such document */
    static String render(PreviewState state, String key) {
        Rendering rendering = state.rendering();
        Optional<PreviewView> view = rendering == null ? Optional.empty() : rendering.view(key);
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(state.heading())).append(" · aperçu</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(STYLE).append("\">\n")
                .append("<script src=\"").append(SCRIPT).append("\" defer></script>\n")
                .append("</head>\n<body").append(state.stale() ? " class=\"perime\"" : "")
                .append(" data-version=\"").append(state.version()).append("\">\n");
        header(page, state, rendering, key, view);
        page.append("<main>\n");
        diagnostics(page, state);
        document(page, state, key, view);
        page.append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    private static void header(StringBuilder page, PreviewState state, Rendering rendering, String key, Optional<PreviewView> view) {
        page.append("<header id=\"entete\">\n<h1>").append(escape(state.heading())).append("</h1>\n");
        if (rendering != null) {
            page.append("<nav aria-label=\"Documents\"><ul>");
            for (PreviewView each : rendering.views()) {
                page.append("<li><a href=\"/?vue=").append(each.key()).append('"')
                        .append(each.key().equals(key) ? " aria-current=\"page\"" : "")
                        .append('>').append(escape(each.label())).append("</a></li>");
            }
            page.append("</ul></nav>\n");
        }
        view.ifPresent(shown -> page.append("<p class=\"telechargements\">Télécharger ").append(escape(shown.label().toLowerCase(Locale.FRENCH)))
                .append(" : <a href=\"/telecharger/").append(shown.key()).append(".pdf\">PDF</a>")
                .append(" <a href=\"/telecharger/").append(shown.key()).append(".docx\">DOCX</a></p>\n"));
        page.append("</header>\n");
    }

    private static void diagnostics(StringBuilder page, PreviewState state) {
        page.append("<section id=\"diagnostics\" aria-labelledby=\"titre-diagnostics\">\n")
                .append("<h2 id=\"titre-diagnostics\">Diagnostics : ").append(state.summary()).append("</h2>\n");
        if (state.stale() && state.rendering() != null) {
            page.append("<p class=\"avis-perime\" role=\"alert\">Le document affiché est le dernier rendu sans erreur :"
                    + " corrigez les erreurs pour le mettre à jour.</p>\n");
        }
        if (!state.problems().isEmpty()) {
            page.append("<ul class=\"problemes\">");
            state.problems().forEach(problem -> page.append("<li class=\"erreur\">").append(escape(problem)).append("</li>"));
            page.append("</ul>\n");
        }
        if (!state.diagnostics().isEmpty()) {
            page.append("<ol class=\"liste-diagnostics\">\n");
            List<ShownDiagnostic> diagnostics = state.diagnostics();
            for (int i = 0; i < diagnostics.size(); i++) {
                diagnostic(page, diagnostics.get(i), i + 1);
            }
            page.append("</ol>\n");
        }
        page.append("</section>\n");
    }

    private static void diagnostic(StringBuilder page, ShownDiagnostic diagnostic, int number) {
        String excerptId = "extrait-" + number;
        page.append("<li class=\"diagnostic ").append(diagnostic.error() ? "erreur" : "avertissement").append("\">")
                .append("<p class=\"entete-diagnostic\"><span class=\"gravite\">").append(diagnostic.severity()).append("</span> ")
                .append("<code class=\"code\">").append(escape(diagnostic.code())).append("</code> ");
        String place = escape(diagnostic.place()) + ", ligne " + diagnostic.line();
        if (diagnostic.excerpt().isEmpty()) {
            page.append("<span class=\"lieu\">").append(place).append("</span>");
        } else {
            page.append("<a class=\"lieu\" href=\"#").append(excerptId).append("\">").append(place).append("</a>");
        }
        page.append("</p>\n<p class=\"message\">").append(escape(diagnostic.message())).append("</p>\n");
        if (diagnostic.hint() != null) {
            page.append("<p class=\"aide\">Aide : ").append(escape(diagnostic.hint())).append("</p>\n");
        }
        if (!diagnostic.excerpt().isEmpty()) {
            page.append("<pre class=\"extrait\" id=\"").append(excerptId).append("\">");
            for (ExcerptLine line : diagnostic.excerpt()) {
                excerptLine(page, line);
            }
            page.append("</pre>\n");
        }
        page.append("</li>\n");
    }

    private static void excerptLine(StringBuilder page, ExcerptLine line) {
        page.append("<span class=\"ligne").append(line.faulty() ? " fautive" : "").append("\"><span class=\"numero\">")
                .append(line.number()).append("</span>");
        String text = line.text();
        if (line.markTo() > line.markFrom()) {
            page.append(escape(text.substring(0, line.markFrom()))).append("<mark>")
                    .append(escape(text.substring(line.markFrom(), line.markTo()))).append("</mark>")
                    .append(escape(text.substring(line.markTo())));
        } else {
            page.append(escape(text));
        }
        // one block a line (apercu.css): no line feed between them, which would double the lines
        page.append("</span>");
    }

    private static void document(StringBuilder page, PreviewState state, String key, Optional<PreviewView> view) {
        page.append("<section id=\"apercu\" aria-label=\"Document\">\n");
        if (view.isPresent()) {
            long version = state.rendering().version();
            page.append("<iframe id=\"document\" title=\"").append(escape(view.get().label())).append("\" src=\"/document?vue=")
                    .append(key).append("&amp;v=").append(version).append("\" data-version=\"").append(version).append("\"></iframe>\n");
        } else if (state.rendering() == null) {
            page.append("<p class=\"sans-rendu\">Aucun document à montrer tant que la convention a des erreurs.</p>\n");
        } else {
            page.append("<p class=\"sans-rendu\">Ce dossier n’a pas de document « ").append(escape(key)).append(" ».</p>\n");
        }
        page.append("</section>\n");
    }
}
