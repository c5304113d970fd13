package fr.ctg.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Generation;
import fr.ctg.load.ConventionLoader;
import fr.ctg.load.LoadResult;
import fr.ctg.load.SourceFile;
import fr.ctg.model.Convention;
import fr.ctg.text.FrenchSpacing;
import fr.ctg.validate.ConventionSnippet;
import fr.ctg.validate.Validator;
import fr.ctg.write.docx.DocxText;
import fr.ctg.write.pdf.DeliberationPdfs;
import fr.ctg.write.pdf.VeraPdf;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile inputs too big to commit, or that depend on the machine: made here, in a temporary folder. */
class GeneratedHostileInputsTest {

    private static final String DELIBERATION_LINE = "    numero: 2023-112\n";

    @TempDir
    Path dossier;

    private Path conventionFile() {
        return dossier.resolve("minimale/convention.yaml");
    }

    private List<String> diagnostics(ConventionSnippet snippet) throws Exception {
        return diagnostics(write(snippet));
    }

    private Path write(ConventionSnippet snippet) throws IOException {
        Files.createDirectories(conventionFile().getParent());
        Files.writeString(conventionFile(), snippet.text(), StandardCharsets.UTF_8);
        return conventionFile();
    }

    private static List<String> diagnostics(Path file) throws Exception {
        return new Validator().validate(new ConventionLoader().load(file)).stream()
                .map(d -> d.position().line() + ":" + d.position().column() + ": " + d.severity().label() + "[" + d.code() + "]: " + d.message())
                .toList();
    }

    /** Long runs of spaces once made the amount's pattern and French spacing quadratic: minutes for a few hundred Ko. */
    @Test
    void aLongRunOfSpacesInAnAmountIsRefusedAtOnce() throws Exception {
        ConventionSnippet snippet = TooBigToCommit.amountWithALongRunOfSpaces();

        List<String> diagnostics = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> diagnostics(snippet));

        assertEquals(1, diagnostics.size(), diagnostics.toString());
        assertTrue(diagnostics.get(0).contains("erreur[CTG-NOMBRE-INVALIDE]: « montant » attend un montant"), diagnostics.get(0));
    }

    @Test
    void aLongRunOfSpacesInATextIsSpacedAtOnce() {
        String text = "Un texte" + " ".repeat(500_000) + "sans ponctuation" + " ".repeat(500_000) + "; puis un point-virgule";

        String spaced = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> FrenchSpacing.apply(text));

        assertEquals("Un texte" + " ".repeat(500_000) + "sans ponctuation\u202f; puis un point-virgule", spaced);
    }

    @Test
    void aFiftyMegabyteFileIsRefusedOnItsSizeWithoutBeingRead() throws Exception {
        Path file = conventionFile();
        Files.createDirectories(file.getParent());
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(50L * 1024 * 1024);
        }
        // all NUL bytes: had the loader read it, it would have said CTG-YAML-BINAIRE
        assertEquals(List.of("1:1: erreur[CTG-YAML-TAILLE]: le fichier fait 51\u202f200\u00a0Ko, au-delà de la limite de 5\u202f120\u00a0Ko"),
                diagnostics(file));
    }

    @Test
    void aOneMegabyteTextFieldLoadsValidatesAndComposes() throws Exception {
        String huge = TooBigToCommit.ONE_MEGABYTE_PARAGRAPH;
        assertTrue(huge.length() > 1_000_000);
        Path file = write(TooBigToCommit.oneMegabyteParagraph());

        LoadResult loaded = new ConventionLoader().load(file);
        assertEquals(List.of(), new Validator().validate(loaded));
        Convention convention = loaded.loadedConvention().orElseThrow();
        assertEquals(huge, convention.fichesActions().get(0).contexte());
        assertTrue(XhtmlQuery.serialized(new Composer().composeConvention(convention, SourceFile.read(file))).contains(huge.substring(0, 1000)));
    }

    /** Nineteen aliases, under the limit on aliases, once made 5 Mo of text out of a 262 Ko file. An alias is the node it
     * names: the diagnostic points at the repeated text. */
    @Test
    void aliasesRepeatingALongTextAreRefusedPastTheTextLimit() throws Exception {
        ConventionSnippet snippet = TooBigToCommit.aliasesRepeatingALongText();

        assertEquals(List.of("53:11: erreur[CTG-YAML-TAILLE]: la convention dépasse, alias (*nom) développés, 2\u202f000\u202f000"
                + " caractères de texte ; la suite n’est pas lue"), diagnostics(snippet));
    }

    /** 200 001 values and not one alias: the message says so, rather than blaming aliases. */
    @Test
    void tooManyValuesWithoutAliasesAreRefusedForTheirNumber() throws Exception {
        String items = "\n    - x".repeat(200_001);

        List<String> found = diagnostics(ConventionSnippet.minimale().with("    - La parentalité", "    - La parentalité" + items));

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(": erreur[CTG-YAML-TAILLE]: la convention compte plus de 200\u202f000 valeurs ; la suite n’est pas lue"), found.get(0));
    }

    @Test
    void aliasesRepeatingALongListAreRefusedPastTheNumberOfValues() throws Exception {
        String list = "[" + "x, ".repeat(19_999) + "x]";
        ConventionSnippet fifteenAliases = ConventionSnippet.minimale()
                .with("    - thematique: La petite enfance\n      quantitatif:\n        - Un multi-accueil de 20 places",
                        "    - &constat\n      thematique: La petite enfance\n      quantitatif: " + list)
                .with("gouvernance:", "    - *constat\n".repeat(15) + "gouvernance:");

        List<String> found = diagnostics(fifteenAliases);

        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).endsWith(": erreur[CTG-YAML-ALIAS]: les alias (*nom) de ce fichier le font grossir au-delà de 200\u202f000 valeurs"
                + " ; la suite n’est pas lue"), found.get(0));
    }

    @Test
    void aLineOfTwoMegabytesOfBracketsIsRefusedForItsDepth() throws Exception {
        String brackets = "[".repeat(1_000_000) + "]".repeat(1_000_000);
        assertEquals(List.of("61:53: erreur[CTG-YAML-PROFONDEUR]: les rubriques sont imbriquées trop profondément (plus de 40 niveaux)"),
                diagnostics(ConventionSnippet.minimale().with("copilotes: [caf, cc]", "copilotes: " + brackets)));
    }

    @Test
    void aBillionLaughsBombIsRefusedForItsAliases() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char name = 'b'; name <= 'z'; name++) {
            bomb.append(name).append(": &").append(name).append(" [").append(String.join(",", Collections.nCopies(9, "*" + (char) (name - 1))))
                    .append("]\n");
        }
        assertEquals(List.of("89:14: erreur[CTG-YAML-ALIAS]: le fichier répète trop d’alias (*nom) : plus de 20 sont refusés"),
                diagnostics(ConventionSnippet.minimale().append(bomb.toString())));
    }

    @Test
    void anEncryptedDeliberationIsRefused() throws Exception {
        Path pdf = conventionFile().resolveSibling("deliberations/cc.pdf");
        Files.createDirectories(pdf.getParent());
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("proprietaire", "lecteur", new AccessPermission()));
            document.save(pdf.toFile());
        }
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » est un PDF protégé par un mot de passe :"
                + " il ne peut pas être joint à la convention"),
                diagnostics(ConventionSnippet.minimale().with(DELIBERATION_LINE, DELIBERATION_LINE + "    fichier: deliberations/cc.pdf\n")));
    }

    @Test
    void symbolicLinksLeadingOutOfTheConventionsFolderAreRefused() throws Exception {
        Path outside = Files.createDirectories(dossier.resolve("ailleurs"));
        Files.writeString(outside.resolve("secret.pdf"), "%PDF-1.7 secret");
        Path folder = Files.createDirectories(conventionFile().getParent());
        Files.createSymbolicLink(folder.resolve("deliberation.pdf"), outside.resolve("secret.pdf"));
        Files.createSymbolicLink(folder.resolve("modeles"), outside);

        assertEquals(List.of(
                "39:14: erreur[CTG-FICHIER]: le chemin « deliberation.pdf » mène, par un lien symbolique, hors du dossier de la convention",
                "87:10: erreur[CTG-FICHIER]: le chemin « modeles » mène, par un lien symbolique, hors du dossier de la convention"),
                diagnostics(ConventionSnippet.minimale().with(DELIBERATION_LINE, DELIBERATION_LINE + "    fichier: deliberation.pdf\n")
                        .append("modeles: modeles\n")));
    }

    @Test
    void remoteImagesInTextFieldsStayTextAndNoConnectionIsAttempted() throws Exception {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            server.configureBlocking(false);
            String url = "http://127.0.0.1:" + server.socket().getLocalPort() + "/pixel.png";
            String image = "<img src=\"" + url + "\"/>";
            Path file = write(ConventionSnippet.minimale()
                    .with("titre: Maintenir l’offre d’accueil du jeune enfant", "titre: '" + image + "'")
                    .with("contexte: Le multi-accueil est le seul mode d’accueil collectif du territoire.",
                            "contexte: '" + image + " ![pixel](" + url + ") <link rel=\"stylesheet\" href=\"" + url + "\"/>'"));
            byte[] docx = Generation.convention(new DocumentGenerator(), Generation.valid(file)).docx();

            // a connection attempt would have completed in the listening socket's backlog
            assertNull(server.accept(), "le moteur a tenté une connexion à " + url);
            assertTrue(LiteralRenderingTest.withoutSpaces(String.join("", DocxText.lines(docx))).contains(LiteralRenderingTest.withoutSpaces(image)));
        }
    }

    private Path deliberation(byte[] content) throws IOException {
        Path pdf = conventionFile().resolveSibling("deliberations/cc.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, content);
        return write(ConventionSnippet.minimale().with(DELIBERATION_LINE, DELIBERATION_LINE + "    fichier: deliberations/cc.pdf\n"));
    }

    /** The act that once carried a deliberation's JavaScript: now a warning, and an output without any. */
    @Test
    void aDeliberationsScriptsAndFontNotEmbeddedNeverReachTheAct() throws Exception {
        Path file = deliberation(DeliberationPdfs.withScripts());
        assertEquals(List.of("39:14: avertissement[CTG-FICHIER]: le fichier « deliberations/cc.pdf » contient du JavaScript, des actions"
                + " (à l’ouverture, page 1) et des fichiers incorporés, qui ne sont pas repris : la convention joint l’image de ses pages"),
                diagnostics(file));

        byte[] pdf = Generation.convention(new DocumentGenerator(), Generation.valid(file)).pdf();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(List.of(), DeliberationPdfs.activeContent(document));
        }
        assertEquals(List.of(), VeraPdf.failures(pdf));
    }

    @Test
    void aDeliberationOfSixtyMegabytesIsRefusedOnItsSizeWithoutBeingRead() throws Exception {
        Path file = deliberation(new byte[0]);
        try (RandomAccessFile sparse = new RandomAccessFile(file.resolveSibling("deliberations/cc.pdf").toFile(), "rw")) {
            sparse.setLength(60L * 1024 * 1024);
        }
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » fait 60\u00a0Mo : une délibération jointe en fait"
                + " au plus 50"), diagnostics(file));
    }

    /** A named pipe once read as « un dossier » ; opened, it would have blocked for ever. */
    @Test
    void aNamedPipeAsADeliberationIsRefusedWithoutBeingOpened() throws Exception {
        Path file = write(ConventionSnippet.minimale().with(DELIBERATION_LINE, DELIBERATION_LINE + "    fichier: deliberations/cc.pdf\n"));
        Path pipe = Files.createDirectories(file.resolveSibling("deliberations")).resolve("cc.pdf");
        assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo indisponible");

        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » n’est pas un fichier ordinaire (périphérique, tube"
                + " ou socket), pas un PDF"), assertTimeoutPreemptively(Duration.ofSeconds(20), () -> diagnostics(file)));
    }

    @Test
    void aPageTreeTenThousandLevelsDeepIsRefused() throws Exception {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » est un PDF dont l’arbre des pages est imbriqué"
                + " trop profondément (plus de 64 niveaux)"), diagnostics(deliberation(deepPageTree(10_000))));
    }

    @Test
    void aPageTreeThatLoopsIsRefused() throws Exception {
        byte[] looping = rawPdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » est un PDF endommagé : l’arbre de ses pages"
                + " revient sur lui-même"), diagnostics(deliberation(looping)));
    }

    /** The diagnostics of a convention whose deliberation is {@code pdf}, given within {@code budget}. */
    private List<String> diagnosticsWithin(Duration budget, byte[] pdf) throws Exception {
        Path file = deliberation(pdf);
        return assertTimeoutPreemptively(budget, () -> diagnostics(file));
    }

    /** PDFBox finds page 2 through the branch's count: the branch claiming 5 pages would have it look for page 2 inside. */
    @Test
    void aBranchOfThePageTreeThatLiesAboutItsCountIsRefused() throws Exception {
        byte[] lying = rawPdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R] /Count 5 >>", "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » est un PDF endommagé : une branche de l’arbre"
                + " de ses pages en annonce 5 et en contient 1"), diagnostics(deliberation(lying)));
    }

    @Test
    void aBranchOfThePageTreeWithoutACountIsRefused() throws Exception {
        byte[] uncounted = rawPdf(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [4 0 R] >>", "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>"));
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » est un PDF endommagé : une branche de l’arbre"
                + " de ses pages n’en annonce aucun nombre et en contient 1"), diagnostics(deliberation(uncounted)));
    }

    @Test
    void anImageWhoseDataExpandsToGigabytesIsRefusedAtItsPage() throws Exception {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » a, à la page 1, une image qui se décompresse"
                + " en plus de 64\u00a0Mo : au plus 64\u00a0Mo par image ou contenu de page"),
                diagnosticsWithin(Duration.ofSeconds(30), DecompressionBombs.imageExpandingToGigabytes()));
    }

    @Test
    void anImageOfTenBillionPixelsIsRefusedBeforeItsDataIsRead() throws Exception {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » a, à la page 1, une image de 100\u202f000 ×"
                + " 100\u202f000 pixels : au plus 40\u202f000\u202f000 pixels par image"),
                diagnostics(deliberation(DecompressionBombs.imageOfTenBillionPixels())));
    }

    @Test
    void aJpegWhoseOwnHeaderIsAbsurdIsRefusedOnItsHeader() throws Exception {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » a, à la page 1, une image de 60\u202f000 ×"
                + " 60\u202f000 pixels : au plus 40\u202f000\u202f000 pixels par image"),
                diagnostics(deliberation(DecompressionBombs.jpegOfThreeBillionPixels())));
    }

    @Test
    void streamsEachUnderTheLimitButTogetherOverAGigabyteAreRefused() throws Exception {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations/cc.pdf » se décompresse en plus de 1\u00a0Go, atteint"
                + " à la page 1 : au plus 1\u00a0Go pour toute la délibération"),
                diagnosticsWithin(Duration.ofSeconds(60), DecompressionBombs.pageOfManyStreams()));
    }

    @Test
    void aZlibStreamOfZerosMadeByRepetitionInflatesToItsLength() throws Exception {
        java.util.zip.Inflater inflater = new java.util.zip.Inflater();
        inflater.setInput(DecompressionBombs.zeros(3L * 1024 * 1024));
        byte[] out = new byte[4 * 1024 * 1024];
        int length = inflater.inflate(out);

        assertEquals(3 * 1024 * 1024, length);
        assertTrue(inflater.finished());
    }

    /** One page under {@code depth} levels of /Pages nodes, each the only kid of the one above. */
    private static byte[] deepPageTree(int depth) {
        List<String> objects = new ArrayList<>(List.of("<< /Type /Catalog /Pages 2 0 R >>"));
        for (int level = 0; level < depth; level++) {
            int number = level + 2;
            objects.add("<< /Type /Pages /Kids [" + (number + 1) + " 0 R] /Count 1" + (level == 0 ? "" : " /Parent " + (number - 1) + " 0 R") + " >>");
        }
        objects.add("<< /Type /Page /Parent " + (depth + 1) + " 0 R /MediaBox [0 0 595 842] >>");
        return rawPdf(objects);
    }

    /** A PDF written by hand, its objects numbered from 1: PDFBox itself recurses when it builds such trees. */
    private static byte[] rawPdf(List<String> objects) {
        StringBuilder pdf = new StringBuilder("%PDF-1.7\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj ").append(objects.get(i)).append(" endobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
        pdf.append("trailer << /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
