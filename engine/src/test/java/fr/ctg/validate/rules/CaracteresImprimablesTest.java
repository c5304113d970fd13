package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaracteresImprimablesTest {

    @TempDir
    Path dossier;

    @Test
    void warnsAtTheColumnOfACharacterNoFontHasAndSaysWhatThePdfPrints() {
        assertEquals(List.of("21:21: avertissement[CTG-CARACTERE-PDF]: « nom » contient le caractère U+1F31E (SUN WITH FACE), qu’aucune"
                        + " police du PDF n’a : le PDF imprime « # » à sa place, le DOCX le garde | remplacez-le par un mot ou par un"
                        + " caractère courant, pour que le PDF à signer dise ce que dit le DOCX"),
                minimale().alone(new CaracteresImprimables()).with("nom: Claire MARTIN", "nom: Claire \uD83C\uDF1E MARTIN").diagnostics(dossier));
    }

    @Test
    void placesTheCharacterOnItsOwnLineInsideABlockAndCountsTheOthers() {
        assertEquals(List.of("77:23: avertissement[CTG-CARACTERE-PDF]: « contexte » contient le caractère U+4E2D (CJK UNIFIED IDEOGRAPHS 4E2D),"
                        + " qu’aucune police du PDF n’a : le PDF imprime « # » à sa place, le DOCX le garde (et 2 autres caractères après lui)"
                        + " | remplacez-le par un mot ou par un caractère courant, pour que le PDF à signer dise ce que dit le DOCX"),
                minimale().alone(new CaracteresImprimables()).with(
                        "    contexte: Le multi-accueil est le seul mode d’accueil collectif du territoire.",
                        "    contexte: |\n      Le multi-accueil est le seul\n      mode d’accueil (中中, 文, \uD83C\uDF1E) du territoire.")
                        .diagnostics(dossier));
    }

    @Test
    void placesAnEscapedCharacterAtItsValue() {
        assertEquals(List.of("21:14: avertissement[CTG-CARACTERE-PDF]: « nom » contient le caractère U+4E2D (CJK UNIFIED IDEOGRAPHS 4E2D),"
                        + " qu’aucune police du PDF n’a : le PDF imprime « # » à sa place, le DOCX le garde | remplacez-le par un mot ou par"
                        + " un caractère courant, pour que le PDF à signer dise ce que dit le DOCX"),
                minimale().alone(new CaracteresImprimables()).with("nom: Claire MARTIN", "nom: \"Claire \\u4E2D MARTIN\"").diagnostics(dossier));
    }

    @Test
    void warnsThatAScriptWrittenFromRightToLeftPrintsTheOtherWayRound() {
        assertEquals(List.of("21:21: avertissement[CTG-CARACTERE-PDF]: « nom » contient le caractère U+05D3 (HEBREW LETTER DALET), d’une"
                        + " écriture de droite à gauche : le PDF l’imprime de gauche à droite, lettres non liées, le DOCX tel qu’il est écrit"
                        + " (et un autre caractère après lui) | transcrivez ce texte en lettres latines, ou joignez-le en annexe PDF préparée à part"),
                minimale().alone(new CaracteresImprimables()).with("nom: Claire MARTIN", "nom: Claire דוד MARTIN").diagnostics(dossier));
    }

    @Test
    void acceptsLatinVietnameseGreekCyrillicAndTheSymbolsOfTheFallbackFont() {
        assertEquals(List.of(), minimale().alone(new CaracteresImprimables())
                .with("nom: Claire MARTIN", "nom: Claire Nguyễn Thị Ánh, Ελένη Παπαδοπούλου, Ирина Соколова ✓ ☐ ⇒ ① Łódź Ǆ")
                .diagnostics(dossier));
    }

    @Test
    void countsTheTextsPastTheTwentiethInOneLastWarning() {
        String indicateurs = IntStream.rangeClosed(1, 23).mapToObj(i -> "          - Indicateur " + i + " 中")
                .collect(Collectors.joining("\n"));
        List<String> diagnostics = minimale().alone(new CaracteresImprimables())
                .with("          - Le taux d’occupation", indicateurs).diagnostics(dossier);
        assertEquals(21, diagnostics.size());
        assertEquals("101:27: avertissement[CTG-CARACTERE-PDF]: « indicateurs » contient le caractère U+4E2D (CJK UNIFIED IDEOGRAPHS 4E2D),"
                + " qu’aucune police du PDF n’a : le PDF imprime « # » à sa place, le DOCX le garde | remplacez-le par un mot ou par un"
                + " caractère courant, pour que le PDF à signer dise ce que dit le DOCX", diagnostics.get(19));
        assertEquals("102:13: avertissement[CTG-CARACTERE-PDF]: 3 autres textes contiennent des caractères que le PDF n’imprime pas tels"
                + " qu’ils sont écrits (le premier ici) | relancez ctg valider après avoir corrigé les textes signalés : il montrera les"
                + " suivants", diagnostics.get(20));
    }
}
