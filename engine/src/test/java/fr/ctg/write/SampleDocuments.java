package fr.ctg.write;

import fr.ctg.compose.ComposedDocument;
import fr.ctg.compose.CompositionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The composed documents the writer tests share, written by hand in the subset of templates/XHTML.md: the
 * sample convention (xhtml/echantillon.xhtml), the typography page (xhtml/typographie.xhtml), and any body
 * under a complete head.
 */
public final class SampleDocuments {

    public static final String ECHANTILLON = "/xhtml/echantillon.xhtml";
    public static final String TYPOGRAPHIE = "/xhtml/typographie.xhtml";

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Essai</title>
            <meta name="ctg:id" content="essai"/><meta name="ctg:statut" content="signee"/>
            <meta name="ctg:date" content="2024-01-31"/><meta name="ctg:periode" content="2024-01-01/2028-12-31"/>
            <meta name="ctg:parties" content="Caisse d’allocations familiales de l’Exemple"/>
            <meta name="ctg:source-sha256" content="0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"/></head>
            """;

    private SampleDocuments() {
    }

    /** The text of a resource of this set. */
    public static String text(String resource) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ComposedDocument document(String resource) {
        return parse(text(resource));
    }

    /** The text of a document made of {@code body} under a complete head (a signed document, with no stamp). */
    public static String withBodyText(String body) {
        return HEAD + "<body>" + body + "</body></html>\n";
    }

    public static ComposedDocument withBody(String body) {
        return parse(withBodyText(body));
    }

    /** Every document of the set, by name. */
    public static Map<String, ComposedDocument> all() {
        return Map.of(
                "échantillon", document(ECHANTILLON),
                "typographie", document(TYPOGRAPHIE),
                "listes imbriquées", withBody("<ul><li>un<ol><li>deux<ul><li>trois</li></ul></li></ol></li></ul>"),
                "signatures impaires", withBody("""
                        <div class="signatures">
                          <div class="signature" id="signature-1" data-signataire="A"><p class="qualite">Q1</p><div class="case-signature"/><p class="nom">A</p></div>
                          <div class="signature" id="signature-2" data-signataire="B"><p class="qualite">Q2</p><div class="case-signature"/><p class="nom">B</p></div>
                          <div class="signature" id="signature-3" data-signataire="C"><p class="qualite">Q3</p><div class="case-signature"/><p class="nom">C</p></div>
                        </div>
                        """),
                "tableau sans colonnes", withBody("<table><tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>"));
    }

    public static ComposedDocument parse(String xhtml) {
        try {
            return ComposedDocument.parse(xhtml);
        } catch (CompositionException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
