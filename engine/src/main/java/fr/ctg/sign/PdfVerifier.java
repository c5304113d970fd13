package fr.ctg.sign;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertificateException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.util.Selector;
import org.jspecify.annotations.Nullable;

/**
 * Checks every signature of a PDF on its own, without the network: the bytes it covers, its value against the
 * certificate, the changes made after it, the certificate's validity at the signing time, and, with a trust
 * store, the certificate's chain. Revocation is not checked (it would need the network).
 */
public final class PdfVerifier {

    private final @Nullable List<X509Certificate> trusted;

    /** @param trusted the certificates to chain to, or null not to check chains */
    public PdfVerifier(@Nullable List<X509Certificate> trusted) {
        this.trusted = trusted;
    }

    /** @throws IOException when the file is not a readable PDF */
    public Verification verify(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<FieldVerdict> verdicts = new ArrayList<>();
            for (SignatureField field : SignatureFields.of(document)) {
                verdicts.add(new FieldVerdict(field.name(), field.page(),
                        field.signature() == null ? null : check(pdf, field.signature(), document)));
            }
            return new Verification(List.copyOf(verdicts));
        }
    }

    private SignatureCheck check(byte[] pdf, PDSignature signature, PDDocument document) throws IOException {
        List<String> problems = new ArrayList<>();
        int[] range = signature.getByteRange();
        byte[] contents = signature.getContents();
        if (!coversItsRevision(range, pdf)) {
            problems.add("la plage signée (ByteRange) ne couvre pas tout le fichier hors la signature");
            return unreadable(problems);
        }
        byte[] signedBytes = signature.getSignedContent(pdf);
        SignerInformation signer;
        X509Certificate certificate;
        CMSSignedData cms;
        try {
            // The hexadecimal string is padded with zeros after the CMS structure.
            ContentInfo structure = ContentInfo.getInstance(new ASN1InputStream(contents).readObject());
            cms = new CMSSignedData(new CMSProcessableByteArray(signedBytes), structure);
            signer = cms.getSignerInfos().getSigners().iterator().next();
            certificate = certificate(cms, signer.getSID());
        } catch (CMSException | IOException | RuntimeException e) {
            problems.add("la signature est illisible (" + e.getMessage() + ")");
            return unreadable(problems);
        }
        boolean intact = intact(signer, certificate, problems);
        TimeStampToken timestamp = timestamp(signer, problems);
        Instant signingTime = timestamp != null ? timestamp.getTimeStampInfo().getGenTime().toInstant()
                : signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        Instant notBefore = certificate.getNotBefore().toInstant();
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (signingTime == null) {
            problems.add("la signature ne porte pas de date");
        } else if (signingTime.isBefore(notBefore) || signingTime.isAfter(notAfter)) {
            problems.add("le certificat n’était pas valable à la date de la signature");
        }
        Boolean chain = null;
        if (trusted != null) {
            chain = chainsToTrusted(certificate, cms, signingTime);
            if (!chain) {
                problems.add("le certificat ne remonte à aucun certificat du magasin de confiance");
            }
        }
        List<String> laterChanges = LaterChanges.after(pdf, range[2] + range[3], document);
        if (!laterChanges.isEmpty()) {
            problems.add("le document a été modifié après la signature (" + String.join(" ; ", laterChanges) + ")");
        }
        return new SignatureCheck(Certificates.holder(certificate), signingTime, timestamp != null, intact,
                notBefore, notAfter, chain, laterChanges, List.copyOf(problems));
    }

    /** [0, a, b, c]: from the file's start to the signature's hexadecimal string, and from its end to the revision's end. */
    private static boolean coversItsRevision(int[] range, byte[] pdf) {
        return range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1] && range[3] >= 0
                && (long) range[2] + range[3] <= pdf.length && pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }

    private static SignatureCheck unreadable(List<String> problems) {
        return new SignatureCheck("inconnu", null, false, false, Instant.EPOCH, Instant.EPOCH, null, List.of(), List.copyOf(problems));
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate certificate(CMSSignedData cms, Selector<X509CertificateHolder> selector) {
        try {
            X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates().getMatches(selector).iterator().next();
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("certificat illisible", e);
        }
    }

    private static boolean intact(SignerInformation signer, X509Certificate certificate, List<String> problems) {
        try {
            if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                return true;
            }
            problems.add("la valeur de la signature ne correspond pas au certificat");
        } catch (CMSSignerDigestMismatchException e) {
            problems.add("les octets signés ont changé depuis la signature");
        } catch (CMSException | OperatorCreationException e) {
            problems.add("la signature ne peut pas être vérifiée (" + e.getMessage() + ")");
        }
        return false;
    }

    /** The signature's time-stamp (B-T), checked: it must be over this signature's value and signed by its authority. */
    private static @Nullable TimeStampToken timestamp(SignerInformation signer, List<String> problems) {
        if (signer.getUnsignedAttributes() == null) {
            return null;
        }
        Attribute attribute = signer.getUnsignedAttributes().get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
        if (attribute == null) {
            return null;
        }
        try {
            ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
            TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(value));
            String algorithm = new DefaultAlgorithmNameFinder().getAlgorithmName(token.getTimeStampInfo().getMessageImprintAlgOID());
            byte[] imprint = MessageDigest.getInstance(algorithm).digest(signer.getSignature());
            if (!Arrays.equals(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
                problems.add("l’horodatage ne porte pas sur cette signature");
            }
            token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(certificate(token)));
            return token;
        } catch (TSPException | IOException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            problems.add("l’horodatage est invalide (" + e.getMessage() + ")");
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static X509Certificate certificate(TimeStampToken token) throws CertificateException {
        X509CertificateHolder holder = (X509CertificateHolder) token.getCertificates().getMatches(token.getSID()).iterator().next();
        return new JcaX509CertificateConverter().getCertificate(holder);
    }

    private boolean chainsToTrusted(X509Certificate certificate, CMSSignedData cms, @Nullable Instant at) {
        if (trusted.contains(certificate)) {
            return true;
        }
        try {
            Set<TrustAnchor> anchors = new HashSet<>();
            for (X509Certificate anchor : trusted) {
                anchors.add(new TrustAnchor(anchor, null));
            }
            List<X509Certificate> intermediates = new ArrayList<>();
            JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
            for (Object holder : cms.getCertificates().getMatches(null)) {
                intermediates.add(converter.getCertificate((X509CertificateHolder) holder));
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(certificate);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(intermediates)));
            if (at != null) {
                parameters.setDate(Date.from(at));
            }
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
