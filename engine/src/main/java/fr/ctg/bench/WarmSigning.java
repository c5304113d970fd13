package fr.ctg.bench;

import fr.ctg.sign.FieldVerdict;
import fr.ctg.sign.PdfSigner;
import fr.ctg.sign.PdfVerifier;
import fr.ctg.sign.SignatureRefusal;
import fr.ctg.sign.SigningIdentity;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Signing the first field of a PDF, repeated in this process: what a signatory waits for with {@code ctg signer}. */
final class WarmSigning {

    private WarmSigning() {
    }

    /** @return empty when the PDF has no signature field */
    static Optional<Samples> measure(byte[] pdf, int warmUps, int rounds) throws IOException, SignatureRefusal {
        List<FieldVerdict> fields = new PdfVerifier(null).verify(pdf).fields();
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String field = fields.get(0).field();
        SigningIdentity identity = selfSigned();
        PdfSigner signer = new PdfSigner(Clock.systemUTC(), null);
        for (int i = 0; i < warmUps; i++) {
            signer.sign(pdf, field, identity, "Banc d’essai");
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            signer.sign(pdf, field, identity, "Banc d’essai");
            nanos.add(System.nanoTime() - start);
        }
        return Optional.of(new Samples(nanos));
    }

    /** A key and a certificate made for the measure, valid a day either side of now. */
    private static SigningIdentity selfSigned() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name("CN=Banc d’essai");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder certificate = new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
            return new SigningIdentity(keys.getPrivate(), List.of(new JcaX509CertificateConverter().getCertificate(
                    certificate.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())))));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("RSA et SHA-256 sont fournis par toute machine Java", e);
        }
    }
}
