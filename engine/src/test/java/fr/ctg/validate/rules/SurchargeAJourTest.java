package fr.ctg.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.compose.NationalMacro;
import fr.ctg.compose.NationalMacros;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import fr.ctg.load.ConventionLoader;
import fr.ctg.validate.ConventionSnippet;
import fr.ctg.validate.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Caf's copy of a national macro, in the repository's modeles/ folder, against the national macro of today. */
class SurchargeAJourTest {

    private static final NationalMacro ARTICLE_8 = NationalMacros.byReference("partials/articles.ftlx#article8").orElseThrow();
    private static final String OLD_SHA256 = "0".repeat(64);
    private static final String MACRO = "<#macro article8>\n<h1 id=\"article-8\">ARTICLE 8 - COMMUNICATION</h1>\n</#macro>\n";

    @TempDir
    Path repository;

    private Path convention;
    private Path template;

    @BeforeEach
    void createTheRepository() throws Exception {
        Files.writeString(repository.resolve("ctg.yaml"), "# dépôt d’essai\n");
        convention = repository.resolve("conventions/minimale/convention.yaml");
        template = repository.resolve("modeles/partials/articles.ftlx").toAbsolutePath().normalize();
        Files.createDirectories(template.getParent());
    }

    private List<Diagnostic> diagnostics(String templateText) throws Exception {
        Files.writeString(template, templateText);
        ConventionSnippet.minimale().diagnosticsAt(convention);
        return new Validator(List.of(new SurchargeAJour())).validate(new ConventionLoader().load(convention));
    }

    private static Diagnostic warning(Position position, String message, String hint) {
        return new Diagnostic(Severity.WARNING, "CTG-SURCHARGE", position, message, hint, List.of());
    }

    @Test
    void aCopyOfTheNationalMacroOfTodayGetsNothing() throws Exception {
        assertEquals(List.of(), diagnostics(ARTICLE_8.copyHeader() + "\n" + MACRO));
    }

    @Test
    void aCopyOfAnOlderVersionIsToldAtItsHeaderWithHowToSeeTheNationalOne() throws Exception {
        String header = "<#-- ctg:copie-de partials/articles.ftlx#article8 sha256:" + OLD_SHA256 + " -->";
        assertEquals(List.of(warning(new Position(template, 2, 1, 2, header.length() + 1),
                "la macro nationale partials/articles.ftlx#article8 a changé depuis que « article8 » en a été copiée",
                "comparez-la à la version nationale actuelle (ctg modele voir partials/articles.ftlx#article8), reportez-y ce qui a changé,"
                        + " puis remplacez cet en-tête par <#-- ctg:copie-de partials/articles.ftlx#article8 sha256:" + ARTICLE_8.sha256() + " -->")),
                diagnostics("<#-- Article 8 de la Caf -->\n" + header + "\n" + MACRO));
    }

    @Test
    void aMacroReplacingANationalOneWithoutItsHeaderIsToldAtItsDefinition() throws Exception {
        assertEquals(List.of(warning(new Position(template, 1, 1, 1, 17),
                "la macro « article8 » remplace la macro nationale partials/articles.ftlx#article8 sans dire de quelle version elle a été"
                        + " copiée : un changement du modèle national passerait inaperçu",
                "si elle part de la version nationale actuelle, faites-la précéder de l’en-tête " + ARTICLE_8.copyHeader()
                        + " (celui qu’écrit ctg modele copier)")), diagnostics(MACRO));
    }

    @Test
    void aCopyOfANationalMacroThatIsNoMoreIsTold() throws Exception {
        String header = "<#-- ctg:copie-de partials/articles.ftlx#article15 sha256:" + OLD_SHA256 + " -->";
        assertEquals(List.of(warning(new Position(template, 1, 1, 1, header.length() + 1),
                "la macro nationale partials/articles.ftlx#article15 dont « article15 » est la copie n’existe plus",
                "retirez cette macro, ou copiez celle qui la remplace (ctg modele liste les nomme)")),
                diagnostics(header + "\n<#macro article15>\n</#macro>\n"));
    }

    @Test
    void aMacroOfTheCafsOwnIsNoneOfTheRulesBusiness() throws Exception {
        assertEquals(List.of(), diagnostics("<#macro mentionCaf>\n<p>Caf de l’Exemple</p>\n</#macro>\n"));
    }
}
