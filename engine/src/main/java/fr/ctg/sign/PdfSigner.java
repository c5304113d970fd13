package fr.ctg.sign;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jspecify.annotations.Nullable;

/**
 * Signs one empty signature field of a PDF: a PAdES baseline B-B signature (B-T with a time-stamp source), written
 * as an incremental update so that the signatures already there stay valid. An approval signature: it does not
 * certify the document (no DocMDP), so the next signatories can still sign.
 */
public final class PdfSigner {

    private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

    private final Clock clock;
    private final @Nullable TSPSource timestamps;

    public PdfSigner(Clock clock, @Nullable TSPSource timestamps) {
        this.clock = clock;
        this.timestamps = timestamps;
    }

    /**
     * Returns {@code pdf} with the field {@code fieldName} signed by {@code identity}.
     *
     * @param quality the signatory's title shown in the box, or null for none
     */
    public byte[] sign(byte[] pdf, String fieldName, SigningIdentity identity, @Nullable String quality)
            throws SignatureRefusal, IOException {
        checkField(pdf, fieldName);
        Instant now = clock.instant();
        identity.checkValidAt(now);
        PAdESSignatureParameters parameters = new PAdESSignatureParameters();
        parameters.setSignatureLevel(timestamps == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T);
        parameters.setDigestAlgorithm(DIGEST);
        parameters.setSigningCertificate(new CertificateToken(identity.certificate()));
        parameters.setCertificateChain(identity.chain().stream().map(CertificateToken::new).toList());
        parameters.bLevel().setSigningDate(Date.from(now));
        String signer = Certificates.holder(identity.certificate());
        parameters.setSignerName(signer);
        parameters.setImageParameters(SignatureAppearance.inField(fieldName, SignatureAppearance.text(signer, quality, now)));
        PAdESService service = new PAdESService(new CommonCertificateVerifier());
        service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
        if (timestamps != null) {
            service.setTspSource(timestamps);
        }
        DSSDocument document = new InMemoryDocument(pdf);
        try {
            ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
            SignatureValue value = signatureValue(toBeSigned, identity);
            return bytes(service.signDocument(document, parameters, value));
        } catch (DSSException e) {
            throw new SignatureRefusal("la signature n’a pas pu être faite : " + e.getMessage(), e);
        }
    }

    /** @throws IOException when {@code pdf} is not a readable PDF */
    private static void checkField(byte[] pdf, String fieldName) throws SignatureRefusal, IOException {
        List<SignatureField> fields;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            fields = SignatureFields.of(document);
        } catch (IOException e) {
            throw new IOException("le fichier à signer n’est pas un PDF lisible (" + e.getMessage() + ")", e);
        }
        if (fields.isEmpty()) {
            throw new SignatureRefusal("le PDF n’a aucun champ de signature");
        }
        SignatureField field = fields.stream().filter(candidate -> candidate.name().equals(fieldName)).findFirst()
                .orElseThrow(() -> new SignatureRefusal("le PDF n’a pas de champ de signature « " + fieldName
                        + " » ; ses champs : " + SignatureFields.quotedNames(fields)));
        if (field.signed()) {
            throw new SignatureRefusal("le champ « " + fieldName + " » est déjà signé");
        }
    }

    private static SignatureValue signatureValue(ToBeSigned toBeSigned, SigningIdentity identity) throws SignatureRefusal {
        SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(identity.key()), DIGEST);
        try {
            Signature signature = Signature.getInstance(algorithm.getJCEId());
            signature.initSign(identity.key());
            signature.update(toBeSigned.getBytes());
            return new SignatureValue(algorithm, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new SignatureRefusal("la clé du certificat ne permet pas de signer (" + e.getMessage() + ")", e);
        }
    }

    private static byte[] bytes(DSSDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
