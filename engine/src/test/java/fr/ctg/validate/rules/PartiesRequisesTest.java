package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartiesRequisesTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAConventionWithoutCaf() {
        assertEquals(List.of("13:3: erreur[CTG-PARTIES]: aucune partie n’est une Caf (type caf) : une CTG est toujours signée par une Caf"
                + " | ajoutez la Caf aux « parties », avec « type: caf »"),
                minimale().with("type: caf", "type: msa").diagnostics(dossier));
    }

    @Test
    void reportsAConventionWithoutCollectivity() {
        assertEquals(List.of("13:3: erreur[CTG-PARTIES]: aucune partie n’est une collectivité (type epci, commune, syndicat ou departement)"
                + " : une CTG engage au moins une collectivité | ajoutez la collectivité signataire aux « parties », ou corrigez le"
                + " « type » de la partie qui en est une"),
                minimale().with("type: epci", "type: autre").diagnostics(dossier));
    }
}
