package fr.ctg.echeances;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
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
                        + " | forcalquier-2022-2024 : Accusé de réception de la préfecture à obtenir (fait)"
                        + " | Convention territoriale globale forcalquier-2022-2024 : Pays de Forcalquier | 0 rappel",
                "forcalquier-2022-2024-axe-5-20230331@ctg | 20230331 | 20230115T000000Z"
                        + " | forcalquier-2022-2024 : Fiches actions de l’axe 5 à adopter par avenant"
                        + " | Convention territoriale globale forcalquier-2022-2024 : Pays de Forcalquier | 1 rappel -P30D DISPLAY"),
                events.stream().map(EcheanceCalendarTest::describe).toList());
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
