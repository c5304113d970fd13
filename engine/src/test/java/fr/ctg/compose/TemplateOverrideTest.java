package fr.ctg.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        return compose(overrideFolder, composer);
    }

    private ComposedDocument compose(String overrideFolder, Composer with) throws Exception {
        Path file = folder.resolve("convention.yaml");
        Files.writeString(file, Files.readString(MINIMALE) + "modeles: " + overrideFolder + "\n");
        Convention convention = new ConventionLoader().load(file).loadedConvention().orElseThrow();
        return with.composeConvention(convention, SourceFile.read(file));
    }

    private Path overridden(String name) {
        return folder.toAbsolutePath().normalize().resolve("modeles").resolve(name);
    }

    /** An override of the title page alone: the macro pageDeTitre, whose body starts on line 2. */
    private void overrideTitlePage(String body) throws Exception {
        override(TITLE_PAGE, "<#macro pageDeTitre>\n" + body + "</#macro>\n");
    }

    private void override(String name, String template) throws Exception {
        Path file = folder.resolve("modeles").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, template);
    }

    @Test
    void aMacroOfTheOverrideFolderReplacesTheNationalOneAndNothingElse() throws Exception {
        overrideTitlePage("<p class=\"titre-document\">Convention de la Caf de l’Exemple</p>\n<nav class=\"table-des-matieres\"/>\n");
        XhtmlQuery document = XhtmlQuery.of(compose("modeles"));
        assertEquals("Convention de la Caf de l’Exemple", document.text("//h:p[@class='titre-document']"));
        assertEquals(0, document.count("//h:p[@class='sous-titre']"));
        assertEquals(14, document.count("//h:h1[starts-with(@id, 'article-')]"));
    }

    /** The document's text from the heading of article 8 to the heading of article 9. */
    private static String article8(String document) {
        return document.substring(document.indexOf("<h1 id=\"article-8\""), document.indexOf("<h1 id=\"article-9\""));
    }

    @Test
    void anArticleMacroChangesThatArticleAndNothingElse() throws Exception {
        Files.createDirectories(folder.resolve("modeles"));
        String national = XhtmlQuery.serialized(compose("modeles"));
        override("partials/articles.ftlx", "<#-- l’article 8 de la Caf -->\n\n<#macro article8>\n<h1 id=\"article-8\">ARTICLE 8 - COMMUNICATION</h1>\n"
                + "<p id=\"article-8-al-1\">Les supports portent le logo de ${caf.nom}.</p>\n</#macro>\n\n");

        String overridden = XhtmlQuery.serialized(compose("modeles"));

        assertTrue(article8(overridden).contains(">Les supports portent le logo de Caisse d’allocations familiales"), article8(overridden));
        assertEquals(national.replace(article8(national), article8(overridden)), overridden);
    }

    @Test
    void whatAnOverrideTemplateHoldsOutsideItsDefinitionsIsRefusedAtItsPlace() throws Exception {
        override(TITLE_PAGE, "<#-- la page de titre de la Caf -->\n<#macro pageDeTitre>\n</#macro>\n\n  <p>reste</p>\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 5, 3, 5, 15), "un modèle de la Caf ne contient que des"
                + " définitions (#macro, #function) et des commentaires : « <p>reste</p> » est en dehors d’une définition",
                "placez ce texte dans la macro qu’il change, du même nom que la macro nationale (ctg modele liste les nomme)"),
                error.diagnostic().orElseThrow());
    }

    @Test
    void aTemplateErrorNamesTheTemplateAndTheLine() throws Exception {
        overrideTitlePage("<p class=\"titre-document\">${convention.titre}</p>\n<p>${convention.inexistant}</p>\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 3, 6, 3, 27),
                "la valeur « convention.inexistant » est absente du modèle de données", null), error.diagnostic().orElseThrow());
    }

    private static final Path NATIONAL_DOCUMENT = Path.of("templates/partials/document.ftlx");

    static Stream<Arguments> markupOutsideTheContract() {
        return Stream.of(
                Arguments.of("une liste jamais fermée",
                        "<p class=\"titre-document\">Convention</p>\n<ul>\n  <li>premier point</li>\n<nav class=\"table-des-matieres\"/>\n",
                        3, 1, 5, "la balise <ul> n’est jamais fermée (</body> arrive avant </ul>)", "fermez la balise <ul> par </ul> avant </body>",
                        List.of(new Label(new Position(NATIONAL_DOCUMENT, 23, 1, 23, 8), "</body> arrive ici"))),
                Arguments.of("une balise fermante qui ne ferme rien",
                        "<p class=\"titre-document\">Convention</p>\n\n<p>texte</p></ul>\n",
                        4, 13, 18, "la balise fermante </ul> ne ferme aucune balise ouverte (<body> est ouverte)",
                        "retirez cette balise fermante, ou ouvrez <ul> avant elle",
                        List.of(new Label(new Position(NATIONAL_DOCUMENT, 21, 1, 21, 7), "<body> est ouverte ici"))),
                Arguments.of("un élément hors du sous-ensemble",
                        "<p class=\"titre-document\">Convention</p>\n<p>Voir <a href=\"https://caf.fr\">le site</a></p>\n",
                        3, 9, 34, "l’élément <a> n’est pas du sous-ensemble XHTML des documents (templates/XHTML.md)",
                        "remplacez cet élément par l’un de ceux de templates/XHTML.md : h1, h2, h3, p, strong, em, br, ul, ol, li, table,"
                                + " colgroup, col, thead, tbody, tr, th, td, nav, div", List.of()),
                Arguments.of("une classe hors du sous-ensemble",
                        "<p class=\"titre-document\">${convention.titre}</p>\n\n<p class=\"centre rouge\">${convention.territoire}</p>\n",
                        4, 1, 25, "la classe « rouge » n’est pas prévue pour <p> (templates/XHTML.md : centre, droite, nom, note, qualite,"
                                + " sous-titre, titre-document)", "retirez la classe « rouge », ou remplacez-la par l’une de celles-ci", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("markupOutsideTheContract")
    void markupOutsideTheContractIsBlamedOnTheTagOfTheTemplateThatWroteIt(String cas, String titlePage, int line, int column, int endColumn,
            String message, String hint, List<Label> labels) throws Exception {
        overrideTitlePage(titlePage);
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(new Diagnostic(Severity.ERROR, Diagnostic.TEMPLATE_CODE, new Position(overridden(TITLE_PAGE), line, column, line, endColumn),
                message, hint, labels), error.diagnostic().orElseThrow());
    }

    /** The composition with an override of partials/document.ftlx, the national frame with one change. */
    private CompositionException refusedWithTheFrameChanged(String national, String replacement) throws Exception {
        override("partials/document.ftlx", Files.readString(Path.of("../templates/partials/document.ftlx")).replace(national, replacement));
        return assertThrows(CompositionException.class, () -> compose("modeles"));
    }

    @Test
    void aHeadWithoutItsPartiesIsBlamedOnTheHeadOfTheTemplate() throws Exception {
        CompositionException error = refusedWithTheFrameChanged("  <meta name=\"ctg:parties\" content=\"${parties?map(p -> p.nom)?join('; ')}\"/>\n", "");
        assertEquals(Diagnostic.inTemplate(new Position(overridden("partials/document.ftlx"), 8, 1, 8, 7),
                "l’en-tête du document n’a pas de <meta name=\"ctg:parties\" content=\"…\"/> (templates/XHTML.md)", "ajoutez-la dans <head>"),
                error.diagnostic().orElseThrow());
    }

    @Test
    void aBadDateIsBlamedOnItsMetaEvenWhenAnInterpolationWritesIt() throws Exception {
        CompositionException error = refusedWithTheFrameChanged("content=\"${date}\"", "content=\"le ${date}\"");
        assertEquals(Diagnostic.inTemplate(new Position(overridden("partials/document.ftlx"), 13, 3, 13, 47),
                "la date du document (ctg:date) n’est pas une date AAAA-MM-JJ : « le 2023-12-15 »",
                "écrivez-la sous la forme AAAA-MM-JJ, par exemple 2024-01-31"), error.diagnostic().orElseThrow());
    }

    @Test
    void aSyntaxErrorNamesTheTemplateAndTheLine() throws Exception {
        overrideTitlePage("<p>titre</p>\n\n<#if>\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 4, 2, 4, 5), "erreur de syntaxe (#if is an existing directive,"
                + " but the tag is malformed.  (See FreeMarker Manual / Directive Reference.))", null), error.diagnostic().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "new | 41 | 44 | ${\"freemarker.template.utility.Execute\"?new()(\"id\")}",
        "api | 14 | 17 | ${convention?api.getClass()}",
        "eval | 22 | 26 | ${\"convention.titre\"?eval}",
        "interpret | 51 | 60 | <#assign t = convention.fichesActions[0].contexte?interpret><@t/>",
        "new | 53 | 56 | ${\"freemarker.template.utility.ObjectConstructor\" ? new()}",
        "eval | 17 | 21 | ${\"1+1\"?<#-- -->eval}",
        "interpret | 41 | 50 | <#if false>${convention.titre?<#-- ? -->interpret}</#if>"})
    void aConstructThatCouldRunCodeOrConventionTextIsRefused(String construct, int column, int endColumn, String line) throws Exception {
        overrideTitlePage("<p>titre</p>\n" + line + "\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 3, column, 3, endColumn), "« ?" + construct
                + " » n’est pas autorisé dans un modèle (il pourrait exécuter du code ou le texte d’une convention)", "retirez-le du modèle"),
                error.diagnostic().orElseThrow());
    }

    /** ${.now} gave new bytes on every run. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "6 | 10 | <p>${.now}</p>",
        "7 | 11 | <p>${(.now)?string(\"yyyy\")}</p>"})
    void theClockIsRefused(int column, int endColumn, String line) throws Exception {
        overrideTitlePage("<p>titre</p>\n" + line + "\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 3, column, 3, endColumn), "« .now » n’est pas autorisé dans un"
                + " modèle (l’heure change à chaque exécution, et un document reste le même d’une génération à l’autre)", "retirez-le du modèle"),
                error.diagnostic().orElseThrow());
    }

    /** A character no font of the PDF has printed « # » there, and the DOCX kept it: the template is refused at the character. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 | 11 | <p>titre ✓ ①</p>\\n<p>Maison 中 des familles</p>",
        "1 | 15 | <p>${1 + 1} à 中</p>"})
    void aCharacterNoFontHasIsRefusedWhereTheTemplateWritesIt(int line, int column, String titlePage) throws Exception {
        override(TITLE_PAGE, titlePage.replace("\\n", "\n") + "\n");
        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), line, column, line, column + 1), "« U+4E2D (CJK UNIFIED IDEOGRAPHS"
                + " 4E2D) » n’est pas autorisé dans un modèle (aucune police du PDF n’a ce caractère : le PDF imprimerait « # » à sa place,"
                + " le DOCX le garderait)", "retirez-le du modèle"), error.diagnostic().orElseThrow());
    }

    /** The functions object printed its identity hash, new on every run; now the same words every time. */
    @Test
    void anObjectWithoutATextOfItsOwnPrintsTheSameWordsOnEveryRun() throws Exception {
        overrideTitlePage("<p>titre</p>\n<p>${fr}</p>\n");
        assertTrue(XhtmlQuery.serialized(compose("modeles")).contains("<p>[toString not exposed]</p>"));
    }

    /** What composing with this title page, held to these limits, is refused with. */
    private Diagnostic stoppedWithin(TemplateLimits limits, String titlePage) throws Exception {
        overrideTitlePage(titlePage);
        Composer limited = new Composer(limits);
        return assertThrows(CompositionException.class, () -> compose("modeles", limited)).diagnostic().orElseThrow();
    }

    private Diagnostic limitHitInTheTitlePage(int line, int column, String message, String advice, String property) {
        return Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), line, column), message,
                advice + " ; la limite se règle par -Dctg.modeles." + property);
    }

    @Test
    void aLoopThatWritesNothingStopsAtTheTimeLimitEvenInAnAttempt() throws Exception {
        TemplateLimits oneSecond = new TemplateLimits(TemplateLimits.DEFAULT_MAX_CHARACTERS, Duration.ofSeconds(1), TemplateLimits.DEFAULT_MAX_DEPTH);
        long start = ThreadCpuClock.nanos();
        assertEquals(limitHitInTheTitlePage(3, 11, "la composition du document dure plus de 1\u00a0s : une boucle ne finit sans doute jamais",
                "vérifiez les bornes des boucles (#list) de ce modèle", "secondes-max"),
                stoppedWithin(oneSecond, "<p>titre</p>\n<#attempt><#list 1..2000000000 as i></#list><#recover></#attempt>\n"));
        assertTrue(Duration.ofNanos(ThreadCpuClock.nanos() - start).compareTo(Duration.ofSeconds(5)) < 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "un modèle qui écrit sans fin | <#list 1..100000000 as i>x</#list> | 3 | 26"
                + " | le document composé dépasse 10\u202f000\u202f000 caractères (une convention de 30 pages en compte environ 300\u202f000)"
                + " | vérifiez les bornes des boucles (#list) de ce modèle | caracteres-max",
        "une macro qui s’appelle sans fin, avant que la pile ne déborde, à sa définition | <@pageDeTitre/> | 1 | 1"
                + " | plus de 1\u202f000 éléments de modèle imbriqués : une macro ou une fonction s’appelle sans doute elle-même sans fin"
                + " | donnez à la macro une condition d’arrêt | profondeur-max"})
    void aTemplateWithoutEndStopsAtTheLimitItHits(String cas, String body, int line, int column, String message, String advice,
            String property) throws Exception {
        assertEquals(limitHitInTheTitlePage(line, column, message, advice, property),
                stoppedWithin(TemplateLimits.configured(), "<p>titre</p>\n" + body + "\n"));
    }

    /** These gave « erreur interne inattendue » (OutOfMemoryError, StackOverflowError): a value built, never written. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "une chaîne démesurée | ${\"x\"?left_pad(2147483647)}"
                + " | le modèle demande plus de mémoire que la JVM n’en a : il construit une valeur démesurée",
        "du JSON imbriqué 100 000 fois | ${(\"[\"?left_pad(100000, \"[\"))?eval_json?size}"
                + " | la pile d’appels a débordé : une valeur imbriquée trop profondément ou une fonction qui s’appelle sans fin"})
    void aValueTooBigForTheMemoryOrTooDeepForTheStackStopsAtItsElement(String cas, String line, String message) throws Exception {
        assertEquals(Diagnostic.inTemplate(new Position(overridden(TITLE_PAGE), 3, 1), message,
                "bornez les valeurs que ce modèle construit (longueurs, répétitions, imbrication)"),
                stoppedWithin(TemplateLimits.configured(), "<p>titre</p>\n" + line + "\n"));
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

    /** A pipe would block the composer for ever, waiting for a writer; it used to be skipped without a word. */
    @Test
    void aTemplateThatIsNotAnOrdinaryFileIsRefusedByName() throws Exception {
        Path pipe = overridden("partials/articles.ftlx");
        Files.createDirectories(pipe.getParent());
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo indisponible");

        CompositionException error = assertThrows(CompositionException.class, () -> compose("modeles"));
        assertEquals("le modèle " + pipe + " n’est pas un fichier ordinaire (tube, périphérique ou lien vers rien) :"
                + " remplacez-le par un fichier .ftlx, ou retirez-le du dossier", error.getMessage());
    }
}
