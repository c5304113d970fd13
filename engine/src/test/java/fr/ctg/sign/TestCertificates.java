package fr.ctg.sign;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Self-signed certificates made by the running JDK's keytool, as a signatory would get them: a PKCS#12 file. */
public final class TestCertificates {

    public static final String PASSWORD = "secret-de-test";

    private TestCertificates() {
    }

    /**
     * A PKCS#12 file holding an RSA key and its self-signed certificate.
     *
     * @param startDate keytool's {@code -startdate} ({@code 2020/01/01}, {@code +1y}…), or null for now
     * @param extensions keytool {@code -ext} values
     */
    public static Path make(Path folder, String fileName, String subject, String startDate, int validityDays, String... extensions)
            throws IOException, InterruptedException {
        Path file = folder.resolve(fileName);
        List<String> command = new ArrayList<>(List.of(keytool(), "-genkeypair", "-keystore", file.toString(),
                "-storetype", "PKCS12", "-storepass", PASSWORD, "-alias", "cle", "-keyalg", "RSA", "-keysize", "2048",
                "-sigalg", "SHA256withRSA", "-dname", subject, "-validity", Integer.toString(validityDays)));
        if (startDate != null) {
            command.addAll(List.of("-startdate", startDate));
        }
        for (String extension : extensions) {
            command.addAll(List.of("-ext", extension));
        }
        run(command);
        return file;
    }

    /** The certificate of {@code p12} in a PEM file, as a trust store. */
    public static Path exportPem(Path p12, Path pem) throws IOException, InterruptedException {
        run(List.of(keytool(), "-exportcert", "-rfc", "-keystore", p12.toString(), "-storetype", "PKCS12",
                "-storepass", PASSWORD, "-alias", "cle", "-file", pem.toString()));
        return pem;
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool a échoué : " + command + "\n" + output);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }
}
