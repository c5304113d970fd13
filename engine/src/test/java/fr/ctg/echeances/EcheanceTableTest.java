package fr.ctg.echeances;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcheanceTableTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 15);

    @Test
    void statesHowFarAPendingDeadlineIs() {
        assertEquals(List.of("en retard", "aujourd’hui", "demain", "dans 2 jours", "dans 75 jours"),
                List.of(-1, 0, 1, 2, 75).stream().map(days -> EcheanceTable.status(pending(DAY.plusDays(days)), DAY)).toList());
    }

    @Test
    void aDoneDeadlineIsDoneWhateverItsDate() {
        assertEquals(List.of("fait", "fait"), List.of(-10, 10).stream()
                .map(days -> EcheanceTable.status(new Echeance(DAY.plusDays(days), "c", TypeEcheance.DELIBERATION, "d", "D", true), DAY))
                .toList());
    }

    @Test
    void theEndOfTheConventionIsDoneOnceItsDayHasPassed() {
        assertEquals(List.of("fait", "aujourd’hui"), List.of(-1, 0).stream()
                .map(days -> EcheanceTable.status(new Echeance(DAY.plusDays(days), "c", TypeEcheance.FIN, "fin", "Fin", false), DAY))
                .toList());
    }

    @Test
    void alignsColumnsAndCountsByState() {
        List<Echeance> echeances = List.of(
                new Echeance(LocalDate.of(2022, 11, 9), "forcalquier-2022-2024", TypeEcheance.DELIBERATION, "deliberation-limans",
                        "Délibération de Limans à obtenir", false),
                new Echeance(LocalDate.of(2022, 11, 24), "forcalquier-2022-2024", TypeEcheance.ACCUSE_RECEPTION, "accuse-reception",
                        "Accusé de réception", true),
                new Echeance(DAY, "minimale", TypeEcheance.FIN, "fin", "Fin de la convention", false));
        assertEquals("""
                date       | convention            | échéance                         | statut
                09/11/2022 | forcalquier-2022-2024 | Délibération de Limans à obtenir | en retard
                24/11/2022 | forcalquier-2022-2024 | Accusé de réception              | fait
                15/01/2023 | minimale              | Fin de la convention             | aujourd’hui
                3 échéances : 1 en retard, 1 à venir, 1 faite
                """, EcheanceTable.write(echeances, DAY));
    }

    @Test
    void agreesTheSummaryInNumber() {
        assertEquals(List.of("0 échéance : 0 en retard, 0 à venir, 0 faite",
                "1 échéance : 0 en retard, 0 à venir, 1 faite",
                "2 échéances : 0 en retard, 0 à venir, 2 faites"),
                List.of(0, 1, 2).stream().map(n -> EcheanceTable.summary(
                        java.util.Collections.nCopies(n, new Echeance(DAY, "c", TypeEcheance.DELIBERATION, "d", "D", true)), DAY)).toList());
    }

    private static Echeance pending(LocalDate date) {
        return new Echeance(date, "c", TypeEcheance.EVALUATION, "evaluation", "Évaluation", false);
    }
}
