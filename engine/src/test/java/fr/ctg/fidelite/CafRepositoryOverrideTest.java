package fr.ctg.fidelite;

import static fr.ctg.cli.CliRun.ctg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.compose.Composer;
import fr.ctg.compose.XhtmlQuery;
import fr.ctg.generate.DocumentGenerator;
import fr.ctg.generate.Documents;
import fr.ctg.generate.Generation;
import fr.ctg.pipeline.ConventionSet;
import fr.ctg.write.docx.DocxText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Caf repository made by {@code ctg init} and {@code ctg nouveau}, whose {@code modeles/} redefines one article by
 * {@code ctg modele copier}: the PDF and the DOCX of its convention say the Caf's article, and everything else as
 * before.
 */
class CafRepositoryOverrideTest {

    private static final String NATIONAL = "Les supports communs font apparaître les logos de chacune des parties.";
    private static final String CAF = "Les supports communs portent le logo de la Caf en premier.";

    @TempDir
    Path dir;

    /** The tokens of the PDF's and the DOCX's text. */
    private record Texts(List<String> pdf, List<String> docx) {
    }

    private static Texts texts(Path conventionFile) throws Exception {
        ConventionSet set = Generation.valid(conventionFile);
        Documents documents = Generation.convention(new DocumentGenerator(), set);
        String xhtml = XhtmlQuery.serialized(new Composer().composeConvention(set.convention(), set.source()));
        return new Texts(PdfText.tokens(documents.pdf(), xhtml), PdfText.tokens(String.join("\n", DocxText.lines(documents.docx()))));
    }

    private static List<String> replaced(List<String> tokens, String national, String caf) {
        List<String> before = PdfText.tokens(national);
        int at = java.util.Collections.indexOfSubList(tokens, before);
        List<String> after = new ArrayList<>(tokens.subList(0, at));
        after.addAll(PdfText.tokens(caf));
        after.addAll(tokens.subList(at + before.size(), tokens.size()));
        return after;
    }

    @Test
    void anArticleCopiedIntoTheRepositorysModelesAndChangedChangesThatArticleInThePdfAndTheDocxAndNothingElse() throws Exception {
        Path repository = dir.resolve("ctg-caf");
        assertEquals(0, ctg("init", repository.toString(), "--caf", "Caisse d’allocations familiales de l’Exemple").code());
        assertEquals(0, ctg("nouveau", "essai", "--debut", "2027-01-01", "--depot", repository.toString()).code());
        Path convention = repository.resolve("conventions/essai/convention.yaml");
        Texts national = texts(convention);

        assertEquals(0, ctg("modele", "copier", "partials/articles.ftlx#article8", repository.resolve("modeles").toString()).code());
        Path copy = repository.resolve("modeles/partials/articles.ftlx");
        Files.writeString(copy, Files.readString(copy).replace(NATIONAL, CAF));
        Texts overridden = texts(convention);

        assertEquals(replaced(national.pdf(), NATIONAL, CAF), overridden.pdf());
        assertEquals(replaced(national.docx(), NATIONAL, CAF), overridden.docx());
    }
}
