package fr.ctg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MinimaleConventionTest {

    @TempDir
    Path dossier;

    @Test
    void theMinimalConventionBreaksNoRule() {
        assertEquals(List.of(), ConventionSnippet.minimale().diagnostics(dossier));
    }

    @Test
    void theRuleTestsStartFromTheMinimalExampleAsItIs() throws IOException {
        assertEquals(Files.readString(Path.of("../examples/minimale/convention.yaml")), ConventionSnippet.MINIMALE);
    }

    @Test
    void theExampleOfThePartiesVariantsBreaksNoRuleToBeSigned() throws IOException {
        assertEquals(List.of(), ConventionSnippet.of(Files.readString(Path.of("../examples/parties-variantes/convention.yaml"))).diagnostics(dossier));
    }

    @Test
    void aDraftWithTheSameContentBreaksNoRuleEither() {
        assertEquals(List.of(), ConventionSnippet.minimale().with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }
}
