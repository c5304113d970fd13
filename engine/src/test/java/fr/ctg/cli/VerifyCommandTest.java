package fr.ctg.cli;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.sign.ForcalquierPdf;
import fr.ctg.sign.TestCertificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VerifyCommandTest {

    @TempDir
    Path folder;

    @Test
    void checksTheChainAgainstTheTrustStore() throws Exception {
        Path caf = TestCertificates.make(folder, "caf.p12", "CN=Thierry AUTARD, C=FR", null, 365);
        Path other = TestCertificates.make(folder, "autre.p12", "CN=Quelqu’un d’autre, C=FR", null, 365);
        Path pdf = Files.write(folder.resolve("convention.pdf"), ForcalquierPdf.unsigned());
        CommandLine line = new CommandLine(new Ctg());
        line.getCommandSpec().removeSubcommand("signer");
        line.addSubcommand(new SignCommand(Map.of(SignCommand.PASSWORD_VARIABLE, TestCertificates.PASSWORD), Clock.systemUTC()));
        line.setOut(new PrintWriter(new StringWriter()));
        assertEquals(0, line.execute("signer", pdf.toString(), "--champ", "Thierry AUTARD", "--certificat", caf.toString()));

        CliRun trusted = ctg("verifier", pdf.toString(), "--confiance", TestCertificates.exportPem(caf, folder.resolve("caf.pem")).toString());
        CliRun unknown = ctg("verifier", pdf.toString(), "--confiance", TestCertificates.exportPem(other, folder.resolve("autre.pem")).toString());

        assertEquals(0, trusted.code(), trusted.out());
        assertTrue(trusted.out().contains("\n  Chaîne de confiance : reconnue par le magasin de confiance\n"), trusted.out());
        assertEquals(1, unknown.code(), unknown.out());
        assertTrue(unknown.out().contains("\n  Chaîne de confiance : inconnue du magasin de confiance\n"
                + "  Problème : le certificat ne remonte à aucun certificat du magasin de confiance\n"), unknown.out());
    }

    @Test
    void saysWhenThePdfIsMissing() {
        Path missing = folder.resolve("absente.pdf");

        assertEquals(new CliRun(2, "", "ctg : " + missing + " n’existe pas\n"), ctg("verifier", missing.toString()));
    }

    @Test
    void saysWhenTheFileIsNotAPdf() throws Exception {
        Path text = Files.writeString(folder.resolve("note.pdf"), "pas un PDF");

        CliRun run = ctg("verifier", text.toString());

        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("ctg : " + text + " n’est pas un PDF lisible ("), run.err());
    }

    @Test
    void saysWhenTheTrustStoreIsNeitherAKeyStoreNorCertificates() throws Exception {
        Path pdf = Files.write(folder.resolve("convention.pdf"), ForcalquierPdf.unsigned());
        Path store = Files.writeString(folder.resolve("magasin.pem"), "rien");

        assertEquals(new CliRun(2, "", "ctg : " + store + " n’est ni un magasin de certificats ni un fichier de certificats PEM ou DER\n"),
                ctg("verifier", pdf.toString(), "--confiance", store.toString()));
    }
}
