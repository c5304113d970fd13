package fr.ctg.generate.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.write.AtomicOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputRecordTest {

    @TempDir
    Path dir;

    @Test
    void isAFileOfTheInputsThenEachDocumentInNameOrder() {
        AtomicOutput.Output output = new OutputRecord("abc123", Map.of("convention.pdf", "3-a-b", "avenant-01.pdf", "4-c-d")).output(dir);

        assertEquals(dir.resolve(".ctg-empreintes"), output.file());
        assertEquals("""
                # Écrit par « ctg generer » : l’empreinte des entrées des documents de ce dossier, puis celle de chacun. Supprimé, les documents sont refaits.
                entrees abc123
                avenant-01.pdf 4-c-d
                convention.pdf 3-a-b
                """, new String(output.content(), StandardCharsets.UTF_8));
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        OutputRecord record = new OutputRecord("abc123", Map.of("convention.pdf", "3-a-b", "convention.docx", "4-c-d"));
        AtomicOutput.write(record.output(dir).file(), record.output(dir).content());

        assertEquals(Optional.of(record), OutputRecord.read(dir));
    }

    @Test
    void describesItsFolderWhileTheInputsAndEveryDocumentAreTheSame() throws IOException {
        byte[] pdf = "le PDF".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("convention.pdf"), pdf);
        OutputRecord record = new OutputRecord("abc123", Map.of("convention.pdf", OutputRecord.check(pdf)));

        assertTrue(record.describes(dir, "abc123"));
        assertFalse(record.describes(dir, "abc124"));
        Files.writeString(dir.resolve("convention.pdf"), "le PDG");
        assertFalse(record.describes(dir, "abc123"));
        Files.delete(dir.resolve("convention.pdf"));
        assertFalse(record.describes(dir, "abc123"));
    }

    @Test
    void aRecordThatCannotBeReadAsSuchIsNone() throws IOException {
        assertEquals(Optional.empty(), OutputRecord.read(dir));
        for (String text : new String[] {"convention.pdf 3-a-b\n", "entrees abc\nconvention.pdf\n", "entrees abc\n../convention.pdf 3-a-b\n",
                "entrees abc\n/etc/passwd 3-a-b\n", "entrees a b\n"}) {
            Files.writeString(dir.resolve(".ctg-empreintes"), text);
            assertEquals(Optional.empty(), OutputRecord.read(dir), text);
        }
    }
}
