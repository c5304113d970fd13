package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlesCommandTest {

    @Test
    void listsTheClauseIdsOfForcalquierWithTheirFirstWords() {
        CliRun run = CliRun.ctg("articles", "../conventions/forcalquier-2022-2024");

        assertEquals(0, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(List.of(
                "article-1        ARTICLE 1 - OBJET DE LA CONVENTION TERRITORIALE GLOBALE",
                "article-1-al-1   La présente convention vise à définir le projet stratégique global …",
                "article-1-al-2   Ce projet est établi à partir d’un diagnostic partagé tenant …"), lines.subList(0, 3));
        assertEquals(14, lines.stream().filter(line -> line.matches("article-\\d+ .*")).count());
        assertTrue(lines.contains("article-13       ARTICLE 13 - LES RECOURS"), run.out());
    }

    @Test
    void aConventionWithErrorsGivesItsDiagnosticsInstead() {
        CliRun run = CliRun.ctg("articles", "../examples/invalides/periode-trop-longue");

        assertEquals(1, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("erreur[CTG-PERIODE-MAX]"), run.err());
    }
}
