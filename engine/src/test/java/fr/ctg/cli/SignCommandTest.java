package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SignCommandTest {

    @TempDir
    static Path folder;

    private static Path caf;
    private static Path msa;
    private static Path unsigned;

    @BeforeAll
    static void files() throws Exception {
        caf = TestCertificates.make(folder, "caf.p12", "CN=Thierry AUTARD, T=Directeur de la Caf, C=FR", "2026/01/01 12:00:00", 3650);
        msa = TestCertificates.make(folder, "msa.p12", "CN=Corinne GARREAU, C=FR", "2026/01/01 12:00:00", 3650);
        unsigned = Files.write(folder.resolve("vierge.pdf"), ForcalquierPdf.unsigned());
    }

    @Test
    void signsInPlaceThenTheVerifierAcceptsBothSignatures() throws Exception {
        Path pdf = Files.copy(unsigned, folder.resolve("en-place.pdf"));

        assertEquals(new CliRun(0, "ctg : champ « Thierry AUTARD » signé par Thierry AUTARD dans " + pdf + "\n", ""),
                sign(TestCertificates.PASSWORD, pdf.toString(), "--champ", "Thierry AUTARD", "--certificat", caf.toString()));
        assertEquals(new CliRun(0, "ctg : champ « Corinne GARREAU » signé par Corinne GARREAU dans " + pdf + "\n", ""),
                sign(TestCertificates.PASSWORD, pdf.toString(), "--champ", "Corinne GARREAU", "--certificat", msa.toString()));

        CliRun verified = CliRun.ctg("verifier", pdf.toString());
        assertEquals(0, verified.code(), verified.out());
        assertTrue(verified.out().endsWith("6 champs restent à signer.\nLes 2 signatures sont valides.\n"), verified.out());
    }

    @Test
    void writesTheSignedPdfElsewhereWithO() throws Exception {
        Path pdf = Files.copy(unsigned, folder.resolve("source.pdf"));
        Path output = folder.resolve("signee.pdf");

        CliRun run = sign(TestCertificates.PASSWORD, pdf.toString(), "--champ", "Alain PICOZZI", "--certificat", caf.toString(),
                "-o", output.toString());

        assertEquals(0, run.code(), run.err());
        assertArrayEquals(Files.readAllBytes(unsigned), Files.readAllBytes(pdf));
        assertEquals(0, CliRun.ctg("verifier", output.toString()).code());
    }

    @Test
    void oneChangedByteMakesTheVerifierExit1() throws Exception {
        Path pdf = folder.resolve("modifiee.pdf");
        assertEquals(0, sign(TestCertificates.PASSWORD, unsigned.toString(), "--champ", "Thierry AUTARD", "--certificat", caf.toString(),
                "-o", pdf.toString()).code());
        byte[] bytes = Files.readAllBytes(pdf);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Forcalquier");
        bytes[at] = 'f';
        Files.write(pdf, bytes);

        CliRun run = CliRun.ctg("verifier", pdf.toString());

        assertEquals(1, run.code());
        assertTrue(run.out().contains("« Thierry AUTARD » (page 11) : signature INVALIDE\n"), run.out());
        assertTrue(run.out().contains("  Problème : les octets signés ont changé depuis la signature\n"), run.out());
        assertTrue(run.out().endsWith("1 signature invalide sur 1.\n"), run.out());
    }

    @Test
    void verifiesAsJson() throws Exception {
        CliRun run = CliRun.ctg("verifier", "--format", "json", unsigned.toString());

        assertEquals(0, run.code());
        assertTrue(run.out().startsWith("{\n  \"fichier\" : \"" + unsigned + "\",\n  \"champs\" : [ {\n"
                + "    \"champ\" : \"Thierry AUTARD\",\n    \"page\" : 11,\n    \"signe\" : false\n  }, {"), run.out());
        assertTrue(run.out().endsWith("  \"tous_signes\" : false,\n  \"valide\" : true\n}\n"), run.out());
    }

    @Test
    void refusesAWrongPassword() {
        assertEquals(new CliRun(1, "", "ctg : mot de passe incorrect pour le certificat " + caf + "\n"),
                sign("pas le bon", unsigned.toString(), "--champ", "Thierry AUTARD", "--certificat", caf.toString()));
    }

    @Test
    void refusesAnExpiredCertificate() throws Exception {
        Path expired = TestCertificates.make(folder, "expire.p12", "CN=Alain PICOZZI, C=FR", "2020/01/01 12:00:00", 30);

        assertEquals(new CliRun(1, "", "ctg : le certificat « Alain PICOZZI » a expiré le 31\u00a0janvier\u00a02020 : il ne permet plus de signer\n"),
                sign(TestCertificates.PASSWORD, unsigned.toString(), "--champ", "Alain PICOZZI", "--certificat", expired.toString()));
    }

    @Test
    void refusesACertificateNotYetValid() throws Exception {
        Path future = TestCertificates.make(folder, "futur.p12", "CN=Alain PICOZZI, C=FR", "2099/06/01 12:00:00", 30);

        assertEquals(new CliRun(1, "", "ctg : le certificat « Alain PICOZZI » n’est valable qu’à partir du 1er\u00a0juin\u00a02099 :"
                        + " il ne permet pas encore de signer\n"),
                sign(TestCertificates.PASSWORD, unsigned.toString(), "--champ", "Alain PICOZZI", "--certificat", future.toString()));
    }

    @Test
    void refusesAFieldAlreadySignedLeavingTheFileAsItWas() throws Exception {
        Path pdf = folder.resolve("deja-signee.pdf");
        sign(TestCertificates.PASSWORD, unsigned.toString(), "--champ", "Thierry AUTARD", "--certificat", caf.toString(), "-o", pdf.toString());
        byte[] before = Files.readAllBytes(pdf);

        assertEquals(new CliRun(1, "", "ctg : le champ « Thierry AUTARD » est déjà signé\n"),
                sign(TestCertificates.PASSWORD, pdf.toString(), "--champ", "Thierry AUTARD", "--certificat", msa.toString()));
        assertArrayEquals(before, Files.readAllBytes(pdf));
    }

    @Test
    void refusesAnUnknownFieldListingTheFields() {
        assertEquals(new CliRun(1, "", "ctg : le PDF n’a pas de champ de signature « Le maire » ; ses champs : « Thierry AUTARD »,"
                        + " « Alain PICOZZI », « Corinne GARREAU », « Marie-Claude SALIGNON », « David GEHANT »,"
                        + " « David GEHANT (2) », « Nicolas FURET », « Patricia PAUL »\n"),
                sign(TestCertificates.PASSWORD, unsigned.toString(), "--champ", "Le maire", "--certificat", caf.toString()));
    }

    @Test
    void asksForThePasswordWhenNeitherTheVariableNorATerminalGivesIt() {
        assertEquals(new CliRun(2, "", "ctg : mot de passe du certificat absent : définissez la variable d’environnement"
                        + " CTG_MOT_DE_PASSE ou lancez la commande dans un terminal\n"),
                sign(null, unsigned.toString(), "--champ", "Thierry AUTARD", "--certificat", caf.toString()));
    }

    private static CliRun sign(String password, String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Ctg());
        line.getCommandSpec().removeSubcommand("signer");
        line.addSubcommand(new SignCommand(password == null ? Map.of() : Map.of(SignCommand.PASSWORD_VARIABLE, password),
                Clock.systemUTC()));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        String[] all = new String[arguments.length + 1];
        all[0] = "signer";
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        int code = line.execute(all);
        return new CliRun(code, out.toString(), err.toString());
    }
}
