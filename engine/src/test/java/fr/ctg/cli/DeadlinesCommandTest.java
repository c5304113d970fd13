package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.ctg.pipeline.ForcalquierFolder;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DeadlinesCommandTest {

    private static final String FORCALQUIER = "../conventions/forcalquier-2022-2024/convention.yaml";
    private static final String FORCALQUIER_ON_15_JANUARY_2023 = """
            date       | convention            | échéance                                       | statut
            09/11/2022 | forcalquier-2022-2024 | Délibération du conseil communautaire de la    | en retard
                       |                       | Communauté de Communes Pays de Forcalquier     |
                       |                       | Montagne de Lure à obtenir                     |
            09/11/2022 | forcalquier-2022-2024 | Délibération du conseil municipal de la        | en retard
                       |                       | Commune de Forcalquier à obtenir               |
            09/11/2022 | forcalquier-2022-2024 | Délibération du conseil municipal de la        | en retard
                       |                       | Commune de Limans à obtenir                    |
            09/11/2022 | forcalquier-2022-2024 | Délibération du conseil municipal de la        | en retard
                       |                       | Commune de Saint-Etienne les Orgues à obtenir  |
            24/11/2022 | forcalquier-2022-2024 | Accusé de réception de la préfecture à obtenir | fait
            31/12/2022 | forcalquier-2022-2024 | Réunir le comité de pilotage                   | en retard
            31/03/2023 | forcalquier-2022-2024 | Fiches actions de l’axe 5 (le soutien et       | dans 75 jours
                       |                       | l’accompagnement à la parentalité) à adopter   |
                       |                       | par avenant                                    |
            31/03/2023 | forcalquier-2022-2024 | Fiches actions de l’axe 6 (l’animation de la   | dans 75 jours
                       |                       | vie sociale) à adopter par avenant             |
            31/12/2023 | forcalquier-2022-2024 | Réunir le comité de pilotage                   | dans 350 jours
            30/06/2024 | forcalquier-2022-2024 | Décider de la reconduction expresse ou         | dans 532 jours
                       |                       | notifier la résiliation (préavis de 6 mois)    |
            31/12/2024 | forcalquier-2022-2024 | Réunir le comité de pilotage                   | dans 716 jours
            31/12/2024 | forcalquier-2022-2024 | Conduire l’évaluation préalable au             | dans 716 jours
                       |                       | renouvellement                                 |
            31/12/2024 | forcalquier-2022-2024 | Fin de la convention                           | dans 716 jours
            13 échéances : 5 en retard, 7 à venir, 1 faite
            """;

    @TempDir
    Path folder;

    private Clock clock = Clock.fixed(Instant.parse("2023-01-15T09:30:00Z"), ZoneId.of("Europe/Paris"));

    @Test
    void listsForcalquiersDeadlinesWithTheirStatusOnTheGivenDay() {
        assertEquals(new Run(0, FORCALQUIER_ON_15_JANUARY_2023, ""), run("echeances", FORCALQUIER, "--au", "2023-01-15"));
    }

    @Test
    void withoutAuTheReferenceIsTodayByTheClock() {
        assertEquals(new Run(0, FORCALQUIER_ON_15_JANUARY_2023, ""), run("echeances", FORCALQUIER));
    }

    @Test
    void strictFailsWhenADeadlineIsLate() {
        assertEquals(1, run("echeances", FORCALQUIER, "--au", "2023-01-15", "--strict").code());
    }

    @Test
    void strictSucceedsWhenNothingIsLate() throws Exception {
        Path minimale = copyOfMinimale("minimale");
        assertEquals(new Run(0, """
                date       | convention | échéance                                                 | statut
                15/12/2023 | minimale   | Délibération du conseil communautaire de la Communauté   | fait
                           |            | de communes du Val d’Exemple à obtenir                   |
                30/06/2024 | minimale   | Fiches actions de l’axe 2 (Le soutien à la parentalité)  | dans 181 jours
                           |            | à adopter par avenant                                    |
                31/12/2024 | minimale   | Réunir le comité de pilotage (1 fois par an minimum)     | dans 365 jours
                31/12/2025 | minimale   | Réunir le comité de pilotage (1 fois par an minimum)     | dans 730 jours
                31/12/2026 | minimale   | Réunir le comité de pilotage (1 fois par an minimum)     | dans 1095 jours
                31/12/2027 | minimale   | Réunir le comité de pilotage (1 fois par an minimum)     | dans 1460 jours
                30/06/2028 | minimale   | Décider de la reconduction expresse ou notifier la       | dans 1642 jours
                           |            | résiliation (préavis de 6 mois)                          |
                31/12/2028 | minimale   | Réunir le comité de pilotage (1 fois par an minimum)     | dans 1826 jours
                31/12/2028 | minimale   | Conduire l’évaluation préalable au renouvellement        | dans 1826 jours
                31/12/2028 | minimale   | Fin de la convention                                     | dans 1826 jours
                10 échéances : 0 en retard, 9 à venir, 1 faite
                """, ""), run("echeances", minimale.getParent().toString(), "--au", "2024-01-01", "--strict"));
    }

    @Test
    void skipsAFileWithValidationErrorsAndNamesIt() throws Exception {
        Path wrongFolder = copyOfMinimale("ailleurs");
        Run run = run("echeances", wrongFolder.toString(), "--au", "2024-01-01");
        assertEquals(new Run(0, "date | convention | échéance | statut\n0 échéance : 0 en retard, 0 à venir, 0 faite\n",
                "ctg : " + wrongFolder + " ignoré : 1 erreur de validation (voir « ctg valider »)\n"), run);
    }

    @Test
    void strictFailsWhenAFileIsSkipped() throws Exception {
        assertEquals(1, run("echeances", copyOfMinimale("ailleurs").toString(), "--au", "2024-01-01", "--strict").code());
    }

    @Test
    void anUnreadableFileExitsWith2() {
        assertEquals(2, run("echeances", folder.resolve("absent/convention.yaml").toString()).code());
    }

    @Test
    void refusesADateThatDoesNotExist() {
        Run run = run("echeances", FORCALQUIER, "--au", "2023-02-30");
        assertEquals(2, run.code());
        assertEquals("Invalid value for option '--au': « 2023-02-30 » n’est pas une date au format AAAA-MM-JJ", run.err().lines().findFirst().orElseThrow());
    }

    @Test
    void writesOneCalendarEventPerListedDeadline() throws Exception {
        Path ics = folder.resolve("echeances.ics");
        Run run = run("echeances", FORCALQUIER, "--au", "2023-01-15", "--ics", ics.toString());

        assertEquals(new Run(0, FORCALQUIER_ON_15_JANUARY_2023 + "Calendrier écrit dans " + ics + " (13 évènements)\n", ""), run);
        List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(Files.readAllBytes(ics))).getComponents("VEVENT");
        assertEquals(List.of(
                "forcalquier-2022-2024-deliberation-cc-20221109@ctg",
                "forcalquier-2022-2024-deliberation-forcalquier-20221109@ctg",
                "forcalquier-2022-2024-deliberation-limans-20221109@ctg",
                "forcalquier-2022-2024-deliberation-saint-etienne-les-orgues-20221109@ctg",
                "forcalquier-2022-2024-accuse-reception-20221124@ctg",
                "forcalquier-2022-2024-comite-pilotage-20221231@ctg",
                "forcalquier-2022-2024-axe-5-20230331@ctg",
                "forcalquier-2022-2024-axe-6-20230331@ctg",
                "forcalquier-2022-2024-comite-pilotage-20231231@ctg",
                "forcalquier-2022-2024-reconduction-20240630@ctg",
                "forcalquier-2022-2024-comite-pilotage-20241231@ctg",
                "forcalquier-2022-2024-evaluation-20241231@ctg",
                "forcalquier-2022-2024-fin-20241231@ctg"),
                events.stream().map(e -> e.getProperty(Property.UID).orElseThrow().getValue()).toList());
    }

    @Test
    void twoRunsTheSameDayWriteTheSameCalendarBytes() throws Exception {
        Path first = folder.resolve("premier.ics");
        Path second = folder.resolve("second.ics");
        run("echeances", FORCALQUIER, "--ics", first.toString());
        clock = Clock.offset(clock, Duration.ofHours(3));
        run("echeances", FORCALQUIER, "--ics", second.toString());

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void aSignedAvenantBringingTheFichesOfAxes5And6MarksThemDone() throws Exception {
        Path avenant = copyOfForcalquier().resolve("avenants/avenant-01.yaml");
        signed(avenant);

        List<String> lines = run("echeances", avenant.getParent().getParent().toString(), "--au", "2023-05-01").out().lines().toList();

        assertEquals(List.of(
                "31/03/2023 | forcalquier-2022-2024 | Fiches actions de l’axe 5 (le soutien et       | fait",
                "31/03/2023 | forcalquier-2022-2024 | Fiches actions de l’axe 6 (l’animation de la   | fait"),
                lines.stream().filter(line -> line.startsWith("31/03/2023")).toList());
    }

    @Test
    void anAvenantNotYetSignedChangesNoDeadline() throws Exception {
        Path copy = copyOfForcalquier();

        assertEquals(FORCALQUIER_ON_15_JANUARY_2023, run("echeances", copy.toString(), "--au", "2023-01-15").out());
    }

    @Test
    void aSignedProlongationMovesTheEndAndTheRenewalDecision() throws Exception {
        Path avenant = copyOfForcalquier().resolve("avenants/avenant-01.yaml");
        signed(avenant);
        Files.writeString(avenant, "  - prolongation:\n      fin: 2025-12-31\n", StandardOpenOption.APPEND);

        List<String> lines = run("echeances", avenant.getParent().getParent().toString(), "--au", "2023-05-01").out().lines().toList();

        assertEquals(List.of(
                "30/06/2025 | forcalquier-2022-2024 | Décider de la reconduction expresse ou         | dans 791 jours",
                "31/12/2025 | forcalquier-2022-2024 | Fin de la convention                           | dans 975 jours"),
                lines.stream().filter(line -> line.startsWith("30/06/2025") || line.contains("Fin de la convention")).toList());
    }

    @Test
    void anAvenantWithAnErrorHoldsBackItsConvention() throws Exception {
        Path avenant = copyOfForcalquier().resolve("avenants/avenant-01.yaml");
        Files.writeString(avenant, Files.readString(avenant).replace("numero: 1\n", "numero: 3\n"));

        Run run = run("echeances", avenant.getParent().getParent().toString(), "--au", "2023-05-01", "--strict");

        assertEquals(1, run.code());
        assertEquals("ctg : " + avenant.getParent().getParent().resolve("convention.yaml")
                + " ignoré : 1 erreur de validation (voir « ctg valider »)\n", run.err());
    }

    @Test
    void theTableOfAllBundledConventionsFitsIn100Columns() {
        List<String> lines = run("echeances", "../conventions", "--au", "2023-01-15").out().lines().toList();

        assertEquals(List.of(), lines.stream().filter(line -> line.codePointCount(0, line.length()) > 100).toList());
    }

    @Test
    void parConventionWritesOneCalendarPerConvention() throws Exception {
        Path calendars = folder.resolve("calendriers");
        Run run = run("echeances", FORCALQUIER, copyOfMinimale("minimale").toString(), "--au", "2024-01-01", "--ics", calendars.toString(),
                "--par-convention");

        assertEquals(0, run.code());
        assertEquals(List.of("Calendrier écrit dans " + calendars.resolve("forcalquier-2022-2024.ics") + " (13 évènements)",
                "Calendrier écrit dans " + calendars.resolve("minimale.ics") + " (10 évènements)"),
                run.out().lines().filter(line -> line.startsWith("Calendrier")).toList());
        List<VEvent> events = new CalendarBuilder().build(new ByteArrayInputStream(Files.readAllBytes(calendars.resolve("minimale.ics"))))
                .getComponents("VEVENT");
        assertEquals(10, events.size());
    }

    @Test
    void parConventionWithoutIcsIsRefused() {
        Run run = run("echeances", FORCALQUIER, "--par-convention");

        assertEquals(2, run.code());
        assertEquals("--par-convention se donne avec --ics DOSSIER", run.err().lines().findFirst().orElseThrow());
    }

    private Path copyOfForcalquier() throws Exception {
        return ForcalquierFolder.copyInto(folder);
    }

    private static void signed(Path avenant) throws Exception {
        Files.writeString(avenant, Files.readString(avenant).replace("statut: a_signer\n", "statut: signee\n"));
    }

    private Path copyOfMinimale(String folderName) throws Exception {
        Path copy = folder.resolve(folderName).resolve("convention.yaml");
        Files.createDirectories(copy.getParent());
        Files.copy(Path.of("../examples/minimale/convention.yaml"), copy);
        return copy;
    }

    private Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new Ctg());
        line.getCommandSpec().removeSubcommand("echeances");
        line.addSubcommand(new DeadlinesCommand(clock));
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(arguments);
        return new Run(code, out.toString(), err.toString());
    }

    private record Run(int code, String out, String err) {
    }
}
