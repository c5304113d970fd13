package fr.ctg.model.shape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import fr.ctg.model.Partie;
import fr.ctg.model.Periode;
import fr.ctg.model.Representant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordShapeTest {

    @Test
    void les_cles_yaml_sont_les_composants_en_snake_case_dans_l_ordre_du_record() {
        assertEquals(List.of("id", "type", "nom", "article", "genre", "nom_court", "designation", "organe", "representants", "siege",
                "redaction", "siren"),
                RecordShape.of(Partie.class).keys());
    }

    @Test
    void un_composant_dit_son_type_celui_des_elements_d_une_liste_et_s_il_peut_manquer() {
        List<String> description = RecordShape.of(Partie.class).components().stream()
                .map(c -> c.name() + " " + c.rawType().getSimpleName() + (c.isList() ? "<" + ((Class<?>) c.elementType()).getSimpleName() + ">" : "")
                        + (c.nullable() ? " nullable" : "") + (c.optional() ? " facultatif" : ""))
                .toList();

        assertEquals(List.of("id String", "type TypePartie", "nom String", "article ArticleDefini", "genre Genre",
                "nomCourt String nullable facultatif", "designation String nullable facultatif", "organe OrganeDeliberant nullable facultatif",
                "representants List<Representant> facultatif", "siege String nullable facultatif",
                "redaction RedactionPartie nullable facultatif", "siren String nullable facultatif"), description);
        assertEquals(Representant.class, RecordShape.of(Partie.class).components().get(8).elementType());
    }

    @Test
    void un_record_se_lit_et_se_construit_par_ses_composants() {
        RecordShape shape = RecordShape.of(Periode.class);
        Periode periode = new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31));

        assertEquals(LocalDate.of(2028, 12, 31), shape.components().get(1).read(periode));
        assertEquals(periode, shape.newInstance(LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31)));
    }

    @Test
    void la_description_est_lue_une_fois_par_record() {
        assertSame(RecordShape.of(Partie.class), RecordShape.of(Partie.class));
    }
}
