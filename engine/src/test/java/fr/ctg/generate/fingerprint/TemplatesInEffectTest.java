package fr.ctg.generate.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesInEffectTest {

    @TempDir
    Path dir;

    @Test
    void theNationalSetAloneHasTheFingerprintOfItsFiles() throws IOException {
        Manifest national = new Manifest().files(Path.of("../templates"), "templates/");

        assertEquals(new Manifest().line("national", national.digest()).digest(), TemplatesInEffect.check(List.of()));
    }

    @Test
    void eachOverrideFolderCountsInItsOrder() throws IOException {
        Path caf = Files.createDirectories(dir.resolve("caf"));
        Path convention = Files.createDirectories(dir.resolve("convention"));
        Files.writeString(caf.resolve("convention.ftlx"), "<p>Caf</p>");
        Files.writeString(convention.resolve("convention.ftlx"), "<p>convention</p>");
        String inOrder = TemplatesInEffect.check(List.of(caf, convention));

        assertNotEquals(TemplatesInEffect.check(List.of()), inOrder);
        assertNotEquals(inOrder, TemplatesInEffect.check(List.of(convention, caf)));
        assertEquals(inOrder, TemplatesInEffect.check(List.of(caf, convention)));
        Files.writeString(caf.resolve("style.css"), "p { margin: 0 }");
        assertNotEquals(inOrder, TemplatesInEffect.check(List.of(caf, convention)));
    }
}
