package fr.ctg.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dossier;

    @Test
    void remplace_le_fichier_sans_laisser_de_fichier_temporaire() throws IOException {
        Path cible = dossier.resolve("sortie/convention.pdf");
        AtomicOutput.write(cible, new byte[] {1, 2, 3});
        AtomicOutput.write(cible, new byte[] {4, 5});

        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(cible));
        try (Stream<Path> fichiers = Files.list(cible.getParent())) {
            assertEquals(1, fichiers.count());
        }
    }

    /** A full disk once left a new PDF beside the old DOCX while saying « non produite ». */
    @Test
    void aSetIsWrittenWholeOrNotAtAll() throws IOException {
        Path pdf = dossier.resolve("sortie/convention.pdf");
        Path docx = dossier.resolve("sortie/convention.docx");
        AtomicOutput.writeAll(List.of(new AtomicOutput.Output(pdf, new byte[] {1}), new AtomicOutput.Output(docx, new byte[] {2})));
        Files.delete(docx);
        Files.createDirectories(docx);

        IOException failure = assertThrows(IOException.class, () -> AtomicOutput.writeAll(List.of(new AtomicOutput.Output(pdf, new byte[] {3}),
                new AtomicOutput.Output(docx, new byte[] {4}))));

        assertEquals(docx + " est un dossier", failure.getMessage());
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(pdf));
        try (Stream<Path> fichiers = Files.list(pdf.getParent())) {
            assertEquals(List.of("convention.docx", "convention.pdf"), fichiers.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aDeviceIsWrittenToAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull), "pas de /dev/null sur cette machine");

        AtomicOutput.write(devNull, new byte[] {1, 2, 3});

        assertFalse(Files.isRegularFile(devNull));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetIsReplaced() throws IOException {
        Path target = dossier.resolve("vrai.ics");
        Path link = Files.createSymbolicLink(dossier.resolve("lien.ics"), Path.of("vrai.ics"));

        AtomicOutput.write(link, new byte[] {1});
        AtomicOutput.write(link, new byte[] {2});

        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(target));
    }

    @Test
    void removesTheTemporariesOfAWriterThatIsGoneAndKeepsThoseOfALiveOne() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path cible = dossier.resolve("convention.pdf");
        Path abandoned = Files.writeString(dossier.resolve(".convention.pdf." + gone.pid() + ".abc.partiel"), "moitié");
        Path inProgress = Files.writeString(dossier.resolve(".convention.pdf." + ProcessHandle.current().pid() + ".def.partiel"), "en cours");
        Path otherTarget = Files.writeString(dossier.resolve(".convention.docx." + gone.pid() + ".abc.partiel"), "autre");

        AtomicOutput.write(cible, new byte[] {1});

        assertEquals(false, Files.exists(abandoned));
        assertEquals(true, Files.exists(inProgress));
        assertEquals(true, Files.exists(otherTarget));
    }
}
