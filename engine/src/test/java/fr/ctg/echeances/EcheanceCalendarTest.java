package fr.ctg.echeances;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

class EcheanceCalendarTest {

    private static final LocalDate DAY = LocalDate.of(2023, 1, 15);
    private static final List<Echeance> ECHEANCES = List.of(
            new Echeance(LocalDate.of(2022, 11, 24), "forcalquier-2022-2024", TypeEcheance.ACCUSE_RECEPTION, "accuse-reception",
                    "Accusé de réception de la préfecture à obtenir", true),
            new Echeance(LocalDate.of(2023, 3, 31), "forcalquier-2022-2024", TypeEcheance.FICHES_PAR_AVENANT, "axe-5",
                    "Fiches actions de l’axe 5 à adopter par avenant", false));
    private static final Map<String, String> TERRITORIES = Map.of("forcalquier-2022-2024", "Pays de Forcalquier");

    @Test
    void writesOneAllDayEventPerDeadlineStampedWithTheReferenceDay() throws Exception {
        List<VEvent> events = parse(EcheanceCalendar.write(ECHEANCES, TERRITORIES, DAY)).getComponents("VEVENT");

        assertEquals(List.of(
                "forcalquier-2022-2024-accuse-reception-20221124@ctg | 20221124 | 20230115T000000Z"
                        + " | Pays de Forcalquier : Accusé de réception de la préfecture à obtenir (fait)"
                        + " | Convention territoriale globale forcalquier-2022-2024 : Pays de Forcalquier | 0 rappel",
                "forcalquier-2022-2024-axe-5-20230331@ctg | 20230331 | 20230115T000000Z"
                        + " | Pays de Forcalquier : Fiches actions de l’axe 5 à adopter par avenant"
                        + " | Convention territoriale globale forcalquier-2022-2024 : Pays de Forcalquier | 1 rappel -P30D DISPLAY"),
                events.stream().map(EcheanceCalendarTest::describe).toList());
    }

    @Test
    void noReminderIsDueBeforeTheReferenceDayNorForALateDeadline() throws Exception {
        List<Echeance> echeances = List.of(
                new Echeance(LocalDate.of(2023, 1, 10), "forcalquier-2022-2024", TypeEcheance.COMITE_PILOTAGE, "comite-pilotage",
                        "Réunir le comité de pilotage", false),
                new Echeance(LocalDate.of(2023, 1, 25), "forcalquier-2022-2024", TypeEcheance.EVALUATION, "evaluation",
                        "Conduire l’évaluation préalable au renouvellement", false),
                new Echeance(LocalDate.of(2023, 1, 15), "forcalquier-2022-2024", TypeEcheance.RECONDUCTION, "reconduction",
                        "Décider de la reconduction", false));

        List<VEvent> events = parse(EcheanceCalendar.write(echeances, TERRITORIES, DAY)).getComponents("VEVENT");

        assertEquals(List.of("0 rappel", "1 rappel -P10D DISPLAY", "1 rappel P0D DISPLAY"),
                events.stream().map(EcheanceCalendarTest::describe).map(d -> d.substring(d.lastIndexOf(" | ") + 3)).toList());
    }

    @Test
    void linesAreFoldedAt75OctetsNeverInsideACharacter() throws Exception {
        String territory = "Communauté de Communes Pays de Forcalquier Montagne de Lure – élus, équipes, bénévoles";
        byte[] ics = EcheanceCalendar.write(ECHEANCES, Map.of("forcalquier-2022-2024", territory), DAY);

        for (String line : new String(ics, StandardCharsets.UTF_8).split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        VEvent first = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals(territory + " : Accusé de réception de la préfecture à obtenir (fait)", value(first.getProperty(Property.SUMMARY)));
    }

    @Test
    void theSameDeadlinesOnTheSameDayGiveTheSameBytes() {
        assertArrayEquals(EcheanceCalendar.write(ECHEANCES, TERRITORIES, DAY), EcheanceCalendar.write(ECHEANCES, TERRITORIES, DAY));
    }

    static Calendar parse(byte[] ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics));
    }

    private static String describe(VEvent event) {
        String reminders = event.getAlarms().stream()
                .map(a -> " " + value(a.getProperty(Property.TRIGGER)) + " " + value(a.getProperty(Property.ACTION)))
                .reduce("", String::concat);
        return value(event.getProperty(Property.UID)) + " | " + value(event.getProperty(Property.DTSTART))
                + " | " + value(event.getProperty(Property.DTSTAMP)) + " | " + value(event.getProperty(Property.SUMMARY))
                + " | " + value(event.getProperty(Property.DESCRIPTION)) + " | " + event.getAlarms().size() + " rappel" + reminders;
    }

    private static String value(java.util.Optional<? extends Property> property) {
        return property.map(Property::getValue).orElse("(absent)");
    }
}
