package fr.ctg.compose;

import fr.ctg.load.SourceFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** A Caf's override folder ("modeles: modeles" in the convention) replaces templates by name, within limits. */
class TemplateOverrideTest {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");
    private static final String TITLE_PAGE = "partials/page-de-titre.ftlx";

    private final Composer composer = new Composer();

    @TempDir
    Path folder;

    private ComposedDocument compose(String overrideFolder) throws Exception {
        Path file = folder.resolve("convention.yaml");
        Files.writeString(file, Files.readString(MINIMALE) + "modeles: " + overrideFolder + "\n");
        Convention convention = new ConventionLoader().load(file).loadedConvention().orElseThrow();
        return composer.composeConvention(convention, SourceFile.read(file));
    }

    private Path overridden(String name) {
        return folder.toAbsolutePath().normalize().resolve("modeles").resolve(name);
    }

    private void override(String name, String template) throws Exception {
        Path file = folder.resolve("modeles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template);
    }

    @Test
    void aTemplateOfTheOverrideFolderReplacesTheNationalOne() throws Exception {
        override(TITLE_PAGE, "<p class=\"titre-document\">Convention de la Caf de l’Exemple</p>\n<nav class=\"table-des-matieres\"/>\n");
        XhtmlQuery document = XhtmlQuery.of(compose("modeles"));
        assertEquals("Convention de la Caf de l’Exemple", document.text("//h:p[@class='titre-document']"));
        assertEquals(0, document.count("//h:p[@class='sous-titre']"));
        assertEquals(14, document.count("//h:h1[starts-with(@id, 'article-')]"));
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndTheLine() throws Exception {
        override(TITLE_PAGE, "<p class=\"titre-document\">${convention.titre}</p>\n<p>${convention.inexistant}</p>\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 2, 6, 2, 27),
                "la valeur « convention.inexistant » est absente du modèle de données", null), error.diagnostic().orElseThrow());
    }

    static Stream<Arguments> markupOutsideTheContract() {
        return Stream.of(
                Arguments.of("une liste jamais fermée",
                        "<p class=\"titre-document\">Convention</p>\n<ul>\n  <li>premier point</li>\n<nav class=\"table-des-matieres\"/>\n",
                        "modèle partials/page-de-titre.ftlx, ligne 2 : la balise <ul> n’est jamais fermée (</body> arrive avant </ul>,"
                                + " modèle partials/document.ftlx, ligne 23)"),
                Arguments.of("une balise fermante qui ne ferme rien",
                        "<p class=\"titre-document\">Convention</p>\n\n<p>texte</p></ul>\n",
                        "modèle partials/page-de-titre.ftlx, ligne 3 : la balise fermante </ul> ne ferme aucune balise ouverte"
                                + " (<body> est ouverte, modèle partials/document.ftlx, ligne 21)"),
                Arguments.of("un élément hors du sous-ensemble",
                        "<p class=\"titre-document\">Convention</p>\n<p>Voir <a href=\"https://caf.fr\">le site</a></p>\n",
                        "modèle partials/page-de-titre.ftlx, ligne 2 : l’élément <a> n’est pas du sous-ensemble XHTML des documents"
                                + " (templates/XHTML.md)"),
                Arguments.of("une classe hors du sous-ensemble",
                        "<p class=\"titre-document\">${convention.titre}</p>\n\n<p class=\"centre rouge\">${convention.territoire}</p>\n",
                        "modèle partials/page-de-titre.ftlx, ligne 3 : la classe « rouge » n’est pas prévue pour <p> (templates/XHTML.md :"
                                + " centre, droite, nom, note, qualite, sous-titre, titre-document)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markupOutsideTheContract")
    void markupOutsideTheContractNamesTheTemplateAndTheLineThatWroteIt(String cas, String titlePage, String message) throws Exception {
        override(TITLE_PAGE, titlePage);
        assertEquals(message, assertThrows(CompositionException.class, () -> compose("modeles")).getMessage());
    }

    @Test
    void aHeadWithoutItsPartiesNamesTheTemplateOfTheHead() throws Exception {
        override("partials/document.ftlx", Files.readString(Path.of("../templates/partials/document.ftlx"))
                .replace("  <meta name=\"ctg:parties\" content=\"${parties?map(p -> p.nom)?join('; ')}\"/>\n", ""));
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals("modèle partials/document.ftlx, ligne 8 : l’en-tête du document n’a pas de <meta name=\"ctg:parties\" content=\"…\"/>"
                + " (templates/XHTML.md)", error.getMessage());
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndTheLine() throws Exception {
        override(TITLE_PAGE, "<p>titre</p>\n\n<#if>\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 3, 2, 3, 5), "erreur de syntaxe (#if is an existing directive,"
                + " but the tag is malformed.  (See FreeMarker Manual / Directive Reference.))", null), error.diagnostic().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "new | 40 | 44 | ${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "api | 13 | 17 | ${convention?api.getClass()}",
        "eval | 21 | 26 | ${\"convention.titre\"?eval}",
        "interpret | 50 | 60 | <#assign t = convention.fichesActions[0].contexte?interpret><@t/>",
        "new | 51 | 56 | ${\"freemarker.template.utility.ObjectConstructor\" ? new()}"})
    void aConstructThatCouldRunCodeOrConventionTextIsRefused(String construct, int column, int endColumn, String line) throws Exception {
        override(TITLE_PAGE, "<p>titre</p>\n" + line + "\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 2, column, 2, endColumn), "« ?" + construct
                + " » n’est pas autorisé dans un modèle (il pourrait exécuter du code ou le texte d’une convention)", "retirez-le du modèle"),
                error.diagnostic().orElseThrow());
    }

    @Test
    void theOverrideFolderMustStayInsideTheConventionsFolder() throws Exception {
        CompositionException error = assertThrows(CompositionException.class, () -> compose("../ailleurs"));
        assertEquals("le dossier de modèles « ../ailleurs » doit se trouver dans le dossier de la convention (" + folder.toAbsolutePath() + ")",
                error.getMessage());
    }

    @Test
    void aMissingOverrideFolderIsReported() throws Exception {
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals("le dossier de modèles « modeles » n’existe pas (" + folder.resolve("modeles").toAbsolutePath() + ")", error.getMessage());
    }
}
