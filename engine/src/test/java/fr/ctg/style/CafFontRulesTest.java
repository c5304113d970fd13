package fr.ctg.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CTG-STYLE-POLICE: a family is shipped with the engine, or the Caf's own, whose files the PDF/A can embed. */
class CafFontRulesTest {

    private static final String STYLE = "polices:\n  titres: CafExemple Sans\n  texte: Liberation Serif\n";

    @TempDir
    Path temp;

    private StyleFixture fixture() {
        return new StyleFixture(temp).style(STYLE);
    }

    private static List<String> diagnostics(StyleFixture fixture) {
        return StyleFixture.described(fixture.load());
    }

    @Test
    void aFamilyNeitherShippedNorInTheStyleFolderIsRefused() {
        assertEquals(List.of("2:11: erreur[CTG-STYLE-POLICE]: la police « Arial » n’est pas fournie avec le moteur, et le dossier style n’a pas"
                        + " de fichier polices/Arial-Regular.ttf | déposez les fichiers de la police dans le dossier style/polices :"
                        + " Arial-Regular.ttf, Arial-Bold.ttf, Arial-Italic.ttf et Arial-BoldItalic.ttf (le premier est requis), ou choisissez"
                        + " Liberation Serif (mêmes largeurs que Times New Roman) ou Liberation Sans (mêmes largeurs qu’Arial)"),
                StyleFixture.described(new StyleFixture(temp).style("polices:\n  titres: Arial\n  texte: Liberation Serif\n").load()));
    }

    @Test
    void theFourFacesOfTheCafsFamilyAreAcceptedAndResolved() {
        StyleFixture fixture = fixture();
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            fixture.file("polices/CafExempleSans-" + face + ".ttf", FontFixtures.cafExemple(face));
        }
        LoadedStyle loaded = fixture.load();

        assertEquals(List.of(), StyleFixture.described(loaded));
        assertEquals(List.of("CafExemple Sans false false", "CafExemple Sans true false", "CafExemple Sans false true", "CafExemple Sans true true"),
                loaded.style().fonts().stream().map(f -> f.family() + " " + f.bold() + " " + f.italic()).toList());
        assertEquals(Arrays.hashCode(FontFixtures.cafExemple("Bold")), Arrays.hashCode(loaded.style().fonts().get(1).data()));
    }

    @Test
    void missingBoldAndItalicFacesAreWrittenWithTheRegularOneAndSaidSo() {
        StyleFixture fixture = fixture().file("polices/CafExempleSans-Regular.ttf", FontFixtures.cafExemple("Regular"))
                .file("polices/CafExempleSans-Bold.ttf", FontFixtures.cafExemple("Bold"));
        LoadedStyle loaded = fixture.load();

        assertEquals(List.of("2:11: avertissement[CTG-STYLE-POLICE]: la police « CafExemple Sans » n’a pas de fichier pour l’italique et"
                        + " le gras italique : le PDF les écrit avec polices/CafExempleSans-Regular.ttf | déposez aussi"
                        + " polices/CafExempleSans-Italic.ttf et polices/CafExempleSans-BoldItalic.ttf, si la police les a"),
                StyleFixture.described(loaded));
        List<HouseStyle.FontFace> fonts = loaded.style().fonts();
        assertEquals(List.of(true, false, true), List.of(fonts.get(0).sha256().equals(fonts.get(2).sha256()),
                fonts.get(0).sha256().equals(fonts.get(1).sha256()), fonts.get(0).sha256().equals(fonts.get(3).sha256())));
    }

    @Test
    void aFileThatIsNotAReadableTrueTypeFontIsRefused() {
        byte[] regular = FontFixtures.cafExemple("Regular");
        byte[] cff = regular.clone();
        System.arraycopy(new byte[] {'O', 'T', 'T', 'O'}, 0, cff, 0, 4);
        StyleFixture fixture = fixture().file("polices/CafExempleSans-Regular.ttf", StyleFixture.png(4, 4, java.awt.Color.RED))
                .file("polices/CafExempleSans-Bold.ttf", Arrays.copyOf(regular, 100_000))
                .file("polices/CafExempleSans-Italic.ttf", cff)
                .file("polices/CafExempleSans-BoldItalic.ttf", FontFixtures.withFsType(regular, 0x0002));

        String unreadable = " n’est pas une police TrueType lisible (fichier tronqué, ou d’un autre format renommé en .ttf) | déposez le fichier"
                + " .ttf tel que le fournisseur de la police l’a livré";
        assertEquals(List.of(
                "2:11: erreur[CTG-STYLE-POLICE]: « polices/CafExempleSans-Regular.ttf »" + unreadable,
                "2:11: erreur[CTG-STYLE-POLICE]: « polices/CafExempleSans-Bold.ttf »" + unreadable,
                "2:11: erreur[CTG-STYLE-POLICE]: « polices/CafExempleSans-Italic.ttf » est une police OpenType à contours PostScript (CFF),"
                        + " que le PDF ne sait pas embarquer | demandez au fournisseur la version TrueType de la police (fichier .ttf à contours"
                        + " TrueType)",
                "2:11: erreur[CTG-STYLE-POLICE]: la licence de « polices/CafExempleSans-BoldItalic.ttf » interdit de l’embarquer dans un"
                        + " document (OS/2 fsType 0x0002) | le PDF/A embarque chaque police qu’il emploie : demandez au fournisseur une licence"
                        + " qui permet l’embarquement (« installable », « modifiable » ou « aperçu et impression »), ou choisissez Liberation"
                        + " Serif ou Liberation Sans"), diagnostics(fixture));
        assertEquals(HouseStyle.NATIONAL, fixture.load().style());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedUnread() throws Exception {
        StyleFixture fixture = fixture().file("polices/CafExempleSans-Regular.ttf", new byte[0]);
        try (RandomAccessFile file = new RandomAccessFile(fixture.styleFolder().resolve("polices/CafExempleSans-Regular.ttf").toFile(), "rw")) {
            file.setLength(FontFile.MAX_BYTES + 1);
        }

        assertEquals(List.of("2:11: erreur[CTG-STYLE-POLICE]: « polices/CafExempleSans-Regular.ttf » pèse plus que les 10 Mo permis pour une"
                + " police | une police de texte pèse d’ordinaire moins de 1 Mo : demandez au fournisseur le fichier de la police pour"
                + " l’alphabet latin seul"), diagnostics(fixture));
    }

    @Test
    void aFontFileLinkedFromOutsideTheStyleFolderIsRefused() throws Exception {
        StyleFixture fixture = fixture();
        Path outside = Files.write(temp.resolve("ailleurs.ttf"), FontFixtures.cafExemple("Regular"));
        Files.createDirectories(fixture.styleFolder().resolve("polices"));
        Files.createSymbolicLink(fixture.styleFolder().resolve("polices/CafExempleSans-Regular.ttf"), outside);

        assertEquals(List.of("2:11: erreur[CTG-STYLE-POLICE]: « polices/CafExempleSans-Regular.ttf » n’est pas un fichier du dossier style"
                + " | remplacez le lien ou le dossier par une copie du fichier de la police"), diagnostics(fixture));
    }

    @Test
    void aFamilyNameThatIsNotAFileNameIsRefused() {
        assertEquals(List.of("2:10: erreur[CTG-STYLE-POLICE]: « ../../secret » ne peut pas nommer une police : lettres, chiffres, espaces et"
                        + " tirets seulement | écrivez le nom de la famille, par exemple texte: Marianne"),
                StyleFixture.described(new StyleFixture(temp).style("polices:\n  texte: ../../secret\n").load()));
    }
}
