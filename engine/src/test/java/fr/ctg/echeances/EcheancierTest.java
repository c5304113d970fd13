package fr.ctg.echeances;

import static fr.ctg.validate.ConventionSnippet.minimale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.model.Convention;
import fr.ctg.validate.ConventionSnippet;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EcheancierTest {

    @TempDir
    Path folder;

    @Test
    void derivesEveryDeadlineOfForcalquierByDate() {
        assertEquals(List.of(
                "2022-11-09 DELIBERATION deliberation-cc : Délibération du conseil communautaire de la Communauté de Communes"
                        + " Pays de Forcalquier Montagne de Lure à obtenir",
                "2022-11-09 DELIBERATION deliberation-forcalquier : Délibération du conseil municipal de la Commune de Forcalquier à obtenir",
                "2022-11-09 DELIBERATION deliberation-limans : Délibération du conseil municipal de la Commune de Limans à obtenir",
                "2022-11-09 DELIBERATION deliberation-saint-etienne-les-orgues : Délibération du conseil municipal de la Commune"
                        + " de Saint-Etienne les Orgues à obtenir",
                "2022-11-24 ACCUSE_RECEPTION accuse-reception : Accusé de réception de la préfecture à obtenir (faite)",
                "2022-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage",
                "2023-03-31 FICHES_PAR_AVENANT axe-5 : Fiches actions de l’axe 5 (le soutien et l’accompagnement à la parentalité)"
                        + " à adopter par avenant",
                "2023-03-31 FICHES_PAR_AVENANT axe-6 : Fiches actions de l’axe 6 (l’animation de la vie sociale) à adopter par avenant",
                "2023-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage",
                "2024-06-30 RECONDUCTION reconduction : Décider de la reconduction expresse ou notifier la résiliation (préavis de 6 mois)",
                "2024-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage",
                "2024-12-31 EVALUATION evaluation : Conduire l’évaluation préalable au renouvellement",
                "2024-12-31 FIN fin : Fin de la convention"),
                describe(sansAvenant(Conventions.forcalquier())));
    }

    @Test
    void aDatedDeliberationIsDoneAndTheFrequencyOfTheCommitteeIsQuoted() {
        assertEquals(List.of(
                "2023-12-15 DELIBERATION deliberation-cc : Délibération du conseil communautaire de la Communauté de communes"
                        + " du Val d’Exemple à obtenir (faite)",
                "2024-06-30 FICHES_PAR_AVENANT axe-2 : Fiches actions de l’axe 2 (Le soutien à la parentalité) à adopter par avenant",
                "2024-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum)",
                "2025-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum)",
                "2026-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum)",
                "2027-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum)",
                "2028-06-30 RECONDUCTION reconduction : Décider de la reconduction expresse ou notifier la résiliation (préavis de 6 mois)",
                "2028-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum)",
                "2028-12-31 EVALUATION evaluation : Conduire l’évaluation préalable au renouvellement",
                "2028-12-31 FIN fin : Fin de la convention"),
                describe(minimale()));
    }

    @Test
    void aDeliberationIsDueAtTheStartWhenTheSignatureHasNoDateYet() {
        assertEquals("2024-01-01 DELIBERATION deliberation-cc : Délibération du conseil communautaire de la Communauté de communes"
                + " du Val d’Exemple à obtenir",
                describe(minimale().with("  lieu: Exempleville\n  date: 2023-12-15\n", "  lieu: Exempleville\n")
                        .with("date: 2023-11-20", "date: XXXX")).get(0));
    }

    @Test
    void aSignedConventionAwaitsThePrefectureAcknowledgmentFor15Days() {
        assertEquals("2023-12-30 ACCUSE_RECEPTION accuse-reception : Accusé de réception de la préfecture à obtenir",
                describe(minimale().with("statut: a_signer", "statut: signee")).get(1));
    }

    @Test
    void aRecordedAcknowledgmentIsDone() {
        assertEquals("2023-12-30 ACCUSE_RECEPTION accuse-reception : Accusé de réception de la préfecture à obtenir (faite)",
                describe(minimale().with("statut: a_signer", "statut: signee")
                        .append("accuse_reception:\n  identifiant: 004-240400440-20231215-99-2023-CC\n  date_reception: 2023-12-20\n")).get(1));
    }

    @Test
    void anAxisWhoseFichesNowExistIsDone() {
        assertEquals("2024-06-30 FICHES_PAR_AVENANT axe-2 : Fiches actions de l’axe 2 (Le soutien à la parentalité) à adopter par avenant (faite)",
                describe(minimale().with("    fiches_par_avenant: 2024-06-30\n", "    fiches_par_avenant: 2024-06-30\n    fiches: [\"2.1\"]\n"))
                        .get(1));
    }

    @Test
    void anAxisTitleStillToWriteIsLeftOut() {
        assertEquals("2024-06-30 FICHES_PAR_AVENANT axe-2 : Fiches actions de l’axe 2 à adopter par avenant",
                describe(minimale().with("titre: Le soutien à la parentalité", "titre: XXXX")).get(1));
    }

    @Test
    void theLastCommitteeMeetsByTheEndOfAPeriodEndingMidYear() {
        List<String> echeances = describe(minimale().with("fin: 2028-12-31", "fin: 2028-08-31").with("    frequence: 1 fois par an minimum\n", ""));
        assertEquals(List.of(
                "2027-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage",
                "2028-02-29 RECONDUCTION reconduction : Décider de la reconduction expresse ou notifier la résiliation (préavis de 6 mois)",
                "2028-08-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage",
                "2028-08-31 FIN fin : Fin de la convention",
                "2028-12-31 EVALUATION evaluation : Conduire l’évaluation préalable au renouvellement"),
                echeances.subList(echeances.size() - 5, echeances.size()));
    }

    @Test
    void withoutAYearTheEvaluationIsDueThreeMonthsBeforeTheEndAndTheNoticeIsTheFilesOwn() {
        List<String> echeances = describe(minimale().with("  annee_deploiement: 2028\n", "  texte: Bilan partagé.\n")
                .append("preavis_resiliation_mois: 3\n"));
        assertEquals(List.of(
                "2028-09-30 EVALUATION evaluation : Conduire l’évaluation préalable au renouvellement",
                "2028-09-30 RECONDUCTION reconduction : Décider de la reconduction expresse ou notifier la résiliation (préavis de 3 mois)"),
                echeances.subList(echeances.size() - 4, echeances.size() - 2));
    }

    @Test
    void aRecordedDecisionOnRenewalIsDone() {
        List<String> echeances = describe(minimale().append("decision_reconduction:\n  date: 2028-05-12\n  choix: reconduction_expresse\n"));

        assertEquals(List.of("2028-06-30 RECONDUCTION reconduction : Décider de la reconduction expresse ou notifier la résiliation"
                        + " (préavis de 6 mois) (faite)"),
                echeances.stream().filter(e -> e.contains("RECONDUCTION")).toList());
    }

    @Test
    void aCommitteeMeetingHeldThatYearAndAnEvaluationPresentedAreDone() {
        List<String> echeances = describe(minimale()
                .with("    frequence: 1 fois par an minimum\n", "    frequence: 1 fois par an minimum\n    reunions: [2025-06-12]\n")
                .with("  annee_deploiement: 2028\n", "  annee_deploiement: 2028\n  realisee_le: 2028-10-02\n"));
        assertEquals(List.of(
                "2024-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum)",
                "2025-12-31 COMITE_PILOTAGE comite-pilotage : Réunir le comité de pilotage (1 fois par an minimum) (faite)",
                "2028-12-31 EVALUATION evaluation : Conduire l’évaluation préalable au renouvellement (faite)"),
                echeances.stream().filter(e -> e.startsWith("2024-12-31 COMITE") || e.startsWith("2025-12-31 COMITE") || e.contains("EVALUATION")).toList());
    }

    private List<String> describe(ConventionSnippet snippet) {
        return describe(sansAvenant(Conventions.of(snippet, folder)));
    }

    /** A convention without avenant in force: as signed and as consolidated alike. */
    private static List<Echeance> sansAvenant(Convention convention) {
        return Echeancier.echeances(convention, convention);
    }

    private static List<String> describe(List<Echeance> echeances) {
        return echeances.stream()
                .map(e -> e.date() + " " + e.type() + " " + e.reference() + " : " + e.label() + (e.done() ? " (faite)" : ""))
                .toList();
    }
}
