package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionDansPeriodeTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnActionStartingAfterTheConvention() {
        assertEquals(List.of("80:16: erreur[CTG-ACTION-HORS-PERIODE]: l’action 1 de la fiche 1.1 commence en « 2029-T1 », après la fin de"
                + " la convention (31/12/2028) | choisissez un début entre le 01/01/2024 et le 31/12/2028 | 8:8-8:18 fin de la convention"),
                minimale().with("debut: 2024\n", "debut: 2029-T1\n").diagnostics(dossier));
    }

    @Test
    void reportsAnActionStartingBeforeTheConvention() {
        assertEquals(List.of("80:16: erreur[CTG-ACTION-HORS-PERIODE]: l’action 1 de la fiche 1.1 commence en « 2023-12 », avant le début"
                + " de la convention (01/01/2024) | choisissez un début entre le 01/01/2024 et le 31/12/2028"
                + " | 7:10-7:20 début de la convention"),
                minimale().with("debut: 2024\n", "debut: 2023-12\n").diagnostics(dossier));
    }

    @Test
    void acceptsAnApproximateStartThatOverlapsThePeriod() {
        assertEquals(List.of(), minimale().with("debut: 2024-01-01", "debut: 2024-03-01").with("debut: 2024\n", "debut: 2024-T1\n")
                .diagnostics(dossier));
    }

    @Test
    void quotesAStartLeftToFill() {
        assertEquals(List.of("80:16: erreur[CTG-ACTION-HORS-PERIODE]: le début de l’action 1 de la fiche 1.1 n’est pas encore fixé :"
                + " « 20xx » | choisissez un début entre le 01/01/2024 et le 31/12/2028"),
                minimale().with("debut: 2024\n", "debut: 20xx\n").diagnostics(dossier));
    }
}
