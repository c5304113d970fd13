package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import fr.ctg.generate.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchSummaryTest {

    private static final Path A = Path.of("a/convention.yaml");
    private static final Path B = Path.of("b/convention.yaml");
    private static final Path C = Path.of("c/convention.yaml");

    @Test
    void countsInFrenchAndGivesEachFailureItsFirstError() {
        Diagnostic warning = new Diagnostic(Severity.WARNING, "CTG-AVERTI", new Position(B, 2, 1), "à revoir", null);
        Diagnostic error = Diagnostic.error("CTG-PERIODE-MAX", new Position(B, 7, 3), "période trop longue", null);
        Diagnostic later = Diagnostic.error("CTG-AUTRE", new Position(B, 9, 1), "autre", null);
        List<Outcome> outcomes = List.of(
                new Outcome.Produced(A, "a", Path.of("o/a/convention.pdf"), Path.of("o/a/convention.docx"), List.of(), List.of()),
                new Outcome.Rejected(B, List.of(warning, error, later), List.of()),
                new Outcome.Failed(C, "modèle introuvable"),
                new Outcome.Unreadable(Path.of("d"), "le fichier d n’existe pas"));

        assertEquals("1 convention produite, 3 en échec, en 4,2 s\n"
                + "  b/convention.yaml:7:3: erreur[CTG-PERIODE-MAX]: période trop longue\n"
                + "  c/convention.yaml : modèle introuvable\n"
                + "  le fichier d n’existe pas\n", summary(outcomes, Duration.ofMillis(4249)));
    }

    @Test
    void usesThePluralFromTwo() {
        Outcome.Produced a = new Outcome.Produced(A, "a", A, A, List.of(), List.of());

        assertEquals("0 convention produite, 0 en échec, en 0,0 s\n", summary(List.of(), Duration.ZERO));
        assertEquals("2 conventions produites, 0 en échec, en 12,1 s\n", summary(List.of(a, a), Duration.ofMillis(12_060)));
    }

    @Test
    void countsTheConventionsUpToDateWhenThereAreAny() {
        Outcome.Produced a = new Outcome.Produced(A, "a", A, A, List.of(), List.of());
        Outcome.UpToDate b = new Outcome.UpToDate(B, "b", Path.of("o/b"));

        assertEquals("1 convention produite, 2 à jour, 0 en échec, en 0,3 s\n", summary(List.of(a, b, b), Duration.ofMillis(300)));
        assertEquals("0 convention produite, 1 à jour, 1 en échec, en 0,3 s\n  le fichier d n’existe pas\n",
                summary(List.of(b, new Outcome.Unreadable(Path.of("d"), "le fichier d n’existe pas")), Duration.ofMillis(300)));
    }

    private static String summary(List<Outcome> outcomes, Duration elapsed) {
        StringWriter out = new StringWriter();
        BatchSummary.write(outcomes, elapsed, new PrintWriter(out));
        return out.toString();
    }
}
