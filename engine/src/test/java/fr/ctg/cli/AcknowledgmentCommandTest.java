package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.actes.SignedForcalquier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcknowledgmentCommandTest {

    @TempDir
    Path temp;

    @TempDir
    Path certificates;

    @Test
    void recordsATypedAcknowledgment() throws Exception {
        Path convention = SignedForcalquier.recorded(temp, certificates);

        CliRun run = ctg("accuse-reception", convention.getParent().toString(), "--identifiant", "004-240400440-20221109-CTG_2022-CC",
                "--date", "2022-11-21");

        assertEquals(new CliRun(0, "ctg : accusé de réception 004-240400440-20221109-CTG_2022-CC du 2022-11-21 enregistré dans "
                + convention + "\n", ""), run);
        assertTrue(Files.readString(convention).endsWith("accuse_reception:\n  identifiant: 004-240400440-20221109-CTG_2022-CC\n"
                + "  date_reception: 2022-11-21\n"));
    }

    @Test
    void wantsEitherTheIdentifierAndTheDateOrTheXml() {
        CliRun run = ctg("accuse-reception", temp.toString(), "--identifiant", "004-240400440-20221109-CTG_2022-CC");

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ctg : "), run.err());
    }
}
