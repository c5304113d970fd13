package fr.ctg.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HouseStyleRulesTest {

    @TempDir
    Path temp;

    private List<String> diagnostics(String yaml) {
        return StyleFixture.described(new StyleFixture(temp).style(yaml).load());
    }

    @Test
    void aColourIsSixHexadecimalDigitsAfterAHashInQuotes() {
        assertEquals(List.of(
                "2:11: erreur[CTG-STYLE-COULEUR]: « bleu » n’est pas une couleur : le style maison attend « # » suivi de six chiffres"
                        + " hexadécimaux | écrivez par exemple titres: \"#0A5EA8\" (rouge, vert et bleu, chacun de 00 à FF)",
                "3:9: erreur[CTG-STYLE-COULEUR]: la couleur du texte est vide | écrivez-la entre guillemets, par exemple texte: \"#0A5EA8\" :"
                        + " sans guillemets, « # » commence un commentaire en YAML",
                "4:12: erreur[CTG-STYLE-COULEUR]: « #12345 » n’est pas une couleur : le style maison attend « # » suivi de six chiffres"
                        + " hexadécimaux | écrivez par exemple accents: \"#0A5EA8\" (rouge, vert et bleu, chacun de 00 à FF)"),
                diagnostics("couleurs:\n  titres: bleu\n  texte: #0A5EA8\n  accents: \"#12345\"\n"));
        assertEquals(List.of(), diagnostics("couleurs:\n  titres: \"#0a5ea8\"\n"));
    }

    @Test
    void anUnknownKeyIsTheLoadersErrorWithItsSuggestion() {
        assertEquals(List.of("1:1: erreur[CTG-CHAMP-INCONNU]: le champ « couleur » n’existe pas dans le style maison | vouliez-vous"
                        + " dire « couleurs » ?"),
                diagnostics("couleur:\n  titres: \"#0A5EA8\"\n"));
    }

    @Test
    void theLogoIsAPngOrAJpegOfTheStyleFolderDescribedByAText() throws Exception {
        StyleFixture fixture = new StyleFixture(temp);
        fixture.file("logo.gif", "GIF89a".getBytes()).file("grand.png", StyleFixture.png(4001, 1, Color.BLUE));
        Files.createDirectories(temp.resolve("ailleurs"));
        Files.write(temp.resolve("ailleurs/logo.png"), StyleFixture.png(10, 10, Color.BLUE));
        Files.createSymbolicLink(fixture.styleFolder().resolve("lien.png"), temp.resolve("ailleurs/logo.png"));

        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « absent.png » n’existe pas | déposez le logo dans le dossier style,"
                + " à côté de style-maison.yaml, et écrivez son nom : fichier: logo.png, ou corrigez le nom",
                "3:16: erreur[CTG-STYLE-LOGO]: la description du logo est vide : un lecteur d’écran n’aurait rien à dire de l’image | écrivez"
                        + " ce que montre le logo, par exemple description: Logo de la Caf des Alpes-de-Haute-Provence"),
                StyleFixture.described(fixture.style("logo:\n  fichier: absent.png\n  description: \"\"\n").load()));
        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « logo.gif » n’est ni un PNG ni un JPEG | enregistrez-le au format PNG"
                + " (ou JPEG) depuis le logiciel qui l’a produit"), logo(fixture, "logo.gif"));
        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « grand.png » mesure 4001 × 1 pixels, plus que les 4000 permis de"
                + " chaque côté | enregistrez-le plus petit : 600 pixels de large suffisent à l’imprimer net sur 5 cm"), logo(fixture, "grand.png"));
        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « ../../logo.png » doit se trouver dans le dossier style (ni chemin"
                + " absolu, ni « .. ») | déposez le logo dans le dossier style, à côté de style-maison.yaml, et écrivez son nom : fichier:"
                + " logo.png"), logo(fixture, "../../logo.png"));
        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « lien.png » n’est pas un fichier du dossier style | remplacez le lien"
                + " ou le dossier par une copie de l’image"), logo(fixture, "lien.png"));
    }

    @Test
    void aLogoTooHeavyOrThatDoesNotDecodeIsRefused() {
        StyleFixture fixture = new StyleFixture(temp);
        byte[] heavy = new byte[LogoImage.MAX_BYTES + 1];
        System.arraycopy(StyleFixture.png(1, 1, Color.RED), 0, heavy, 0, 8);
        fixture.file("lourd.png", heavy).file("tronque.png", java.util.Arrays.copyOf(StyleFixture.png(20, 20, Color.RED), 30));

        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « lourd.png » pèse 1000 Ko, plus que les 1000 Ko permis | enregistrez-le"
                + " plus petit : 600 pixels de large suffisent à l’imprimer net sur 5 cm"), logo(fixture, "lourd.png"));
        assertEquals(List.of("2:12: erreur[CTG-STYLE-LOGO]: le logo « tronque.png » est un PNG illisible ou dans un format que le PDF/A"
                + " n’admet pas | enregistrez-le de nouveau en PNG, couleurs RVB (sRGB)"), logo(fixture, "tronque.png"));
    }

    private static List<String> logo(StyleFixture fixture, String file) {
        return StyleFixture.described(fixture.style("logo:\n  fichier: " + file + "\n  description: Logo\n").load());
    }

    @Test
    void sizesStayWithinWhatPrintsLegibly() {
        assertEquals(List.of(
                "1:9: erreur[CTG-STYLE-MESURE]: la taille du texte, 110\u00a0pt, sort des valeurs permises (de 8 à 16\u00a0pt) | écrivez un"
                        + " nombre de 8 à 16, sans unité (pt est sous-entendu)",
                "3:9: erreur[CTG-STYLE-MESURE]: la marge du haut, 2,5\u00a0mm, sort des valeurs permises (de 5 à 50\u00a0mm) | écrivez un"
                        + " nombre de 5 à 50, sans unité (mm est sous-entendu)"),
                diagnostics("taille: 110\nmarges:\n  haut: 2.5\n  bas: 50\n"));
    }

    @Test
    void aHeaderOrFooterUsesOnlyThePageMarks() {
        assertEquals(List.of("1:15: erreur[CTG-STYLE-TEXTE]: « {numero} » n’est pas un repère du pied de page : seuls {page} et {pages}"
                        + " le sont | écrivez {page} pour le numéro de la page et {pages} pour le nombre de pages, par exemple"
                        + " « Page {page} / {pages} »"),
                diagnostics("pied_de_page: Page {numero} sur {pages}\nen_tete: CTG {page}\n"));
    }

    @Test
    void aFormerStyleFileLeftInTheFolderIsNamedNotIgnored() {
        StyleFixture fixture = new StyleFixture(temp).file("convention.css", "h1 { color: red; }\n".getBytes())
                .file("style-maison.docx", new byte[] {'P', 'K', 3, 4});
        LoadedStyle loaded = fixture.load();

        String hint = " | reportez le logo, les couleurs, les polices, l’en-tête, le pied de page et les marges dans style/style-maison.yaml"
                + " (README, « Changer un modèle ou le style maison »), puis supprimez ce fichier";
        assertEquals(List.of(
                "1:1: avertissement[CTG-STYLE-ANCIEN]: « style/convention.css » n’est pas lu : le style maison d’une Caf est"
                        + " style/style-maison.yaml, qui vaut pour le PDF et pour le DOCX" + hint,
                "1:1: avertissement[CTG-STYLE-ANCIEN]: « style/style-maison.docx » n’est pas lu : le style maison d’une Caf est"
                        + " style/style-maison.yaml, qui vaut pour le PDF et pour le DOCX" + hint), StyleFixture.described(loaded));
        assertEquals(fixture.styleFolder().resolve("convention.css"), loaded.diagnostics().get(0).position().file());
        assertEquals(HouseStyle.NATIONAL, loaded.style());
        assertNull(loaded.source());
    }

    @Test
    void theFirstFolderWithAStyleFileWins() throws Exception {
        StyleFixture fixture = new StyleFixture(temp).style("taille: 12\n");
        Path national = temp.resolve("depot/modeles");
        Files.createDirectories(national.resolve("style"));
        Files.writeString(national.resolve("style/style-maison.yaml"), "taille: 9\n");

        LoadedStyle loaded = new HouseStyleLookup().find(List.of(fixture.overrideFolder(), national), fr.ctg.model.Statut.PROJET);

        assertEquals(new java.math.BigDecimal("12"), loaded.style().textSize());
        assertEquals(fixture.styleFolder().resolve("style-maison.yaml"), loaded.source().path());
    }
}
