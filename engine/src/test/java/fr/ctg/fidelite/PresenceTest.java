package fr.ctg.fidelite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.model.Axe;
import fr.ctg.model.Convention;
import fr.ctg.model.Equipement;
import fr.ctg.model.FicheAction;
import fr.ctg.model.Partie;
import fr.ctg.write.docx.DocxText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What Forcalquier must show is in both its PDF and its DOCX: titles, parties, equipment, fiches, axes. */
class PresenceTest {

    private static final String NBSP = "\u00A0";

    private static Convention convention;
    private static Map<String, String> texts;

    @BeforeAll
    static void extract() throws Exception {
        ForcalquierDocuments forcalquier = ForcalquierDocuments.render();
        convention = forcalquier.convention();
        texts = Map.of(
                "PDF", PdfText.text(forcalquier.pdf(), forcalquier.xhtml()),
                "DOCX", String.join(" ", PdfText.tokens(String.join("\n", DocxText.lines(forcalquier.docx())))));
    }

    @Test
    void everyArticleTitle() {
        assertPresent(List.of(
                "ARTICLE 1 - OBJET DE LA CONVENTION TERRITORIALE GLOBALE",
                "ARTICLE 2 - LES CHAMPS D’INTERVENTION DE LA CAF",
                "ARTICLE 3 - LES CHAMPS D’INTERVENTION DE LA COMMUNAUTE DE COMMUNES ET DES COMMUNES",
                "ARTICLE 4 - LES OBJECTIFS PARTAGES AU REGARD DES BESOINS",
                "ARTICLE 5 - ENGAGEMENTS DES PARTENAIRES",
                "ARTICLE 6 - MODALITES DE COLLABORATION",
                "ARTICLE 7 - ECHANGES DE DONNEES",
                "ARTICLE 8 - COMMUNICATION",
                "ARTICLE 9 - EVALUATION",
                "ARTICLE 10 - DUREE DE LA CONVENTION",
                "ARTICLE 11 - EXECUTION FORMELLE DE LA CONVENTION",
                "ARTICLE 12 - LA FIN DE LA CONVENTION",
                "ARTICLE 13 - LES RECOURS",
                "ARTICLE 14 - CONFIDENTIALITE"));
    }

    @Test
    void everyPartysFullName() {
        List<String> names = convention.parties().stream().map(Partie::nom).toList();

        assertEquals(List.of(
                "Caisse d’Allocations Familiales des Alpes de Haute-Provence",
                "Mutualité Sociale Agricole Alpes Vaucluse",
                "Communauté de Communes Pays de Forcalquier Montagne de Lure",
                "Commune de Forcalquier",
                "Commune de Limans",
                "Commune de Saint-Etienne les Orgues"), names);
        assertPresent(names);
    }

    @Test
    void everyEquipmentRowInTheTablesOrder() {
        List<String> cells = new ArrayList<>();
        for (Equipement e : convention.equipements()) {
            cells.addAll(List.of(e.partenaire(), e.nom(), e.commune()));
        }

        assertEquals(15 * 3, cells.size());
        texts.forEach((format, text) -> {
            int from = 0;
            for (String cell : cells) {
                int at = text.indexOf(cell, from);
                assertEquals(true, at >= 0, format + " : « " + cell + " » manque après « "
                        + text.substring(Math.max(0, from - 80), from) + " »");
                from = at + cell.length();
            }
        });
    }

    @Test
    void everyFicheActionTitle() {
        List<String> titles = convention.fichesActions().stream()
                .map((FicheAction fiche) -> "Fiche action " + fiche.numero() + NBSP + ": " + fiche.titre())
                .toList();

        assertEquals(7, titles.size());
        assertPresent(titles);
    }

    @Test
    void theSevenAxes() {
        List<String> axes = convention.axes().stream().map((Axe axe) -> axe.numero() + ") " + axe.titre()).toList();

        assertEquals(List.of(
                "1) La coordination territoriale",
                "2) L’accès aux droits",
                "3) La réponse aux besoins de garde, notamment sur les horaires atypiques",
                "4) Le soutien des projets favorisant l’implication des jeunes dans les projets",
                "5) le soutien et l’accompagnement à la parentalité",
                "6) l’animation de la vie sociale",
                "7) La mise en place d’une politique de lutte contre l’habitat indigne"), axes);
        assertPresent(axes);
    }

    private static void assertPresent(List<String> expected) {
        texts.forEach((format, text) ->
                assertEquals(List.of(), expected.stream().filter(e -> !text.contains(e)).toList(), format + " : absents"));
    }
}
