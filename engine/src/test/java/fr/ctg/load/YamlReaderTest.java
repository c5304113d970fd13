package fr.ctg.load;

import static fr.ctg.load.LoadFixture.lines;
import static fr.ctg.load.LoadFixture.load;
import static fr.ctg.load.LoadFixture.minimalWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader says when a file is not sound YAML, or not safe to read. */
class YamlReaderTest {

    private static final String TAG_HINT =
            " | retirez l’étiquette : le fichier ne contient que du texte, des nombres, des dates, des listes et des rubriques";
    private static final String ALIAS_HINT = " | écrivez les valeurs en entier au lieu de les répéter par des alias";

    @TempDir
    Path dir;

    @Test
    void reportsAnEmptyFile() throws Exception {
        assertEquals(List.of("1:1 CTG-YAML-VIDE le fichier est vide | partez de examples/minimale/convention.yaml et complétez-le"),
                lines(load(dir, "")));
    }

    @Test
    void takesAFileOfCommentsForAnEmptyOne() throws Exception {
        assertEquals(List.of("1:1 CTG-YAML-VIDE le fichier est vide | partez de examples/minimale/convention.yaml et complétez-le"),
                lines(load(dir, "# à remplir\n")));
    }

    @Test
    void refusesABinaryFileAtItsFirstNulByte() throws Exception {
        byte[] content = "id: x\ntitre: a\0b\n".getBytes(StandardCharsets.UTF_8);

        assertEquals(List.of("2:9 CTG-YAML-BINAIRE le fichier contient des données binaires, ce n’est pas un fichier texte YAML"
                + " | vérifiez qu’il s’agit bien du fichier convention.yaml et non d’un document Word ou PDF"), lines(load(dir, content)));
    }

    @Test
    void namesUtf16AndUtf32FromTheirByteOrderMarkRatherThanCallingThemBinary() throws Exception {
        String hint = " | enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous » > encodage UTF-8)";
        byte[] utf16 = "\uFEFFid: x\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf32 = "\uFEFFid: x\n".getBytes(java.nio.charset.Charset.forName("UTF-32BE"));

        assertEquals(List.of("1:1 CTG-YAML-ENCODAGE le fichier est encodé en UTF-16, pas en UTF-8" + hint), lines(load(dir, utf16)));
        assertEquals(List.of("1:1 CTG-YAML-ENCODAGE le fichier est encodé en UTF-32, pas en UTF-8" + hint), lines(load(dir, utf32)));
    }

    @Test
    void locatesTheFirstByteThatIsNotUtf8CountingCharactersNotBytes() throws Exception {
        byte[] text = "id: x\ntitre: « Été » ".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[text.length + 1];
        System.arraycopy(text, 0, content, 0, text.length);
        content[text.length] = (byte) 0xE9;

        assertEquals(List.of("2:16 CTG-YAML-ENCODAGE le fichier n’est pas encodé en UTF-8 (octet invalide à cet endroit)"
                + " | enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous » > encodage UTF-8)"), lines(load(dir, content)));
    }

    @Test
    void refusesTabIndentation() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "\tfin: 2028-12-31");

        assertEquals(List.of("7:1 CTG-YAML-TABULATION une tabulation sert ici d’indentation, ce que YAML interdit"
                + " | remplacez les tabulations par des espaces (deux espaces par niveau)"), lines(load(dir, yaml)));
    }

    @Test
    void pointsAtALineIndentedBeneathAFieldThatHasItsValue() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", "   fin: 2028-12-31");

        assertEquals(List.of("7:4 CTG-YAML-INDENTATION cette ligne est plus indentée que la précédente, qui a déjà sa valeur"
                + " | alignez-la sur la ligne précédente (même nombre d’espaces) si c’est un champ de la même rubrique"), lines(load(dir, yaml)));
    }

    @Test
    void pointsAtALineIndentedLikeNoOpenSection() throws Exception {
        String yaml = minimalWith("  fin: 2028-12-31", " fin: 2028-12-31");

        assertEquals(List.of("7:2 CTG-YAML-INDENTATION l’indentation de cette ligne ne correspond à aucune rubrique ouverte"
                + " | alignez la ligne sur les autres champs de la même rubrique (même nombre d’espaces)"), lines(load(dir, yaml)));
    }

    @Test
    void pointsAtAQuoteNeverClosed() throws Exception {
        assertEquals(List.of("2:8 CTG-YAML-SYNTAXE ce guillemet n’est jamais refermé | refermez le guillemet à la fin de la valeur"),
                lines(load(dir, "id: x\ntitre: \"Convention\nterritoire: y\n")));
    }

    @Test
    void pointsAtTheOpeningOfAQuoteThatTheNextQuoteDownClosed() throws Exception {
        String yaml = minimalWith("titre: Convention Territoriale Globale", "titre: \"Convention Territoriale Globale");

        assertEquals(List.of("2:8 CTG-YAML-SYNTAXE ce guillemet n’est refermé qu’à la ligne 66 : toutes les lignes entre les deux"
                + " sont prises pour du texte | refermez le guillemet à la fin de la valeur"), lines(load(dir, yaml)));
    }

    @Test
    void locatesAControlCharacterPastedIntoAValue() throws Exception {
        assertEquals(List.of("2:11 CTG-YAML-ENCODAGE le fichier contient un caractère de contrôle invisible (U+0007)"
                + " | supprimez ce caractère (souvent collé depuis un autre document)"), lines(load(dir, "id: x\ntitre: « É\u0007 »\n")));
    }

    @Test
    void refusesASecondDocument() throws Exception {
        assertEquals(List.of("2:1 CTG-YAML-SYNTAXE le fichier contient un second document YAML, après « --- »"
                + " | une convention tient en un seul document : retirez la ligne « --- » et ce qui la suit, ou faites-en un autre fichier"),
                lines(load(dir, "id: a\n---\nid: b\n")));
    }

    @Test
    void namesAnUnknownEscapeBetweenDoubleQuotes() throws Exception {
        assertEquals(List.of("1:8 CTG-YAML-SYNTAXE « \\q » n’est pas un échappement reconnu entre guillemets doubles"
                + " | doublez la barre oblique inverse (\\\\), ou mettez la valeur entre guillemets simples (')"),
                lines(load(dir, "id: \"a\\qb\"\n")));
    }

    @Test
    void namesTheReservedCharacterAValueStartsWith() throws Exception {
        assertEquals(List.of("1:5 CTG-YAML-SYNTAXE une valeur ne peut pas commencer par le caractère « @ » | mettez la valeur entre guillemets"),
                lines(load(dir, "id: @caf\n")));
    }

    @Test
    void refusesABillionLaughsAliasBombAtTheFirstAliasOverTheLimit() throws Exception {
        StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String previous = "*" + (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", List.of(previous, previous, previous, previous, previous, previous, previous, previous, previous)))
                    .append("]\n");
        }

        assertEquals(List.of("4:14 CTG-YAML-ALIAS le fichier répète trop d’alias (*nom) : plus de 20 sont refusés" + ALIAS_HINT),
                lines(load(dir, yaml.toString())));
    }

    @Test
    void refusesAListThatContainsItselfThroughAnAlias() throws Exception {
        assertEquals(List.of("1:4 CTG-YAML-ALIAS l’ancre « &x » se contient elle-même : un alias (*x) y renvoie à la liste"
                + " ou à la rubrique qui le contient" + ALIAS_HINT), lines(load(dir, "a: &x [*x]\n")));
    }

    @Test
    void refusesASectionThatContainsItselfWhereTheModelWouldBindIt() throws Exception {
        String yaml = minimalWith("preambule:\n", "preambule: &p\n  suite: *p\n");

        assertEquals(List.of("38:12 CTG-YAML-ALIAS l’ancre « &p » se contient elle-même : un alias (*p) y renvoie à la liste"
                + " ou à la rubrique qui le contient" + ALIAS_HINT), lines(load(dir, yaml)));
    }

    @Test
    void refusesAHundredNestedListsAtTheFirstLevelTooDeep() throws Exception {
        String yaml = "x: " + "[".repeat(100) + "]".repeat(100) + "\n";

        assertEquals(List.of("1:43 CTG-YAML-PROFONDEUR les rubriques sont imbriquées trop profondément (plus de 40 niveaux)"
                + " | une convention n’a que quelques niveaux : vérifiez l’indentation"), lines(load(dir, yaml)));
    }

    @Test
    void refusesAHundredNestedSectionsAtTheFirstLevelTooDeep() throws Exception {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 100; level++) {
            yaml.append("  ".repeat(level)).append("k").append(level).append(":\n");
        }
        yaml.append("  ".repeat(100)).append("v\n");

        assertEquals(List.of("41:81 CTG-YAML-PROFONDEUR les rubriques sont imbriquées trop profondément (plus de 40 niveaux)"
                + " | une convention n’a que quelques niveaux : vérifiez l’indentation"), lines(load(dir, yaml.toString())));
    }

    @Test
    void refusesAJavaClassTag() throws Exception {
        String yaml = minimalWith("titre: Convention Territoriale Globale", "titre: !!java.lang.Runtime []");

        assertEquals(List.of("2:8 CTG-YAML-ETIQUETTE l’étiquette YAML « !!java.lang.Runtime » n’est pas acceptée" + TAG_HINT),
                lines(load(dir, yaml)));
    }

    @Test
    void refusesTheScriptEngineGadget() throws Exception {
        String yaml = minimalWith("titre: Convention Territoriale Globale",
                "titre: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost:1/\"]]]]");

        assertEquals(List.of("2:8 CTG-YAML-ETIQUETTE l’étiquette YAML « !!javax.script.ScriptEngineManager » n’est pas acceptée" + TAG_HINT),
                lines(load(dir, yaml)));
    }

    @Test
    void neverInstantiatesTheClassATagNames() throws Exception {
        Path trap = dir.resolve("créé-par-le-yaml");
        String yaml = minimalWith("titre: Convention Territoriale Globale", "titre: !!java.io.FileOutputStream [\"" + trap + "\"]");

        List<String> diagnostics = lines(load(dir, yaml));

        assertEquals(List.of("2:8 CTG-YAML-ETIQUETTE l’étiquette YAML « !!java.io.FileOutputStream » n’est pas acceptée" + TAG_HINT),
                diagnostics);
        assertFalse(Files.exists(trap), "le constructeur nommé par l’étiquette a été appelé");
    }

    @Test
    void refusesAFileOverFiveMegabytesBeforeReadingIt() throws Exception {
        Path file = dir.resolve("convention.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(YamlReader.MAX_SIZE_BYTES + 1);
        }

        // the file is all NUL bytes: reading it would have reported CTG-YAML-BINAIRE instead
        assertEquals(List.of("1:1 CTG-YAML-TAILLE le fichier fait 5\u202f121\u00a0Ko, au-delà de la limite de 5\u202f120\u00a0Ko"
                + " | une convention tient en quelques dizaines de Ko : vérifiez qu’il s’agit du bon fichier"),
                lines(new ConventionLoader().load(file)));
    }

    private static final String LINE_BREAK_HINT = " | supprimez ce caractère, ou remplacez-le par un vrai retour à la ligne"
            + " (souvent collé depuis un autre document)";
    private static final String LONG_KEY_HINT = " | une clé est un simple mot, comme « titre » ; si c’est un texte qui contient « : »,"
            + " mettez-le entre guillemets";

    /** SnakeYAML would have counted it as a line break, and said « il manque « : » » at line 4 of a file of three. */
    @Test
    void refusesALineSeparatorAtThePlaceAnEditorShows() throws Exception {
        assertEquals(List.of("2:9 CTG-YAML-ENCODAGE le fichier contient un séparateur de ligne Unicode (U+2028), invisible dans les"
                + " éditeurs mais lu par YAML comme un retour à la ligne" + LINE_BREAK_HINT), lines(load(dir, "id: x\ntitre: a\u2028b\nfoo: bar: baz\n")));
    }

    @Test
    void refusesAParagraphSeparatorAndANextLineCountingCharactersNotBytes() throws Exception {
        assertEquals(List.of("2:13 CTG-YAML-ENCODAGE le fichier contient un séparateur de paragraphe Unicode (U+2029), invisible dans"
                + " les éditeurs mais lu par YAML comme un retour à la ligne" + LINE_BREAK_HINT), lines(load(dir, "id: x\ntitre: « é »\u2029\n")));
        assertEquals(List.of("3:4 CTG-YAML-ENCODAGE le fichier contient le caractère de contrôle NEL (U+0085), invisible dans"
                + " les éditeurs mais lu par YAML comme un retour à la ligne" + LINE_BREAK_HINT), lines(load(dir, "id: x\r\ntitre: é\r\nt: \u0085\n")));
    }

    @Test
    void saysAKeyOfMoreThan1024CharactersIsTooLongAtItsStart() throws Exception {
        assertEquals(List.of("2:1 CTG-YAML-CLE cette clé fait 1\u202f100 caractères : au-delà de 1\u202f024, YAML ne la lit pas comme une clé"
                + LONG_KEY_HINT), lines(load(dir, "id: x\n" + "k".repeat(1100) + ": 1\n")));
        assertEquals(List.of("3:3 CTG-YAML-CLE cette clé fait 1\u202f030 caractères : au-delà de 1\u202f024, YAML ne la lit pas comme une clé"
                + LONG_KEY_HINT), lines(load(dir, "id: x\nsub:\n  " + "k".repeat(1030) + ": 1\n")));
        assertEquals(List.of("3:5 CTG-YAML-CLE cette clé fait 1\u202f025 caractères : au-delà de 1\u202f024, YAML ne la lit pas comme une clé"
                + LONG_KEY_HINT), lines(load(dir, "id: x\nsub:\n  - " + "é".repeat(1025) + ": 1\n")));
    }

    /** Each problem SnakeYAML words in English, in French at its place; none lets English through. */
    @Test
    void saysEveryOtherSyntaxProblemInFrench() throws Exception {
        String tag = "CTG-YAML-ETIQUETTE l’étiquette YAML (!…) est mal écrite, et ne serait de toute façon pas acceptée"
                + " | retirez l’étiquette ; si la valeur commence par « ! », mettez-la entre guillemets";
        String directive = "CTG-YAML-SYNTAXE la ligne qui commence par « % » n’est pas une directive YAML valable, ou n’est pas suivie"
                + " de « --- » | retirez-la : une convention n’a pas besoin de directive";
        String anchor = "CTG-YAML-SYNTAXE le nom d’une ancre (&nom) ou d’un alias (*nom) s’écrit en lettres, chiffres, « - » et « _ »,"
                + " sans espace avant | si « & » ou « * » fait partie de la valeur, mettez-la entre guillemets";
        String block = "CTG-YAML-SYNTAXE un bloc de texte s’annonce par « | » ou « > » seul en fin de ligne (suivi au plus de « - », « + »"
                + " ou d’un chiffre) | écrivez « | » en fin de ligne et le texte sur les lignes suivantes, indenté de deux espaces de plus";
        String value = "CTG-YAML-SYNTAXE une valeur manque à cet endroit | écrivez la valeur ; si elle commence par un signe (« , », « ] »,"
                + " « } », « % »…), mettez-la entre guillemets";
        List<List<String>> expected = List.of(
                List.of("2:8 CTG-YAML-SYNTAXE « - » (élément de liste) inattendu à cet endroit | une liste commence à la ligne qui suit son"
                        + " champ, chaque élément sur sa ligne ; si la valeur commence par « - », mettez-la entre guillemets"),
                List.of("2:12 " + value),
                List.of("2:8 " + value),
                List.of("1:9 CTG-YAML-SYNTAXE un échappement \\x, \\u ou \\U entre guillemets doubles n’a pas le nombre de chiffres"
                        + " hexadécimaux attendu | doublez la barre oblique inverse (\\\\), ou mettez la valeur entre guillemets simples (')"),
                List.of("2:1 CTG-YAML-SYNTAXE une ligne « --- » ou « ... » coupe une valeur entre guillemets | refermez le guillemet avant cette ligne"),
                List.of("1:10 " + tag), List.of("1:5 " + tag), List.of("1:7 " + tag),
                List.of("2:1 " + directive), List.of("1:1 " + directive), List.of("2:1 " + directive), List.of("1:7 " + directive),
                List.of("1:6 " + anchor), List.of("1:7 " + anchor), List.of("1:6 " + anchor),
                List.of("1:6 " + block), List.of("1:6 " + block), List.of("1:7 " + block));
        List<String> files = List.of("id: x\ntitre: - a\n", "id: x\ntitre: [a, , b]\n", "id: x\ntitre: }\n", "id: \"a\\x4\"\n",
                "id: \"a\n---\nb\"\n", "id: !<abc\n", "id: !e!x y\n", "id: !%zz y\n",
                "%YAML 1.1\n%YAML 1.1\n---\nid: x\n", "%YAML 2.0\n---\nid: x\n", "%YAML 1.1\nid: x\n", "%YAML a\n---\nid: x\n",
                "id: &\n", "id: &a{ x\n", "id: * x\n", "id: |0\n  x\n", "id: |x\n  x\n", "id: | x\n  x\n");
        for (int i = 0; i < files.size(); i++) {
            assertEquals(expected.get(i), lines(load(dir, files.get(i))), files.get(i));
        }
    }

    @Test
    void throwsForAMissingFile() {
        Path missing = dir.resolve("absente.yaml");

        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> new ConventionLoader().load(missing));

        assertEquals("le fichier " + missing + " n’existe pas", e.getMessage());
    }

    @Test
    void throwsForAFolder() {
        UnreadableInputException e = assertThrows(UnreadableInputException.class, () -> new ConventionLoader().load(dir));

        assertEquals(dir + " est un dossier, pas un fichier YAML", e.getMessage());
    }
}
