package fr.ctg.model.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.ctg.model.Axe;
import fr.ctg.model.avenant.AjoutAxe;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.Prolongation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantsTest {

    sealed interface MemeCle permits Premier, Second {
    }

    @YamlKey("cle")
    record Premier(int n) implements MemeCle {
    }

    @YamlKey("cle")
    record Second(int n) implements MemeCle {
    }

    sealed interface SansCle permits Anonyme {
    }

    record Anonyme(int n) implements SansCle {
    }

    @Test
    void les_types_de_modification_suivent_l_ordre_de_la_clause_permits() {
        assertEquals(List.of("prolongation", "ajout_fiches", "remplacement_fiche", "suppression_fiche", "ajout_axe", "remplacement_axe",
                "suppression_axe", "ajout_partie", "retrait_partie", "ajout_equipements", "remplacement_equipement", "suppression_equipement",
                "remplacement_article", "remplacement_paragraphe", "insertion_paragraphe", "insertion_article", "suppression", "ajout_annexe",
                "remplacement_annexe", "suppression_annexe", "modification_financement", "suppression_financement",
                "enregistrement_deliberation", "a_rediger"),
                Modification.TYPES.keys());
    }

    @Test
    void une_modification_s_ecrit_comme_ses_champs() {
        Prolongation prolongation = new Prolongation(LocalDate.of(2025, 12, 31));
        Variant variant = Modification.TYPES.withKey("prolongation").orElseThrow();

        assertEquals(Prolongation.class, variant.valueType());
        assertSame(prolongation, variant.valueOf(prolongation));
        assertEquals("prolongation", prolongation.type());
    }

    @Test
    void une_modification_qui_porte_un_axe_s_ecrit_comme_l_axe() {
        Axe axe = new Axe(5, "Accès aux droits", List.of(), List.of(), null);
        Variant variant = Modification.TYPES.withKey("ajout_axe").orElseThrow();

        assertEquals(Axe.class, variant.valueType());
        assertEquals(new AjoutAxe(axe), variant.instanceOf(axe));
        assertSame(axe, new AjoutAxe(axe).writtenValue());
    }

    @Test
    void deux_records_de_meme_cle_sont_refuses() {
        IllegalStateException refus = assertThrows(IllegalStateException.class, () -> Variants.of(MemeCle.class));

        assertEquals("clé YAML « cle » donnée deux fois dans " + MemeCle.class, refus.getMessage());
    }

    @Test
    void un_record_sans_cle_est_refuse() {
        IllegalStateException refus = assertThrows(IllegalStateException.class, () -> Variants.of(SansCle.class));

        assertEquals(Anonyme.class + " n’a pas d’annotation @YamlKey", refus.getMessage());
    }
}
