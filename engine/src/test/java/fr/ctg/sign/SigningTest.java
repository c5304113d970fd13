package fr.ctg.sign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ctg.write.pdf.VeraPdf;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningTest {

    private static final List<String> FIELDS = List.of("Thierry AUTARD", "Alain PICOZZI", "Corinne GARREAU",
            "Marie-Claude SALIGNON", "David GEHANT", "David GEHANT (2)", "Nicolas FURET", "Patricia PAUL");

    @TempDir
    static Path folder;

    private static SigningIdentity caf;
    private static SigningIdentity msa;

    private final PdfSigner signer = new PdfSigner(Clock.systemUTC(), null);

    @BeforeAll
    static void certificates() throws Exception {
        caf = identity(TestCertificates.make(folder, "caf.p12", "CN=Thierry AUTARD, T=Directeur, O=Caf, C=FR", "2026/01/01 12:00:00", 3650));
        msa = identity(TestCertificates.make(folder, "msa.p12", "CN=Corinne GARREAU, O=MSA, C=FR", "2026/01/01 12:00:00", 3650));
    }

    @Test
    void signsEveryFieldInTurnAndEachSignatureStaysValid() throws Exception {
        byte[] pdf = ForcalquierPdf.unsigned();
        for (int i = 0; i < FIELDS.size(); i++) {
            byte[] before = pdf;
            pdf = signer.sign(pdf, FIELDS.get(i), i % 2 == 0 ? caf : msa, null);

            assertArrayEquals(before, Arrays.copyOf(pdf, before.length), "mise à jour incrémentale");
            assertEquals(List.of(), VeraPdf.failures(pdf), "PDF/A-2 après la signature de " + FIELDS.get(i));
            Verification verification = new PdfVerifier(null).verify(pdf);
            assertEquals(i + 1, verification.signedCount());
            assertTrue(verification.valid(), VerificationText.write("convention.pdf", verification, false));
            assertEquals(i == FIELDS.size() - 1, verification.allSigned());
        }
        assertTrue(VerificationText.write("convention.pdf", new PdfVerifier(null).verify(pdf), false)
                .endsWith("\nTous les champs de signature sont signés.\nLes 8 signatures sont valides.\n"));
        Path signed = Files.write(folder.resolve("signee.pdf"), pdf);
        if (Pdfsig.installed()) {
            assertEquals(Collections.nCopies(FIELDS.size(), "Signature Validation: Signature is Valid."), Pdfsig.validations(signed));
        }
    }

    @Test
    void reportsEachFieldWithItsSignerAndTheFieldsLeftToSign() throws Exception {
        Instant signingTime = Instant.parse("2026-03-02T09:15:00Z");
        byte[] pdf = new PdfSigner(Clock.fixed(signingTime, ZoneOffset.UTC), null)
                .sign(ForcalquierPdf.unsigned(), "Corinne GARREAU", msa, "Directrice générale");

        Verification verification = new PdfVerifier(null).verify(pdf);

        SignatureCheck check = verification.fields().get(2).signature();
        assertEquals(new FieldVerdict("Corinne GARREAU", 11, check), verification.fields().get(2));
        assertEquals("Corinne GARREAU", check.signer());
        assertEquals(signingTime, check.signingTime());
        assertFalse(check.timestamped());
        assertTrue(check.intact());
        assertEquals(List.of(), check.laterChanges());
        assertNull(check.chain());
        assertEquals(List.of(), check.problems());
        assertNull(verification.fields().get(0).signature());
        assertEquals("""
                convention.pdf : 8 champs de signature, 1 signé, 7 vides
                « Thierry AUTARD » (page 11) : vide
                « Alain PICOZZI » (page 11) : vide
                « Corinne GARREAU » (page 11) : signature valide
                  Signataire : Corinne GARREAU
                  Signé le : 2\u00a0mars\u00a02026 à 10 h 15 (date déclarée par le signataire)
                  Octets signés : intacts
                  Modifications après la signature : aucune, hors signatures suivantes
                  Certificat : valable du 1er\u00a0janvier\u00a02026 au 30\u00a0décembre\u00a02035
                  Chaîne de confiance : non vérifiée (indiquez --confiance MAGASIN)
                « Marie-Claude SALIGNON » (page 11) : vide
                « David GEHANT » (page 12) : vide
                « David GEHANT (2) » (page 12) : vide
                « Nicolas FURET » (page 12) : vide
                « Patricia PAUL » (page 12) : vide
                7 champs restent à signer.
                La signature est valide.
                """, VerificationText.write("convention.pdf", verification, false));
    }

    @Test
    void makesAnApprovalSignatureOfPadesBaselineB() throws Exception {
        byte[] pdf = signer.sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
            assertNull(signature.getCOSObject().getItem(COSName.REFERENCE), "pas de DocMDP");
            assertNull(document.getDocumentCatalog().getCOSObject().getItem(COSName.PERMS), "pas de certification");
            ContentInfo structure = ContentInfo.getInstance(new ASN1InputStream(signature.getContents()).readObject());
            SignerInformation signerInfo = new CMSSignedData(structure).getSignerInfos().getSigners().iterator().next();
            AttributeTable signed = signerInfo.getSignedAttributes();
            assertTrue(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null, "signing-certificate-v2");
            assertTrue(signed.get(CMSAttributes.messageDigest) != null, "message-digest");
            assertNull(signed.get(CMSAttributes.signingTime), "ETSI EN 319 142-1 : pas de signing-time en PAdES");
        }
    }

    @Test
    void oneChangedByteInTheSignedRangeInvalidatesTheSignature() throws Exception {
        byte[] pdf = signer.sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null);
        int title = indexOf(pdf, "Forcalquier");
        pdf[title] = 'f';

        Verification verification = new PdfVerifier(null).verify(pdf);

        SignatureCheck check = verification.fields().get(0).signature();
        assertFalse(check.intact());
        assertEquals(List.of("les octets signés ont changé depuis la signature"), check.problems());
        assertFalse(verification.valid());
    }

    @Test
    void aChangeAddedAfterASignatureIsReported() throws Exception {
        byte[] signed = signer.sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null);
        byte[] changed;
        String info;
        try (PDDocument document = Loader.loadPDF(signed)) {
            COSObject reference = (COSObject) document.getDocument().getTrailer().getItem(COSName.INFO);
            info = "objet " + reference.getKey().getNumber() + " " + reference.getKey().getGeneration();
            document.getDocumentInformation().setTitle("Une autre convention");
            document.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.saveIncremental(out);
            changed = out.toByteArray();
        }

        SignatureCheck check = new PdfVerifier(null).verify(changed).fields().get(0).signature();

        assertTrue(check.intact());
        assertEquals(List.of(info + " modifié : Title"), check.laterChanges());
        assertEquals(List.of("le document a été modifié après la signature (" + info + " modifié : Title)"), check.problems());
        assertFalse(check.valid());
    }

    @Test
    void timestampsTheSignatureWithATimeStampAuthority() throws Exception {
        Path tsa = TestCertificates.make(folder, "tsa-" + System.nanoTime() + ".p12", "CN=Horodatage de test, C=FR", null, 365,
                "EKU:critical=timeStamping");
        byte[] pdf = new PdfSigner(Clock.systemUTC(), TestTimestamps.from(tsa)).sign(ForcalquierPdf.unsigned(), "Alain PICOZZI", caf, null);

        SignatureCheck check = new PdfVerifier(null).verify(pdf).fields().get(1).signature();

        assertTrue(check.timestamped());
        assertEquals(List.of(), check.problems());
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void chainsTheCertificateToATrustStore() throws Exception {
        byte[] pdf = signer.sign(signer.sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null), "Corinne GARREAU", msa, null);
        Path trusted = TestCertificates.exportPem(folder.resolve("caf.p12"), folder.resolve("caf.pem"));

        Verification verification = new PdfVerifier(TrustStore.load(trusted)).verify(pdf);

        assertEquals(Boolean.TRUE, verification.fields().get(0).signature().chain());
        assertEquals(List.of(), verification.fields().get(0).signature().problems());
        assertEquals(Boolean.FALSE, verification.fields().get(2).signature().chain());
        assertEquals(List.of("le certificat ne remonte à aucun certificat du magasin de confiance"),
                verification.fields().get(2).signature().problems());
        assertFalse(verification.valid());
    }

    @Test
    void refusesAFieldAlreadySigned() throws Exception {
        byte[] pdf = signer.sign(ForcalquierPdf.unsigned(), "Thierry AUTARD", caf, null);

        SignatureRefusal refusal = assertThrows(SignatureRefusal.class, () -> signer.sign(pdf, "Thierry AUTARD", msa, null));

        assertEquals("le champ « Thierry AUTARD » est déjà signé", refusal.getMessage());
    }

    @Test
    void refusesAnUnknownFieldListingTheFields() throws Exception {
        SignatureRefusal refusal = assertThrows(SignatureRefusal.class,
                () -> signer.sign(ForcalquierPdf.unsigned(), "Thierry Autard", caf, null));

        assertEquals("le PDF n’a pas de champ de signature « Thierry Autard » ; ses champs : « Thierry AUTARD »,"
                + " « Alain PICOZZI », « Corinne GARREAU », « Marie-Claude SALIGNON », « David GEHANT »,"
                + " « David GEHANT (2) », « Nicolas FURET », « Patricia PAUL »", refusal.getMessage());
    }

    private static SigningIdentity identity(Path p12) throws SignatureRefusal {
        return SigningIdentity.load(p12, TestCertificates.PASSWORD.toCharArray());
    }

    private static int indexOf(byte[] pdf, String text) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        int index = latin.indexOf(text);
        if (index < 0) {
            throw new AssertionError(text + " absent du PDF");
        }
        return index;
    }
}
