package fr.ctg.actes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.sign.BlankPdf;
import fr.ctg.sign.SignatureRecorder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ActesBundlerTest {

    private static final String BASE = "004-240400440-20221109-CTG_2022-CC-1-1";

    @TempDir
    static Path certificates;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path convention;
    private static ActesBundler.Bundle bundle;

    @BeforeAll
    static void bundleTheSignedForcalquier() throws Exception {
        convention = SignedForcalquier.recorded(shared, certificates);
        bundle = new ActesBundler().bundle(convention, null);
    }

    @Test
    void namesTheMetadataTheSignedActAndEachDeliberationAsTheChannelExpects() {
        assertEquals(BASE + ".tar.gz", bundle.archiveName());
        assertEquals(List.of(BASE + "_0.xml", "99_CO-" + BASE + "_1.pdf", "99_DE-" + BASE + "_2.pdf", "99_DE-" + BASE + "_3.pdf"),
                bundle.files().stream().map(BundleFile::name).toList());
    }

    @Test
    void theActIsTheRecordedSignedPdfAndTheAnnexesTheDeliberationsInTheirOrder() throws IOException {
        Path folder = convention.getParent();
        assertArrayEquals(Files.readAllBytes(folder.resolve("signe/convention.pdf")), bundle.files().get(1).content());
        assertArrayEquals(Files.readAllBytes(folder.resolve("deliberations/caf.pdf")), bundle.files().get(2).content());
        assertArrayEquals(Files.readAllBytes(folder.resolve("deliberations/cc.pdf")), bundle.files().get(3).content());
    }

    @Test
    void writesTheActesMetadataOfTheAct() {
        assertEquals("""
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <actes:Acte xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216" actes:Date="2022-11-09" \
                actes:NumeroInterne="CTG_2022" actes:CodeNatureActe="4">
                  <actes:CodeMatiere1 actes:CodeMatiere="8"/>
                  <actes:CodeMatiere2 actes:CodeMatiere="5"/>
                  <actes:Objet>Convention territoriale globale &#8211; Communauté de Communes Pays de Forcalquier Montagne de Lure, \
                2022-2024</actes:Objet>
                  <actes:ClassificationDateVersion>2022-01-01</actes:ClassificationDateVersion>
                  <actes:Document>
                    <actes:NomFichier>99_CO-004-240400440-20221109-CTG_2022-CC-1-1_1.pdf</actes:NomFichier>
                  </actes:Document>
                  <actes:Annexes actes:Nombre="2">
                    <actes:Annexe>
                      <actes:NomFichier>99_DE-004-240400440-20221109-CTG_2022-CC-1-1_2.pdf</actes:NomFichier>
                    </actes:Annexe>
                    <actes:Annexe>
                      <actes:NomFichier>99_DE-004-240400440-20221109-CTG_2022-CC-1-1_3.pdf</actes:NomFichier>
                    </actes:Annexe>
                  </actes:Annexes>
                </actes:Acte>
                """, new String(bundle.files().get(0).content(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void theMetadataIsValidAgainstTheActesSchema() throws Exception {
        validate(bundle.files().get(0).content());
    }

    @Test
    void theSchemaRefusesANumeroInterneOutOfItsForm() {
        String xml = new String(bundle.files().get(0).content(), StandardCharsets.ISO_8859_1).replace("CTG_2022", "ctg-2022");

        assertThrows(org.xml.sax.SAXParseException.class, () -> validate(xml.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void theArchiveHoldsTheFilesInOrderDatedByTheActOwnedByNobody() throws IOException {
        List<String> entries = new ArrayList<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(new ByteArrayInputStream(bundle.archive())))) {
            int i = 0;
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry(), i++) {
                entries.add(entry.getName() + " " + Integer.toOctalString(entry.getMode()) + " " + entry.getLongUserId() + ":"
                        + entry.getLongGroupId() + " «" + entry.getUserName() + "» " + entry.getModTime().toInstant());
                assertArrayEquals(bundle.files().get(i).content(), tar.readAllBytes(), entry.getName());
            }
        }
        assertEquals(bundle.files().stream().map(f -> f.name() + " 100644 0:0 «» 2022-11-09T00:00:00Z").toList(), entries);
    }

    @Test
    void theSameFolderGivesTheSameArchiveByteForByteWhateverTheFilesDates() throws Exception {
        Files.setLastModifiedTime(convention.resolveSibling("deliberations/cc.pdf"), FileTime.fromMillis(0));

        assertArrayEquals(bundle.archive(), new ActesBundler().bundle(convention, null).archive());
    }

    @Test
    void refusesAnActAndItsAnnexesHeavierThanTheChannelAccepts() {
        ActesRefusal refusal = assertThrows(ActesRefusal.class, () -> new ActesBundler(100_000).bundle(convention, null));

        assertEquals("l’acte et ses 2 annexe(s) pèsent " + String.format(java.util.Locale.FRANCE, "%.1f", totalSize() / 1048576.0)
                + " Mo, plus que les 0,1 Mo qu’accepte ACTES : allégez les annexes (numérisez les délibérations en moindre résolution,"
                + " par exemple)", refusal.getMessage());
    }

    @Test
    void refusesAConventionWhoseSignatureIsNotRecorded() throws Exception {
        Path unsigned = SignedForcalquier.unsigned(temp);

        assertEquals("la signature de la convention n’est pas enregistrée (statut « projet ») : enregistrez d’abord sa signature :"
                + " ctg enregistrer-signature", refusal(unsigned));
    }

    @Test
    void refusesASignedPdfThatIsNotTheRecordedOne() throws Exception {
        Path copy = SignedForcalquier.recorded(temp, certificates);
        Path signed = copy.resolveSibling("signe/convention.pdf");
        byte[] changed = Files.readAllBytes(signed);
        changed[changed.length / 2] ^= 1;
        Files.write(signed, changed);

        assertEquals(signed.toAbsolutePath() + " n’est pas le PDF signé enregistré : son empreinte n’est pas l’empreinte_pdf_signe du YAML"
                + " (remettez le PDF signé à sa place)", refusal(copy));
    }

    @Test
    void refusesAConventionWithoutTransmissionOrWithoutTheCollectivitysSiren() throws Exception {
        Path copy = SignedForcalquier.recorded(temp, certificates);
        String yaml = Files.readString(copy);
        Files.writeString(copy, yaml.replace(SignedForcalquier.TRANSMISSION, ""));
        assertEquals("la convention ne dit pas comment la transmettre : ajoutez au YAML la rubrique « transmission » (collectivite,"
                + " departement, matiere, date_classification, numero_interne ; voyez le README)", refusal(copy));

        Files.writeString(copy, yaml.replace("    siren: \"240400440\"\n", ""));
        assertEquals("« Communauté de Communes Pays de Forcalquier Montagne de Lure », qui transmet l’acte, n’a pas de SIREN : ajoutez"
                + " « siren: » à sa partie (« cc »), ses 9 chiffres", refusal(copy));
    }

    @Test
    void refusesAnAvenantNotSigned() throws Exception {
        ActesRefusal refusal = assertThrows(ActesRefusal.class, () -> new ActesBundler().bundle(convention, 1));

        assertEquals("la signature de l’avenant n° 1 n’est pas enregistrée (statut « a_signer ») : enregistrez d’abord sa signature :"
                + " ctg enregistrer-signature --avenant 1", refusal.getMessage());
    }

    @Test
    void bundlesASignedAvenantAsItsOwnActNumberedAfterTheConvention() throws Exception {
        Path copy = SignedForcalquier.recorded(temp, certificates);
        Path scan = Files.write(temp.resolve("avenant-scanne.pdf"), BlankPdf.onePage());
        new SignatureRecorder().recordAvenant(copy, 1, scan, true, null);

        ActesBundler.Bundle avenant = new ActesBundler().bundle(copy, 1);

        String base = "004-240400440-20230315-CTG_2022_AV01-CC-1-1";
        assertEquals(List.of(base + "_0.xml", "99_CO-" + base + "_1.pdf"), avenant.files().stream().map(BundleFile::name).toList());
        assertArrayEquals(Files.readAllBytes(scan), avenant.files().get(1).content());
        String xml = new String(avenant.files().get(0).content(), StandardCharsets.ISO_8859_1);
        assertEquals(true, xml.contains("<actes:Objet>Avenant n° 1 &#8211; Convention territoriale globale &#8211; Communauté de Communes"
                + " Pays de Forcalquier Montagne de Lure</actes:Objet>\n") && xml.contains("<actes:Annexes actes:Nombre=\"0\"/>"), xml);
        validate(avenant.files().get(0).content());
    }

    private static String refusal(Path conventionFile) {
        return assertThrows(ActesRefusal.class, () -> new ActesBundler().bundle(conventionFile, null)).getMessage();
    }

    private static long totalSize() {
        return bundle.files().subList(1, bundle.files().size()).stream().mapToLong(f -> f.content().length).sum();
    }

    /** Validates against the XSD of the engine's resources, with no access to any file or URL the XML may name. */
    public static void validate(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try (InputStream xsd = ActesBundlerTest.class.getResourceAsStream("/fr/ctg/actes/actes-acte.xsd")) {
            Validator validator = factory.newSchema(new StreamSource(xsd)).newValidator();
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        }
    }
}
