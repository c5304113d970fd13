package fr.ctg.compose;

import fr.ctg.load.SourceFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A Caf's override folder ("modeles: modeles" in the convention) replaces templates by name, within limits. */
class TemplateOverrideTest {

    private static final Path MINIMALE = Path.of("../examples/minimale/convention.yaml");
    private static final String TITLE_PAGE = "partials/page-de-titre.ftlx";

    private final Composer composer = new Composer();

    @TempDir
    Path folder;

    private String compose(String overrideFolder) throws Exception {
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
        ComposedDocument document = ComposedDocument.parse(compose("modeles"));
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
