package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.validate.ConventionSnippet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs, the corpus and the inputs too big to commit, run by {@code ctg} in a JVM of its own with a
 * small heap: each command ends within its time budget, with an exit code and French messages, never an
 * OutOfMemoryError or a stack trace. A hang fails the test instead of the build hanging.
 */
class ResourceBudgetTest {

    private static final List<String> SMALL_JVM = List.of("-Xmx256m", "-Dctg.modeles.secondes-max=5");
    private static final Duration BUDGET = Duration.ofSeconds(150);
    private static final Set<Integer> EXIT_CODES = Set.of(0, 1, 2);

    @TempDir
    static Path dir;

    private static Path generated;

    @BeforeAll
    static void makeTheInputsTooBigToCommit() throws IOException {
        generated = Files.createDirectories(dir.resolve("fabriques"));
        write("paragraphe-1-mo", TooBigToCommit.oneMegabyteParagraph().text());
        write("alias-texte", TooBigToCommit.aliasesRepeatingALongText().text());
        write("montant-espaces", TooBigToCommit.amountWithALongRunOfSpaces().text());
        withTemplate("modele-boucle-sans-fin", "<#list 1..2000000000 as i><#list 1..2000000000 as j></#list></#list>");
        withTemplate("modele-sortie-enorme", "<#list 1..100000000 as i>${convention.titre}</#list>");
        withTemplate("modele-recursion", "<@pageDeTitre/>");
        withTemplate("modele-imbrication", "<#list 1..20000 as i><div></#list>x<#list 1..20000 as i></div></#list>");
        withDeliberation("deliberation-4-go", DecompressionBombs.imageExpandingToGigabytes());
        withDeliberation("deliberation-pixels", DecompressionBombs.imageOfTenBillionPixels());
        // values built and never written, once an OutOfMemoryError or a StackOverflowError (« erreur interne »)
        withTemplate("modele-chaine-demesuree", "${\"x\"?left_pad(2000000000)}");
        withTemplate("modele-json-profond", "${(\"[\"?left_pad(100000, \"[\"))?eval_json?size}");
    }

    /** A convention whose deliberation is the PDF {@code pdf}. */
    private static void withDeliberation(String id, byte[] pdf) throws IOException {
        String line = "    numero: 2023-112\n";
        Path file = write(id, ConventionSnippet.minimale().with(line, line + "    fichier: deliberation.pdf\n").text());
        Files.write(file.resolveSibling("deliberation.pdf"), pdf);
    }

    private static Path write(String id, String convention) throws IOException {
        Path file = Files.createDirectories(generated.resolve(id)).resolve("convention.yaml");
        Files.writeString(file, convention.replaceFirst("(?m)^id: minimale$", "id: " + id), StandardCharsets.UTF_8);
        return file;
    }

    /** A convention whose own title page (its macro pageDeTitre) does {@code body}. */
    private static void withTemplate(String id, String body) throws IOException {
        Path file = write(id, ConventionSnippet.minimale().append("modeles: modeles\n").text());
        Path template = Files.createDirectories(file.resolveSibling("modeles/partials")).resolve("page-de-titre.ftlx");
        Files.writeString(template, "<#macro pageDeTitre>\n<p class=\"titre-document\">${convention.titre}</p>\n" + body + "\n</#macro>\n",
                StandardCharsets.UTF_8);
    }

    private static void assertClean(ChildCtg.Result result, String what) {
        assertTrue(EXIT_CODES.contains(result.exitCode()), what + " : code de sortie " + result.exitCode() + "\n" + result.all());
        for (String forbidden : List.of("OutOfMemoryError", "StackOverflowError", "Exception", "\tat ", "erreur interne")) {
            assertFalse(result.all().contains(forbidden), what + " : « " + forbidden + " »\n" + result.all());
        }
    }

    @Test
    void generatingEveryHostileInputEndsInTimeInASmallHeap() throws Exception {
        // the corpus itself is generated in this JVM by NoStackTraceTest: here, what only a small heap can show
        ChildCtg.Result result = ChildCtg.run(dir, BUDGET, SMALL_JVM, "generer", generated.toString(), "-o", dir.resolve("sortie").toString());

        assertClean(result, "generer");
        for (String refused : List.of("alias-texte", "montant-espaces", "modele-boucle-sans-fin", "modele-sortie-enorme", "modele-recursion",
                "modele-imbrication", "deliberation-4-go", "deliberation-pixels", "modele-chaine-demesuree", "modele-json-profond")) {
            assertTrue(result.err().contains(generated.resolve(refused).resolve("convention.yaml") + " : non produite"), refused + "\n" + result.err());
        }
        assertTrue(Files.isRegularFile(dir.resolve("sortie/paragraphe-1-mo/convention.pdf")), result.all());
        // refused for what their title page does, not for how it is written
        assertFalse(result.err().contains("en dehors d’une définition"), result.err());
    }

    @Test
    void validatingEveryHostileInputEndsInTimeInASmallHeap() throws Exception {
        // /dev/zero has no end: read, it would fill any heap
        assertClean(ChildCtg.run(dir, BUDGET, SMALL_JVM, "valider", HostileCase.CORPUS.toAbsolutePath().toString(), generated.toString(),
                "/dev/zero"), "valider");
    }
}
