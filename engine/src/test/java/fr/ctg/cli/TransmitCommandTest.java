package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.ctg.actes.SignedForcalquier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransmitCommandTest {

    private static final String BASE = "004-240400440-20221109-CTG_2022-CC-1-1";

    @TempDir
    Path temp;

    @TempDir
    Path certificates;

    @Test
    void writesTheArchiveIntoTheOutputFolderAndListsWhatItHolds() throws Exception {
        Path convention = SignedForcalquier.recorded(temp, certificates);
        Path output = temp.resolve("envoi");

        CliRun run = ctg("transmettre", convention.getParent().toString(), "-o", output.toString());
        CliRun again = ctg("transmettre", convention.toString(), "-o", temp.resolve("encore").toString());

        assertEquals(new CliRun(0, "ctg : " + output.resolve(BASE + ".tar.gz") + " écrit, à déposer sur le service de transmission :\n"
                + "  " + BASE + "_0.xml\n  99_CO-" + BASE + "_1.pdf\n  99_DE-" + BASE + "_2.pdf\n  99_DE-" + BASE + "_3.pdf\n", ""), run);
        assertEquals(0, again.code(), again.err());
        assertArrayEquals(Files.readAllBytes(output.resolve(BASE + ".tar.gz")), Files.readAllBytes(temp.resolve("encore/" + BASE + ".tar.gz")));
    }

    @Test
    void refusesAConventionNotSignedAndWritesNothing() throws Exception {
        Path convention = SignedForcalquier.unsigned(temp);
        Path output = temp.resolve("envoi");

        CliRun run = ctg("transmettre", convention.getParent().toString(), "-o", output.toString());

        assertEquals(new CliRun(1, "", "ctg : la signature de la convention n’est pas enregistrée (statut « projet ») : enregistrez d’abord"
                + " sa signature : ctg enregistrer-signature\n"), run);
        assertFalse(Files.exists(output));
    }
}
