package fr.ctg.sign;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times of signatures as French readers write them, in metropolitan France's time. */
final class FrenchDates {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH' h 'mm", Locale.FRENCH);

    private FrenchDates() {
    }

    /** « 1er janvier 2026 », « 2 mars 2026 ». */
    static String day(Instant instant) {
        ZonedDateTime date = instant.atZone(PARIS);
        return (date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth())) + " " + MONTH_YEAR.format(date);
    }

    /** « 2 mars 2026 à 10 h 15 ». */
    static String dayAndTime(Instant instant) {
        return day(instant) + " à " + TIME.format(instant.atZone(PARIS));
    }
}
