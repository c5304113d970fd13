package fr.ctg.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.style.FontFixtures;
import fr.ctg.style.StyleFixture;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an editor says of a house style file and what ctg valider says of it agree: what one accepts the other does, and
 * a value of the wrong form is refused by both, the editor at the validator's path, the engine at its line and column.
 */
class StyleSchemaAgreesWithTheEngineTest {

    /** The example of the README, where it describes the Caf's house style. */
    private static final Pattern README_EXAMPLE = Pattern.compile("(?s)Le \\*\\*style maison d’une Caf\\*\\*.*?```yaml\n(.*?)\\s*```");

    private static final Path RULE_PAGES = Path.of("src", "main", "resources", "fr", "ctg", "style");
    private static final Pattern PAGE_EXAMPLE = Pattern.compile("(?s)```yaml\n(.*?)```");

    @TempDir
    Path temp;

    private final EditorValidation editor = EditorValidation.of(EditorValidation.STYLE_SCHEMA);

    @Test
    void theReadmesExampleIsAcceptedByBoth() throws Exception {
        Matcher example = README_EXAMPLE.matcher(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8));
        assertTrue(example.find(), "exemple de style-maison.yaml introuvable dans le README");
        String yaml = example.group(1).replaceAll("(?m)^  ", "") + "\n";
        StyleFixture fixture = new StyleFixture(temp).file("logo-caf04.png", StyleFixture.png(60, 20, Color.BLUE));
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            fixture.file("polices/Marianne-" + face + ".ttf", FontFixtures.cafExemple(face));
        }
        fixture.style(yaml);

        assertTrue(yaml.startsWith("logo:\n  fichier: logo-caf04.png"), yaml);
        assertEquals(List.of(), editor.errors(yaml));
        assertEquals(List.of(), engine(fixture));
    }

    @Test
    void theBoundsOfTheSizesAndTheTwoMarksAreAcceptedByBoth() {
        String yaml = "taille: 8\nmarges: {haut: 5, droite: 50, bas: 12.5, gauche: 50}\nen_tete: \"{page}\"\npied_de_page: Page {page} sur {pages}\n"
                + "couleurs:\n  titres: \"#0a5ea8\"\n";

        assertEquals(List.of(), editor.errors(yaml));
        assertEquals(List.of(), engine(new StyleFixture(temp).style(yaml)));
    }

    @Test
    void aColourOfAnotherFormIsRefusedByBoth() {
        String yaml = "couleurs:\n  titres: bleu\n  texte: #0A5EA8\n  accents: \"#12345\"\n";

        assertEquals(List.of("$.couleurs.accents: does not match the regex pattern ^#[0-9A-Fa-f]{6}$",
                "$.couleurs.texte: null found, string expected",
                "$.couleurs.titres: does not match the regex pattern ^#[0-9A-Fa-f]{6}$",
                "$.couleurs: object found, null expected"), editor.errors(yaml));
        assertEquals(List.of("2:11 CTG-STYLE-COULEUR", "3:9 CTG-STYLE-COULEUR", "4:12 CTG-STYLE-COULEUR"), engine(new StyleFixture(temp).style(yaml)));
    }

    @Test
    void aSizeOutOfItsBoundsIsRefusedByBoth() {
        String yaml = "taille: 110\nlogo: {fichier: logo.png, description: Logo, largeur: 9.5}\n";
        StyleFixture fixture = new StyleFixture(temp).file("logo.png", StyleFixture.png(10, 10, Color.BLUE)).style(yaml);

        assertEquals(List.of("$.logo.largeur: must have a minimum value of 10",
                "$.logo: object found, null expected",
                "$.taille: must have a maximum value of 16"), editor.errors(yaml));
        assertEquals(List.of("1:9 CTG-STYLE-MESURE", "2:55 CTG-STYLE-MESURE"), engine(fixture));
    }

    @Test
    void aMarkOtherThanPageAndPagesIsRefusedByBoth() {
        String yaml = "en_tete: Page {numero}\npied_de_page: \"{page}/{Pages}\"\n";

        String pattern = "^(?![\\s\\S]*\\{(?!pages?\\})[^{}]*\\})";

        assertEquals(List.of("$.en_tete: does not match the regex pattern " + pattern, "$.pied_de_page: does not match the regex pattern " + pattern),
                editor.errors(yaml));
        assertEquals(List.of("1:10 CTG-STYLE-TEXTE", "2:15 CTG-STYLE-TEXTE"), engine(new StyleFixture(temp).style(yaml)));
    }

    @Test
    void aMisspelledKeyIsRefusedByBoth() {
        String yaml = "couleur:\n  titres: \"#0A5EA8\"\n";

        assertEquals(List.of("$: property 'couleur' is not defined in the schema and the schema does not allow additional properties"),
                editor.errors(yaml));
        assertEquals(List.of("1:1 CTG-CHAMP-INCONNU"), engine(new StyleFixture(temp).style(yaml)));
    }

    @Test
    void theExamplesOfTheStylePagesAreRefusedWhereTheirFaultIsOfForm() throws Exception {
        Set<String> refused = new TreeSet<>();
        Set<String> accepted = new TreeSet<>();
        try (Stream<Path> pages = Files.list(RULE_PAGES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher example = PAGE_EXAMPLE.matcher(Files.readString(page, StandardCharsets.UTF_8));
                if (example.find()) {
                    (editor.errors(example.group(1)).isEmpty() ? accepted : refused).add(page.getFileName().toString());
                }
            }
        }

        assertEquals(Set.of("CouleurStyle.md", "MesureStyle.md", "TexteStyle.md"), refused);
        // a font, or a logo file, is the engine's to judge: it opens them
        assertEquals(Set.of("LogoStyle.md", "PoliceStyle.md"), accepted);
    }

    /** The engine's diagnostics, as {@code line:column CODE}. */
    private static List<String> engine(StyleFixture fixture) {
        return fixture.load().diagnostics().stream().map(d -> d.position().line() + ":" + d.position().column() + " " + d.code()).toList();
    }
}
