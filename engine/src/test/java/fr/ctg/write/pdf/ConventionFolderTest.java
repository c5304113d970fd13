package fr.ctg.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionFolderTest {

    @TempDir
    Path temp;

    @Test
    void findsAFileOfTheFolder() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("convention/deliberations"));
        Path file = Files.writeString(folder.resolve("cc.pdf"), "%PDF");

        Optional<Path> found = new ConventionFolder(temp.resolve("convention")).existingFile("deliberations/cc.pdf");

        assertEquals(Optional.of(file.toRealPath()), found);
    }

    @Test
    void aMissingFileIsNoError() throws Exception {
        Files.createDirectories(temp.resolve("convention"));

        assertEquals(Optional.empty(), new ConventionFolder(temp.resolve("convention")).existingFile("absent.pdf"));
    }

    @Test
    void refusesToClimbOutOfTheFolder() throws Exception {
        Files.createDirectories(temp.resolve("convention"));
        Files.writeString(temp.resolve("secret.pdf"), "%PDF");
        ConventionFolder folder = new ConventionFolder(temp.resolve("convention"));

        PdfWriteException refused = assertThrows(PdfWriteException.class, () -> folder.existingFile("../secret.pdf"));

        assertEquals("Le chemin « ../secret.pdf » ne doit pas remonter hors du dossier de la convention "
                + "(« .. » refusé).", refused.getMessage());
    }

    @Test
    void refusesAnAbsolutePath() throws Exception {
        Files.createDirectories(temp.resolve("convention"));
        ConventionFolder folder = new ConventionFolder(temp.resolve("convention"));
        String absolute = temp.resolve("secret.pdf").toString();

        PdfWriteException refused = assertThrows(PdfWriteException.class, () -> folder.existingFile(absolute));

        assertEquals("Le chemin « " + absolute + " » doit être relatif au dossier de la convention "
                + "(chemin absolu refusé).", refused.getMessage());
    }

    @Test
    void refusesASymbolicLinkLeadingOutOfTheFolder() throws Exception {
        Path convention = Files.createDirectories(temp.resolve("convention"));
        Path secret = Files.writeString(temp.resolve("secret.pdf"), "%PDF");
        Files.createSymbolicLink(convention.resolve("lien.pdf"), secret);
        ConventionFolder folder = new ConventionFolder(convention);

        PdfWriteException refused = assertThrows(PdfWriteException.class, () -> folder.existingFile("lien.pdf"));

        assertEquals("Le chemin « lien.pdf » mène, par un lien symbolique, hors du dossier de la convention : "
                + "refusé.", refused.getMessage());
    }

    @Test
    void refusesAMissingFolder() {
        Path missing = temp.resolve("absente");

        PdfWriteException refused = assertThrows(PdfWriteException.class, () -> new ConventionFolder(missing));

        assertEquals("Le dossier de la convention « " + missing + " » est introuvable.", refused.getMessage());
    }
}
