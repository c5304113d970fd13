package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The modeles/ folder at the root of a Caf repository, for every convention of it, after the convention's own. */
class RepositoryTemplatesTest {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");

    @TempDir
    Path dir;

    private Path root;
    private Path conventionFile;

    @BeforeEach
    void createTheRepository() throws Exception {
        root = dir.resolve("depot").toAbsolutePath().normalize();
        conventionFile = root.resolve("conventions/minimale/convention.yaml");
        Files.createDirectories(conventionFile.getParent());
        Files.writeString(root.resolve("ctg.yaml"), "# dépôt d’essai\n");
    }

    private ComposedDocument compose(String yamlEnd) throws Exception {
        Files.writeString(conventionFile, Files.readString(MINIMALE) + yamlEnd);
        Convention convention = new ConventionLoader().load(conventionFile).loadedConvention().orElseThrow();
        return new Composer().composeConvention(convention, SourceFile.read(conventionFile));
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static String article(int number, String words) {
        return "<#macro article" + number + ">\n<h1 id=\"article-" + number + "\">ARTICLE " + number + " - TITRE</h1>\n<p>" + words + "</p>\n</#macro>\n";
    }

    @Test
    void theConventionsMacroWinsOverTheRepositorysWhichWinsOverTheNationalOne() throws Exception {
        write(root.resolve("modeles/partials/articles.ftlx"), article(8, "Article 8 du dépôt") + article(9, "Article 9 du dépôt"));
        write(conventionFile.resolveSibling("modeles-locaux/partials/articles.ftlx"), article(8, "Article 8 de la convention"));

        XhtmlQuery document = XhtmlQuery.of(compose("modeles: modeles-locaux\n"));

        assertEquals("Article 8 de la convention", document.text("//h:h1[@id='article-8']/following-sibling::h:p[1]"));
        assertEquals("Article 9 du dépôt", document.text("//h:h1[@id='article-9']/following-sibling::h:p[1]"));
        assertEquals("ARTICLE 10 - DUREE DE LA CONVENTION", document.text("//h:h1[@id='article-10']"));
    }

    @Test
    void anErrorInTheRepositorysTemplateNamesItsFileAndLine() throws Exception {
        Path template = write(root.resolve("modeles/partials/signatures.ftlx"),
                "<#-- les signatures de la Caf -->\n<#macro signatures>\n<p>${convention.inexistant}</p>\n</#macro>\n");

        CompositionException error = assertThrows(CompositionException.class, () -> compose(""));

        assertEquals(Diagnostic.inTemplate(new Position(template, 3, 6, 3, 27), "la valeur « convention.inexistant » est absente du modèle de données",
                null), error.diagnostic().orElseThrow());
    }
}
