package fr.ctg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.RemplacementParagraphe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionPipelineTest {

    @TempDir
    Path temp;

    private final ConventionPipeline pipeline = new ConventionPipeline();

    @Test
    void lit_la_convention_et_ses_avenants_une_fois_avec_leur_empreinte() throws Exception {
        Path folder = copy();
        ConventionSet set = pipeline.load(folder.resolve("convention.yaml"));

        assertEquals(List.of(folder.resolve("convention.yaml"), folder.resolve("avenants/avenant-01.yaml").toAbsolutePath()),
                set.sources().stream().map(s -> s.path()).toList());
        assertEquals(sha256(folder.resolve("convention.yaml")), set.source().sha256());
        assertEquals(sha256(folder.resolve("avenants/avenant-01.yaml")), set.avenants().get(0).source().sha256());
        assertEquals(1, set.avenantValues().size());
    }

    @Test
    void la_version_consolidee_n_applique_que_les_avenants_signes() throws Exception {
        Path folder = copy();
        Path avenant = folder.resolve("avenants/avenant-01.yaml");
        Files.writeString(avenant, Files.readString(avenant) + "  - prolongation:\n      fin: 2025-12-31\n");

        ConventionSet toSign = pipeline.load(folder.resolve("convention.yaml"));
        Files.writeString(avenant, Files.readString(avenant).replace("statut: a_signer\n", "statut: signee\n"));
        ConventionSet signed = pipeline.load(folder.resolve("convention.yaml"));

        assertEquals(LocalDate.of(2024, 12, 31), toSign.consolidated().periode().fin());
        assertEquals(LocalDate.of(2025, 12, 31), signed.consolidated().periode().fin());
        assertEquals(List.of("5.1", "5.2"), signed.consolidated().axes().get(4).fiches());
        assertEquals(LocalDate.of(2024, 12, 31), signed.convention().periode().fin());
    }

    @Test
    void une_convention_en_erreur_n_a_ni_avenants_ni_version_consolidee() throws Exception {
        Path folder = copy();
        Path convention = folder.resolve("convention.yaml");
        Files.writeString(convention, Files.readString(convention).replace("fin: 2024-12-31", "fin: 2029-12-31"));

        ConventionSet set = pipeline.load(convention);

        assertTrue(set.hasErrors());
        assertEquals(List.of(), set.avenants());
        assertNull(set.consolidated());
    }

    @Test
    void un_avenant_en_erreur_retient_la_version_consolidee() throws Exception {
        Path folder = copy();
        Path avenant = folder.resolve("avenants/avenant-01.yaml");
        Files.writeString(avenant, Files.readString(avenant).replace("numero: 1\n", "numero: 2\n"));

        ConventionSet set = pipeline.load(folder.resolve("convention.yaml"));

        assertEquals(List.of("CTG-AVENANT-NUMERO"), set.diagnostics().stream().filter(d -> d.isError()).map(d -> d.code()).toList());
        assertNull(set.consolidated());
    }

    @Test
    void un_paragraphe_designe_par_son_rang_est_nomme_par_l_identifiant_du_paragraphe_de_ce_rang_dans_le_texte() throws Exception {
        Path folder = copy();
        Path avenant = folder.resolve("avenants/avenant-01.yaml");
        // Forcalquier's article 4 leaves out the template's second paragraph (a conditional one): its second is article-4-al-3
        Files.writeString(avenant, Files.readString(avenant)
                + "  - remplacement_paragraphe:\n      article: 4\n      paragraphe: 2\n      texte: Les fiches sont structurées ainsi.\n");

        ConventionSet set = pipeline.load(folder.resolve("convention.yaml"));

        assertEquals(List.of("CTG-AVENANT-CLAUSE"), set.diagnostics().stream()
                .filter(d -> d.position().file().getFileName().toString().startsWith("avenant")).map(d -> d.code()).toList());
        List<Modification> modifications = set.avenantValues().get(0).modifications();
        assertEquals(new RemplacementParagraphe("article-4-al-3", 4, 3, "Les fiches sont structurées ainsi."),
                modifications.get(modifications.size() - 1));
    }

    private Path copy() throws Exception {
        return ForcalquierFolder.copyInto(temp);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
