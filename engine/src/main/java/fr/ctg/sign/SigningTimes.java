package fr.ctg.sign;

import fr.ctg.text.FrenchDates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The instants of signatures and certificates as French readers write them, in metropolitan France's time. */
final class SigningTimes {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH' h 'mm", Locale.FRENCH);

    private SigningTimes() {
    }

    /** « 1er janvier 2026 », as {@link FrenchDates#longForm}. */
    static String day(Instant instant) {
        return FrenchDates.longForm(LocalDate.ofInstant(instant, PARIS));
    }

    /** « 2 mars 2026 à 10 h 15 ». */
    static String dayAndTime(Instant instant) {
        return day(instant) + " à " + TIME.format(instant.atZone(PARIS));
    }
}
