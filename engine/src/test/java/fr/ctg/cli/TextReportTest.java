package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.diagnostic.Label;
import fr.ctg.diagnostic.Position;
import fr.ctg.diagnostic.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReportTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("convention.yaml"), text);
    }

    private static String report(Diagnostic diagnostic) {
        return report(diagnostic, TerminalColours.of(false, null));
    }

    private static String report(Diagnostic diagnostic, TerminalColours colours) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            new TextReport(colours).write(diagnostic, writer);
        }
        return out.toString();
    }

    @Test
    void coloursTheSeverityAndTheUnderliningOnATerminalOnly() throws Exception {
        Path file = file("id: essai\nstatut: a_signe\n");
        Diagnostic diagnostic = new Diagnostic(Severity.WARNING, "CTG-VALEUR-INCONNUE", new Position(file, 2, 9, 2, 16), "« a_signe » inconnu",
                null, List.of(new Label(new Position(file, 1, 5, 1, 10), "ici")));

        assertEquals(file + ":2:9: \u001b[1;33mavertissement[CTG-VALEUR-INCONNUE]\u001b[0m: « a_signe » inconnu\n"
                + "   |\n"
                + " 2 | statut: a_signe\n"
                + "   |         \u001b[1;33m^^^^^^^\u001b[0m\n"
                + "   |\n"
                + " 1 | id: essai\n"
                + "   |     ----- ici\n"
                + "\n", report(diagnostic, TerminalColours.of(true, null)));
        assertEquals(report(diagnostic, TerminalColours.of(false, null)), report(diagnostic, TerminalColours.of(true, "1")));
        assertEquals(false, report(diagnostic, TerminalColours.of(false, null)).contains("\u001b"));
        assertEquals(true, report(diagnostic, TerminalColours.of(true, "")).contains("\u001b[1;33m"), "NO_COLOR vide ne compte pas");
    }

    @Test
    void coloursAnErrorInRed() throws Exception {
        Path file = file("id: essai\n");

        assertEquals(file + ":1:5: \u001b[1;31merreur[CTG-ID-DOSSIER]\u001b[0m: id\n"
                + "   |\n"
                + " 1 | id: essai\n"
                + "   |     \u001b[1;31m^^^^^\u001b[0m\n"
                + "\n", report(Diagnostic.error("CTG-ID-DOSSIER", new Position(file, 1, 5, 1, 10), "id", null), TerminalColours.of(true, null)));
    }

    @Test
    void underlinesTheWholeFaultyValue() throws Exception {
        Path file = file("id: essai\nstatut: a_signe\n");

        assertEquals(file + ":2:9: erreur[CTG-VALEUR-INCONNUE]: « a_signe » inconnu\n"
                + "   |\n"
                + " 2 | statut: a_signe\n"
                + "   |         ^^^^^^^\n"
                + "   = aide : écrivez a_signer\n"
                + "\n", report(Diagnostic.error("CTG-VALEUR-INCONNUE", new Position(file, 2, 9, 2, 16), "« a_signe » inconnu",
                "écrivez a_signer")));
    }

    @Test
    void underlinesAValueOnSeveralLinesToTheEndOfItsFirstLine() throws Exception {
        Path file = file("periode:\n  debut: 2029-01-01   \n  fin: 2028-12-31\nstatut: projet\n");

        assertEquals(file + ":2:3: erreur[CTG-PERIODE-ORDRE]: période inversée\n"
                + "   |\n"
                + " 2 |   debut: 2029-01-01   \n"
                + "   |   ^^^^^^^^^^^^^^^^^\n"
                + "\n", report(Diagnostic.error("CTG-PERIODE-ORDRE", new Position(file, 2, 3, 4, 1), "période inversée", null)));
    }

    @Test
    void showsOneCaretForAPlace() throws Exception {
        Path file = file("id: essai\n");

        assertEquals(file + ":1:1: erreur[CTG-YAML-VIDE]: vide\n"
                + "   |\n"
                + " 1 | id: essai\n"
                + "   | ^\n"
                + "\n", report(Diagnostic.error("CTG-YAML-VIDE", new Position(file, 1, 1), "vide", null)));
    }

    @Test
    void showsTheOtherPlacesInvolvedUnderlinedWithDashesAndTheirNote() throws Exception {
        Path file = file("parties:\n" + "  - id: cc\n".repeat(1) + "\n".repeat(8) + "  - id: cc\n");
        Diagnostic duplicate = new Diagnostic(Severity.ERROR, "CTG-PARTIE-DOUBLE", new Position(file, 11, 9, 11, 11), "« cc » en double",
                "changez-le", List.of(new Label(new Position(file, 2, 9, 2, 11), "première déclaration de « cc » ici")));

        assertEquals(file + ":11:9: erreur[CTG-PARTIE-DOUBLE]: « cc » en double\n"
                + "    |\n"
                + " 11 |   - id: cc\n"
                + "    |         ^^\n"
                + "    |\n"
                + "  2 |   - id: cc\n"
                + "    |         -- première déclaration de « cc » ici\n"
                + "    = aide : changez-le\n"
                + "\n", report(duplicate));
    }

    @Test
    void namesTheFileOfAPlaceInAnotherFile() throws Exception {
        Path convention = file("periode:\n  fin: 2024-12-31\n");
        Path avenant = Files.writeString(dir.resolve("avenant-01.yaml"), "date: 2025-03-01\n");
        Diagnostic late = new Diagnostic(Severity.ERROR, "CTG-AVENANT-SIGNATURE", new Position(avenant, 1, 7, 1, 17), "trop tard", null,
                List.of(new Label(new Position(convention, 2, 8, 2, 18), "fin de la convention")));

        assertEquals(avenant + ":1:7: erreur[CTG-AVENANT-SIGNATURE]: trop tard\n"
                + "   |\n"
                + " 1 | date: 2025-03-01\n"
                + "   |       ^^^^^^^^^^\n"
                + " ::: " + convention + ":2:8\n"
                + "   |\n"
                + " 2 |   fin: 2024-12-31\n"
                + "   |        ---------- fin de la convention\n"
                + "\n", report(late));
    }

    @Test
    void showsANationalTemplateFromTheEnginesJarAwayFromTheRepository() {
        Path template = Path.of("templates/convention.ftlx");

        assertEquals(template + ":6:1: erreur[CTG-MODELE]: exemple\n"
                + "   |\n"
                + " 6 | <#import \"partials/fonctions.ftlx\" as f>\n"
                + "   | ^^^^^^^^\n"
                + "\n", report(Diagnostic.inTemplate(new Position(template, 6, 1, 6, 9), "exemple", null)));
    }
}
