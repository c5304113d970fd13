package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.generate.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsTheShareDoneWithAnArrowHead() {
        assertEquals("[=========>                    ] 37/120 conventions", ProgressBar.line(37, 120));
        assertEquals("[>                             ] 0/3 conventions", ProgressBar.line(0, 3));
        assertEquals("[==============================] 3/3 conventions", ProgressBar.line(3, 3));
    }

    @Test
    void redrawsOneLineAndPrintsProblemsAboveIt() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        ProgressBar bar = new ProgressBar(outWriter, new OutcomeMessages(outWriter, new PrintWriter(err)));
        Path file = Path.of("b/convention.yaml");

        bar.start(2);
        bar.finished(new Outcome.Produced(Path.of("a/convention.yaml"), "a", Path.of("out/a/convention.pdf"), Path.of("out/a/convention.docx"), List.of(), List.of()), 1, 2);
        bar.finished(new Outcome.Failed(file, "modèle introuvable"), 2, 2);

        String empty = "[>                             ] 0/2 conventions";
        String half = "[===============>              ] 1/2 conventions";
        assertEquals("\r" + empty + "\r" + half + "\r" + " ".repeat(half.length()) + "\r"
                + "\r[==============================] 2/2 conventions\n", out.toString());
        assertEquals("b/convention.yaml : non produite : modèle introuvable\n", err.toString());
    }

    @Test
    void anUpToDateConventionOnlyMovesTheBar() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        ProgressBar bar = new ProgressBar(outWriter, new OutcomeMessages(outWriter, new PrintWriter(err)));

        bar.start(1);
        bar.finished(new Outcome.UpToDate(Path.of("a/convention.yaml"), "a", Path.of("out/a")), 1, 1);

        assertEquals("\r[>                             ] 0/1 conventions\r[==============================] 1/1 conventions\n", out.toString());
        assertEquals("", err.toString());
    }
}
