package fr.ctg.avenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.avenant.draft.AvenantYamlWriter;
import fr.ctg.avenant.draft.ConventionDiff;
import fr.ctg.load.ConventionLoader;
import fr.ctg.model.Convention;
import fr.ctg.model.Statut;
import fr.ctg.model.avenant.Avenant;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConventionDiffTest {

    private static final Path CONVENTION = Path.of("../conventions/forcalquier-2022-2024/convention.yaml").toAbsolutePath().normalize();

    @Test
    void la_convention_consolidee_par_l_avenant_01_redonne_ses_modifications_et_le_brouillon_ecrit_se_relit_a_l_identique(@TempDir Path temp)
            throws Exception {
        Convention forcalquier = new ConventionLoader().load(CONVENTION).loadedConvention().orElseThrow();
        Avenant avenant01 = new AvenantLoader().load(AvenantFiles.of(CONVENTION).get(0)).value();
        Convention consolidee = new Consolidation().apply(forcalquier, List.of(avenant01)).convention();

        ConventionDiff.Result diff = new ConventionDiff().diff(forcalquier, consolidee);

        assertEquals(avenant01.modifications(), diff.modifications());
        Avenant brouillon = new Avenant(1, forcalquier.id(), Statut.PROJET, null, null, null, avenant01.signataires(), List.of(), List.of(),
                null, null, List.of(), diff.modifications(), null);
        Path fichier = Files.writeString(temp.resolve("avenant-01.yaml"), new AvenantYamlWriter().write(brouillon, List.of()),
                StandardCharsets.UTF_8);
        assertEquals(brouillon, new AvenantLoader().load(fichier).value());
    }

    @Test
    void la_consolidation_range_les_fiches_dans_leurs_axes_qui_n_attendent_plus_d_avenant() throws Exception {
        Convention forcalquier = new ConventionLoader().load(CONVENTION).loadedConvention().orElseThrow();
        Avenant avenant01 = new AvenantLoader().load(AvenantFiles.of(CONVENTION).get(0)).value();

        Convention consolidee = new Consolidation().apply(forcalquier, List.of(avenant01)).convention();

        assertEquals(List.of("5.1", "5.2"), consolidee.axes().get(4).fiches());
        assertEquals(List.of("6.1"), consolidee.axes().get(5).fiches());
        assertEquals(null, consolidee.axes().get(4).fichesParAvenant());
        assertEquals(forcalquier.fichesActions().size() + 3, consolidee.fichesActions().size());
        assertEquals(forcalquier.periode(), consolidee.periode());
    }
}
