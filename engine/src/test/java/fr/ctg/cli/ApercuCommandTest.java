package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApercuCommandTest {

    @TempDir
    Path folder;

    @Test
    void aFolderWithoutConventionIsSaidSo() {
        CliRun run = ctg("apercu", folder.toString());

        assertEquals(new CliRun(2, "", "ctg : le fichier " + folder.resolve("convention.yaml") + " n’existe pas\n"), run);
    }

    @Test
    void aPortAlreadyTakenIsSaidSo() throws Exception {
        Path file = CliRun.minimalConvention(folder.resolve("minimale/convention.yaml"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CliRun run = ctg("apercu", file.toString(), "--port", Integer.toString(taken.getLocalPort()));

            assertEquals(2, run.code());
            assertEquals("", run.out());
            assertEquals("ctg : le port " + taken.getLocalPort() + " de 127.0.0.1 ne peut pas être ouvert (le port est déjà pris)\n", run.err());
        }
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = ctg("apercu", folder.toString(), "--port", "70000");

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ctg : le port doit être compris entre 0 et 65535 : 70000\nUtilisation : ctg apercu "), run.err());
    }
}
