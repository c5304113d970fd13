package fr.ctg.echeances;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * Deadlines as an iCalendar file: one all-day event each, so that a shared calendar shows the same
 * deadlines as the table, done ones included. Its title names the territory. Only deadlines still to come
 * carry a reminder, 30 days before or on the reference day if that is later: a done or late one needs none (a
 * calendar would fire all past reminders at once), and iCalendar has no "completed" status for events.
 *
 * <p>The same deadlines and reference day give the same bytes: UIDs come from what is due, and DTSTAMP
 * from the reference day rather than the clock.
 */
public final class EcheanceCalendar {

    static final String PRODID = "-//CTG//Échéances des conventions territoriales globales//FR";
    private static final long REMINDER_DAYS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private EcheanceCalendar() {
    }

    /**
     * @param territories the territory of each convention, by id, for the events' description
     */
    public static byte[] write(List<Echeance> echeances, Map<String, String> territories, LocalDate day) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        DtStamp stamp = new DtStamp(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (Echeance echeance : echeances) {
            calendar.add(event(echeance, territories.get(echeance.conventionId()), stamp, day));
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return OctetFolding.refold(text.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** "forcalquier-2022-2024-axe-5-20230331@ctg". */
    public static String uid(Echeance echeance) {
        return echeance.conventionId() + "-" + echeance.reference() + "-" + DAY.format(echeance.date()) + "@ctg";
    }

    private static VEvent event(Echeance echeance, @Nullable String territory, DtStamp stamp, LocalDate day) {
        State state = echeance.state(day);
        String summary = (territory == null ? echeance.conventionId() : territory) + " : " + echeance.label()
                + (state == State.DONE ? " (fait)" : "");
        // Not VEvent(date, summary): it stamps the event with the clock's time.
        VEvent event = new VEvent(false)
                .add(new Uid(uid(echeance)))
                .add(stamp)
                .add(new DtStart<>(echeance.date()))
                .add(new Summary(summary))
                .add(new Description("Convention territoriale globale " + echeance.conventionId()
                        + (territory == null ? "" : " : " + territory)));
        if (state == State.UPCOMING) {
            VAlarm reminder = new VAlarm(Period.ofDays((int) -Math.min(REMINDER_DAYS, echeance.daysLeft(day))))
                    .add(ImmutableAction.DISPLAY)
                    .add(new Description(summary));
            event.add(reminder);
        }
        return event;
    }
}
