package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdDossierTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnIdThatIsNotTheFolderName() {
        assertEquals(List.of("2:5: erreur[CTG-ID-DOSSIER]: l’identifiant « minimale » n’est pas le nom du dossier qui contient le fichier"
                + " (« forcalquier-2022-2024 ») | écrivez « id: forcalquier-2022-2024 », ou renommez le dossier en « minimale »"),
                minimale().diagnosticsAt(dossier.resolve("forcalquier-2022-2024").resolve("convention.yaml")));
    }
}
