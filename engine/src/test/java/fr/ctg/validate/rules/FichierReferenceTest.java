package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.validate.ConventionSnippet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FichierReferenceTest {

    private static final String INDICATION_PDF = "joignez le PDF de la délibération tel que la collectivité l’a publié, ni chiffré ni protégé"
            + " par un mot de passe";

    @TempDir
    Path dossier;

    private Path convention() {
        return dossier.resolve("minimale");
    }

    private static ConventionSnippet deliberation(String fichier) {
        return minimale().with("    numero: 2023-112\n", "    numero: 2023-112\n    fichier: " + fichier + "\n");
    }

    @Test
    void acceptsAReadablePdfInTheConventionsFolder() throws IOException {
        writePdf(convention().resolve("deliberations/cc.pdf"), null);
        assertEquals(List.of(), deliberation("deliberations/cc.pdf").diagnostics(dossier));
    }

    @Test
    void refusesAnAbsolutePath() {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le chemin « /etc/passwd » est absolu : le fichier de la délibération doit se trouver"
                + " dans le dossier de la convention | écrivez le chemin à partir du dossier de la convention, par exemple"
                + " deliberations/conseil-2023-11-20.pdf"), deliberation("/etc/passwd").diagnostics(dossier));
    }

    @Test
    void refusesAWindowsDrivePath() {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le chemin « C:\\deliberations\\cc.pdf » est absolu : le fichier de la délibération"
                + " doit se trouver dans le dossier de la convention | écrivez le chemin à partir du dossier de la convention, par exemple"
                + " deliberations/conseil-2023-11-20.pdf"), deliberation("C:\\deliberations\\cc.pdf").diagnostics(dossier));
    }

    @Test
    void refusesAPathClimbingOutOfTheFolder() {
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le chemin « deliberations/../../secret.pdf » remonte hors du dossier de la convention"
                + " (« .. ») | copiez le fichier dans le dossier de la convention et citez-le sans « .. »"),
                deliberation("deliberations/../../secret.pdf").diagnostics(dossier));
    }

    @Test
    void refusesASymbolicLinkLeadingOutOfTheFolder() throws IOException {
        Path dehors = writePdf(dossier.resolve("ailleurs/cc.pdf"), null);
        Files.createDirectories(convention());
        Files.createSymbolicLink(convention().resolve("cc.pdf"), dehors);
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le chemin « cc.pdf » mène, par un lien symbolique, hors du dossier de la convention"
                + " | remplacez le lien par une copie du fichier"), deliberation("cc.pdf").diagnostics(dossier));
    }

    @Test
    void aMissingFileIsAnErrorOnceToSignAndAWarningInADraft() {
        String message = "le fichier de la délibération « deliberations/cc.pdf » n’existe pas | déposez le PDF de la délibération à cet"
                + " endroit du dossier de la convention, ou corrigez le chemin";
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: " + message), deliberation("deliberations/cc.pdf").diagnostics(dossier));
        assertEquals(List.of("39:14: avertissement[CTG-FICHIER]: " + message),
                deliberation("deliberations/cc.pdf").with("statut: a_signer", "statut: projet").diagnostics(dossier));
    }

    @Test
    void refusesAFileThatIsNotAPdf() throws IOException {
        write(convention().resolve("cc.pdf"), "<html>délibération</html>");
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « cc.pdf » n’est pas un PDF (il ne commence pas par « %PDF- ») | "
                + INDICATION_PDF), deliberation("cc.pdf").diagnostics(dossier));
    }

    @Test
    void refusesADamagedPdf() throws IOException {
        write(convention().resolve("cc.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n");
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « cc.pdf » est un PDF endommagé, illisible | " + INDICATION_PDF),
                deliberation("cc.pdf").diagnostics(dossier));
    }

    @Test
    void refusesAPdfOpeningOnlyWithAPassword() throws IOException {
        writePdf(convention().resolve("cc.pdf"), "secret");
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « cc.pdf » est un PDF protégé par un mot de passe : il ne peut pas"
                + " être joint à la convention | " + INDICATION_PDF), deliberation("cc.pdf").diagnostics(dossier));
    }

    @Test
    void refusesAnEncryptedPdfThatOpensWithoutPassword() throws IOException {
        writePdf(convention().resolve("cc.pdf"), "");
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « cc.pdf » est un PDF chiffré (protégé contre la copie ou la"
                + " modification) : une annexe PDF/A ne peut pas l’être | " + INDICATION_PDF), deliberation("cc.pdf").diagnostics(dossier));
    }

    @Test
    void refusesAFolderAsADeliberation() throws IOException {
        Files.createDirectories(convention().resolve("deliberations"));
        assertEquals(List.of("39:14: erreur[CTG-FICHIER]: le fichier « deliberations » est un dossier, pas un PDF | " + INDICATION_PDF),
                deliberation("deliberations").diagnostics(dossier));
    }

    @Test
    void checksTheTemplatesFolderToo() throws IOException {
        assertEquals(List.of("86:10: erreur[CTG-FICHIER]: le chemin « ../modeles » remonte hors du dossier de la convention (« .. »)"
                + " | copiez le fichier dans le dossier de la convention et citez-le sans « .. »"),
                minimale().append("modeles: ../modeles\n").diagnostics(dossier));
        assertEquals(List.of("86:10: avertissement[CTG-FICHIER]: le dossier de modèles « modeles » n’existe pas | créez ce dossier dans le"
                + " dossier de la convention, ou corrigez le chemin"),
                minimale().with("statut: a_signer", "statut: projet").append("modeles: modeles\n").diagnostics(dossier));
        write(convention().resolve("modeles"), "pas un dossier");
        assertEquals(List.of("86:10: erreur[CTG-FICHIER]: « modeles » n’est pas un dossier | indiquez le dossier qui contient les modèles (.ftlx)"),
                minimale().append("modeles: modeles\n").diagnostics(dossier));
        Files.delete(convention().resolve("modeles"));
        Files.createDirectories(convention().resolve("modeles"));
        assertEquals(List.of(), minimale().append("modeles: modeles\n").diagnostics(dossier));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A one-page PDF; encrypted when a user password is given (empty: it opens without one but stays encrypted). */
    static Path writePdf(Path file, String userPassword) throws IOException {
        Files.createDirectories(file.getParent());
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }
}
