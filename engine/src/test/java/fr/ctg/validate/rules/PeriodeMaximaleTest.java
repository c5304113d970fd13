package fr.ctg.validate.rules;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeriodeMaximaleTest {

    @TempDir
    Path dossier;

    @Test
    void reportsAnEndBeyondFiveYearsWithTheLatestAllowedEnd() {
        assertEquals(List.of("8:8: erreur[CTG-PERIODE-MAX]: la date de fin (31/12/2029) dépasse de 1 an la durée maximale d’une CTG (5 ans)"
                + " | ramenez la date de fin au 31/12/2028 au plus tard"),
                minimale().with("fin: 2028-12-31", "fin: 2029-12-31").diagnostics(dossier));
    }

    @Test
    void countsTheExcessInMonthsAndDays() {
        assertEquals(List.of("8:8: erreur[CTG-PERIODE-MAX]: la date de fin (15/02/2029) dépasse de 1 mois et 15 jours la durée maximale"
                + " d’une CTG (5 ans) | ramenez la date de fin au 31/12/2028 au plus tard"),
                minimale().with("fin: 2028-12-31", "fin: 2029-02-15").diagnostics(dossier));
    }
}
