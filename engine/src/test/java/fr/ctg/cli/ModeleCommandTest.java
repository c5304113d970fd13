package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.compose.NationalMacro;
import fr.ctg.compose.NationalMacros;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModeleCommandTest {

    private static final NationalMacro ARTICLE_8 = NationalMacros.byReference("partials/articles.ftlx#article8").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void listsTheNationalMacrosAsFileHashName() {
        CliRun run = ctg("modele", "liste");

        assertEquals(0, run.code());
        assertEquals("partials/document.ftlx#document\npartials/page-de-titre.ftlx#pageDeTitre\npartials/parties.ftlx#parties\n",
                run.out().lines().limit(3).map(l -> l + "\n").reduce("", String::concat));
        assertEquals(NationalMacros.all().size(), run.out().lines().count());
    }

    @Test
    void showsTheNationalMacroOfTodayWithItsHeader() {
        assertEquals(new CliRun(0, "<#-- ctg:copie-de partials/articles.ftlx#article10 sha256:"
                + NationalMacros.byReference("partials/articles.ftlx#article10").orElseThrow().sha256() + " -->\n"
                + "<#macro article10>\n"
                + "<h1 id=\"article-10\">ARTICLE 10 - DUREE DE LA CONVENTION</h1>\n"
                + "<p id=\"article-10-al-1\">La présente convention est conclue à compter du ${fr.longDate(c.periode.debut)} jusqu’au"
                + " ${fr.longDate(c.periode.fin)}.<br/>La présente convention ne peut être reconduite que par expresse reconduction.</p>\n"
                + "</#macro>\n", ""), ctg("modele", "voir", "partials/articles.ftlx#article10"));
    }

    @Test
    void copiesTheMacroIntoTheFileOfTheSameNameAfterWhatItHolds() throws Exception {
        Path folder = dir.resolve("modeles");
        Path file = folder.resolve("partials/articles.ftlx");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<#macro article7>\n</#macro>");

        CliRun run = ctg("modele", "copier", "partials/articles.ftlx#article8", folder.toString());

        assertEquals(new CliRun(0, "ctg : partials/articles.ftlx#article8 copiée dans " + file + ":4 ; modifiez-la là : elle remplace"
                + " la macro nationale dans les conventions où ce dossier s’applique\n", ""), run);
        assertEquals("<#macro article7>\n</#macro>\n" + ARTICLE_8.copyHeader() + "\n" + ARTICLE_8.source() + "\n", Files.readString(file));
    }

    @Test
    void refusesAMacroTheFileAlreadyDefines() throws Exception {
        Path folder = dir.resolve("modeles");
        ctg("modele", "copier", "partials/articles.ftlx#article8", folder.toString());

        assertEquals(new CliRun(2, "", "ctg : " + folder.resolve("partials/articles.ftlx") + ":2 définit déjà « article8 » : modifiez-la là,"
                + " ou retirez-la avant de la copier de nouveau\n"), ctg("modele", "copier", "partials/articles.ftlx#article8", folder.toString()));
    }

    @Test
    void refusesAMacroThatIsNotNational() {
        assertEquals(new CliRun(2, "", "ctg : aucune macro nationale « partials/articles.ftlx#article15 » ; ctg modele liste les nomme"
                + " (fichier#macro, par exemple partials/articles.ftlx#article8)\n"),
                ctg("modele", "copier", "partials/articles.ftlx#article15", dir.toString()));
    }

    @Test
    void validateWarnsAboutACopyOfAnOlderNationalMacroAtItsHeader() throws Exception {
        Path repository = dir.resolve("depot");
        ctg("init", repository.toString(), "--caf", "Caisse d’allocations familiales de l’Exemple");
        ctg("nouveau", "essai", "--debut", "2027-01-01", "--depot", repository.toString());
        ctg("modele", "copier", "partials/articles.ftlx#article8", repository.resolve("modeles").toString());
        Path copy = repository.resolve("modeles/partials/articles.ftlx");
        String older = "<#-- ctg:copie-de partials/articles.ftlx#article8 sha256:" + "0".repeat(64) + " -->";
        Files.writeString(copy, Files.readString(copy).replace(ARTICLE_8.copyHeader(), older));

        CliRun run = ctg("valider", repository.resolve("conventions/essai").toString());

        assertEquals(0, run.code());
        String warning = copy.toAbsolutePath().normalize() + ":1:1: avertissement[CTG-SURCHARGE]: la macro nationale"
                + " partials/articles.ftlx#article8 a changé depuis que « article8 » en a été copiée\n"
                + "   |\n"
                + " 1 | " + older + "\n"
                + "   | " + "^".repeat(older.length()) + "\n"
                + "   = aide : comparez-la à la version nationale actuelle (ctg modele voir partials/articles.ftlx#article8), reportez-y ce qui"
                + " a changé, puis remplacez cet en-tête par " + ARTICLE_8.copyHeader() + "\n";
        assertEquals(true, run.out().contains(warning), run.out());
    }
}
