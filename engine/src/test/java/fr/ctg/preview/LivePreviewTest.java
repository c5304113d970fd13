package fr.ctg.preview;

import static fr.ctg.preview.PreviewFolder.edit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.pipeline.ForcalquierFolder;
import fr.ctg.preview.PreviewState.Identity;
import fr.ctg.preview.ShownDiagnostic.ExcerptLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LivePreviewTest {

    @TempDir
    Path folder;

    private final List<LivePreview> previews = new ArrayList<>();

    @AfterEach
    void close() {
        previews.forEach(LivePreview::close);
    }

    private LivePreview preview(Path file) {
        LivePreview preview = new LivePreview(file);
        previews.add(preview);
        return preview;
    }

    @Test
    void watchesTheConventionsFolderThenItsRepositorysTemplates() throws Exception {
        Files.writeString(folder.resolve("ctg.yaml"), "version_moteur: 0.1.0\n");
        Path modeles = Files.createDirectories(folder.resolve("modeles"));
        Path convention = Files.createDirectories(folder.resolve("conventions/essai")).resolve("convention.yaml");

        assertEquals(List.of(convention.getParent(), modeles), preview(convention).watched());
    }

    @Test
    void watchesOnlyTheConventionsFolderOutsideARepository() {
        Path convention = folder.resolve("essai/convention.yaml");

        assertEquals(List.of(folder.resolve("essai")), preview(convention).watched());
    }

    @Test
    void rendersTheConventionEachAvenantAndTheConsolidatedVersion() throws Exception {
        LivePreview preview = preview(ForcalquierFolder.copyInto(folder).resolve("convention.yaml"));

        PreviewState state = preview.refresh().orElseThrow();

        assertEquals(1, state.version());
        assertEquals("Convention territoriale globale — Communauté de Communes Pays de Forcalquier Montagne de Lure", state.heading());
        assertEquals(List.of("convention", "avenant-01", "convention-consolidee"), state.rendering().views().stream().map(PreviewView::key).toList());
        assertEquals(List.of("Convention", "Avenant n°\u00a01", "Version consolidée"),
                state.rendering().views().stream().map(PreviewView::label).toList());
        assertFalse(state.stale());
        String xhtml = state.rendering().view("convention").orElseThrow().xhtml();
        assertTrue(xhtml.contains("<link href=\"/statique/page.css\" rel=\"stylesheet\"/></head>"), "feuille de la page après le style maison");
        assertTrue(xhtml.contains("<p class=\"titre-table-des-matieres\">Sommaire</p>"), "sommaire construit comme pour le PDF");
        assertTrue(xhtml.contains("<div class=\"filigrane\">PROJET</div>"), "filigrane d’un projet");
    }

    @Test
    void aSavedChangeIsRenderedAndNothingNewIsNotAnnounced() throws Exception {
        Path file = PreviewFolder.minimal(folder);
        LivePreview preview = preview(file);
        preview.refresh();

        assertEquals(Optional.empty(), preview.refresh());
        edit(file, "territoire: Communauté de communes du Val d’Exemple", "territoire: Communauté de communes du Val Nouveau");
        PreviewState state = preview.refresh().orElseThrow();

        assertEquals(2, state.version());
        assertEquals(2, state.rendering().version());
        assertEquals("Convention Territoriale Globale — Communauté de communes du Val Nouveau", state.heading());
        assertTrue(state.rendering().view("convention").orElseThrow().xhtml().contains("<p class=\"sous-titre\">Communauté de communes du Val Nouveau</p>"));
        assertEquals(List.of(), state.rendering().views().stream().skip(1).toList(), "sans avenant, pas de version consolidée");
    }

    @Test
    void anErrorKeepsTheLastGoodRenderingAndShowsTheLinesAroundIt() throws Exception {
        Path file = PreviewFolder.minimal(folder);
        LivePreview preview = preview(file);
        Rendering good = preview.refresh().orElseThrow().rendering();

        edit(file, "  fin: 2028-12-31", "  fin: 2031-12-31");
        PreviewState state = preview.refresh().orElseThrow();

        assertTrue(state.stale());
        assertEquals(good, state.rendering());
        assertEquals("1 erreur, 0 avertissement", state.summary());
        assertEquals(List.of(new ShownDiagnostic("erreur", true, "CTG-PERIODE-MAX", "convention.yaml", 8, 8,
                "la date de fin (31/12/2031) dépasse de 3 ans la durée maximale d’une CTG (5 ans)",
                "ramenez la date de fin au 31/12/2028 au plus tard", List.of(
                        new ExcerptLine(5, "statut: a_signer", false, 0, 0),
                        new ExcerptLine(6, "periode:", false, 0, 0),
                        new ExcerptLine(7, "  debut: 2024-01-01", false, 0, 0),
                        new ExcerptLine(8, "  fin: 2031-12-31", true, 7, 17),
                        new ExcerptLine(9, "signature:", false, 0, 0),
                        new ExcerptLine(10, "  lieu: Exempleville", false, 0, 0),
                        new ExcerptLine(11, "  date: 2023-12-15", false, 0, 0)))), state.diagnostics());
    }

    @Test
    void aFileThatNoLongerReadsKeepsTheTitleLastRead() throws Exception {
        Path file = PreviewFolder.minimal(folder);
        LivePreview preview = preview(file);
        preview.refresh();

        edit(file, "titre: Convention Territoriale Globale", "titre: \"Convention Territoriale Globale");
        PreviewState state = preview.refresh().orElseThrow();

        assertEquals(new Identity("Convention Territoriale Globale", "Communauté de communes du Val d’Exemple"), state.identity());
        assertEquals(List.of("CTG-YAML-SYNTAXE"), state.diagnostics().stream().map(ShownDiagnostic::code).toList());
        assertTrue(state.stale());
    }

    @Test
    void aTemplateOfTheOverrideFolderIsReadAtEachRefresh() throws Exception {
        Path file = PreviewFolder.minimal(folder);
        Files.writeString(file, Files.readString(file) + "modeles: modeles\n");
        Path template = file.resolveSibling("modeles/partials/page-de-titre.ftlx");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<#macro pageDeTitre>\n<p class=\"titre-document\">Convention de la Caf</p>\n</#macro>\n");
        LivePreview preview = preview(file);
        preview.refresh();

        Files.writeString(template, "<#macro pageDeTitre>\n<p class=\"titre-document\">Convention de la Caf de l’Exemple</p>\n</#macro>\n");
        PreviewState changed = preview.refresh().orElseThrow();
        Files.writeString(template, "<#macro pageDeTitre>\n<p class=\"titre-document\">${c.inexistant}</p>\n</#macro>\n");
        PreviewState broken = preview.refresh().orElseThrow();

        assertTrue(changed.rendering().view("convention").orElseThrow().xhtml()
                .contains("<p class=\"titre-document\">Convention de la Caf de l’Exemple</p>"));
        assertTrue(broken.stale());
        assertEquals(changed.rendering(), broken.rendering());
        // the copy has no ctg:copie-de header: CTG-SURCHARGE warns about it too
        ShownDiagnostic diagnostic = broken.diagnostics().stream().filter(d -> d.code().equals("CTG-MODELE")).findFirst().orElseThrow();
        assertEquals(List.of("CTG-MODELE", "modeles/partials/page-de-titre.ftlx", "2",
                        "la valeur « c.inexistant » est absente du modèle de données"),
                List.of(diagnostic.code(), diagnostic.place(), Integer.toString(diagnostic.line()), diagnostic.message()));
    }

    @Test
    void aMissingFileIsAProblemWithoutRendering() throws Exception {
        LivePreview preview = preview(folder.resolve("absente/convention.yaml"));

        PreviewState state = preview.refresh().orElseThrow();

        assertNull(state.rendering());
        assertEquals(List.of("le fichier " + folder.resolve("absente/convention.yaml") + " n’existe pas"), state.problems());
        assertEquals("Aperçu de " + folder.resolve("absente/convention.yaml"), state.heading());
        assertEquals("1 erreur, 0 avertissement", state.summary());
    }
}
