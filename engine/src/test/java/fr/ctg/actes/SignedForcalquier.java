package fr.ctg.actes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.pipeline.ForcalquierFolder;
import fr.ctg.sign.BlankPdf;
import fr.ctg.sign.ForcalquierPdf;
import fr.ctg.sign.PdfSigner;
import fr.ctg.sign.PdfVerifier;
import fr.ctg.sign.SignatureRecorder;
import fr.ctg.sign.SigningIdentity;
import fr.ctg.sign.TestCertificates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Forcalquier's convention made ready to transmit in a temporary folder: its deliberations dated, two of them with
 * their PDF, the communauté de communes' SIREN and the {@code transmission} rubrique; then its PDF signed field by
 * field by two certificates and recorded ({@code signe/convention.pdf}).
 */
public final class SignedForcalquier {

    public static final String TRANSMISSION = """
            transmission:
              collectivite: cc
              departement: "004"
              matiere: "8.5"
              date_classification: 2022-01-01
              numero_interne: CTG_2022
            """;

    private static byte[] signed;

    private SignedForcalquier() {
    }

    /** The folder ready to sign: its {@code convention.yaml}, deliberations dated, with two PDFs, and {@code transmission}. */
    public static Path unsigned(Path parent) throws Exception {
        Path convention = ForcalquierFolder.copyInto(parent).resolve("convention.yaml");
        String yaml = Files.readString(convention, StandardCharsets.UTF_8);
        yaml = yaml.substring(0, yaml.indexOf("accuse_reception:"))
                .replace("date: XXXX", "date: 2022-10-20").replace("date: 2022-12-06", "date: 2022-10-04")
                .replace("    organe: conseil_communautaire\n    representants:", "    organe: conseil_communautaire\n    siren: \"240400440\"\n"
                        + "    representants:")
                .replace("  - partie: caf\n    organe: conseil_administration\n", "  - partie: caf\n    organe: conseil_administration\n"
                        + "    fichier: deliberations/caf.pdf\n")
                .replace("  - partie: cc\n    organe: conseil_communautaire\n", "  - partie: cc\n    organe: conseil_communautaire\n"
                        + "    fichier: deliberations/cc.pdf\n")
                + TRANSMISSION;
        Files.writeString(convention, yaml, StandardCharsets.UTF_8);
        Files.createDirectories(convention.resolveSibling("deliberations"));
        Files.write(convention.resolveSibling("deliberations/caf.pdf"), BlankPdf.onePage());
        Files.write(convention.resolveSibling("deliberations/cc.pdf"), BlankPdf.onePage());
        return convention;
    }

    /** The folder ready to transmit: as {@link #unsigned}, its PDF signed by all and recorded. */
    public static Path recorded(Path parent, Path certificates) throws Exception {
        Path convention = unsigned(parent);
        Path pdf = Files.write(parent.resolve("signee.pdf"), signedPdf(certificates));
        new SignatureRecorder().record(convention, pdf, false, null);
        return convention;
    }

    private static synchronized byte[] signedPdf(Path certificates) throws Exception {
        if (signed == null) {
            SigningIdentity caf = SigningIdentity.load(TestCertificates.make(certificates, "caf.p12", "CN=Thierry AUTARD", null, 30),
                    TestCertificates.PASSWORD.toCharArray());
            SigningIdentity cc = SigningIdentity.load(TestCertificates.make(certificates, "cc.p12", "CN=David GEHANT", null, 30),
                    TestCertificates.PASSWORD.toCharArray());
            PdfSigner signer = new PdfSigner(Clock.systemUTC(), null);
            byte[] pdf = ForcalquierPdf.unsigned();
            List<String> fields = new PdfVerifier(null).verify(pdf).fields().stream().map(f -> f.field()).toList();
            for (int i = 0; i < fields.size(); i++) {
                pdf = signer.sign(pdf, fields.get(i), i % 2 == 0 ? caf : cc, null);
            }
            assertEquals(fields.size(), new PdfVerifier(null).verify(pdf).signedCount());
            signed = pdf;
        }
        return signed.clone();
    }
}
