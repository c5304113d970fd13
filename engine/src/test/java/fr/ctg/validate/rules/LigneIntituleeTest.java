package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LigneIntituleeTest {

    @TempDir
    Path dossier;

    @Test
    void aLineNamedByItsSchemeOnlyNeedsNoLabel() {
        assertEquals(List.of(), minimale().append(Financements.CAZALS_SALVIAC.replace("- libelle: prestations de service",
                "- dispositif: psu")).diagnostics(dossier));
    }

    @Test
    void aLineWithNeitherLabelNorSchemeIsAnError() {
        assertEquals(List.of("91:9: erreur[CTG-LIGNE-INTITULE]: la ligne 1 du financement 2024 de « Caf de l’Exemple » n’a ni libellé"
                + " ni dispositif : l’annexe 7 ne peut pas la nommer | ajoutez « libelle: » ou « dispositif: » (bonus_territoire, psu…)"),
                minimale().append(Financements.CAZALS_SALVIAC.replace("  - libelle: prestations de service\n        montant: 157191.67",
                        "  - montant: 157191.67")).diagnostics(dossier));
    }
}
