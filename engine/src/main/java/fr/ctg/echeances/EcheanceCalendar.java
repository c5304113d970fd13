package fr.ctg.echeances;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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

/**
 * Deadlines as an iCalendar file: one all-day event each, so that a shared calendar shows the same
 * deadlines as the table, done ones included. Only deadlines still to meet carry a reminder, 30 days
 * before: a done one needs none, and iCalendar has no "completed" status for events.
 *
 * <p>The same deadlines and reference day give the same bytes: UIDs come from what is due, and DTSTAMP
 * from the reference day rather than the clock.
 */
public final class EcheanceCalendar {

    static final String PRODID = "-//CTG//Échéances des conventions territoriales globales//FR";
    private static final Period RAPPEL = Period.ofDays(-30);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.BASIC_ISO_DATE;

    private EcheanceCalendar() {
    }

    /**
     * @param territoires the territory of each convention, by id, for the events' description
     */
    public static byte[] write(List<Echeance> echeances, Map<String, String> territoires, LocalDate au) {
        Calendar calendrier = new Calendar()
                .add(new ProdId(PRODID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        DtStamp horodatage = new DtStamp(au.atStartOfDay(ZoneOffset.UTC).toInstant());
        for (Echeance echeance : echeances) {
            calendrier.add(evenement(echeance, territoires.get(echeance.conventionId()), horodatage, au));
        }
        ByteArrayOutputStream octets = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(calendrier, octets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return octets.toByteArray();
    }

    /** "forcalquier-2022-2024-axe-5-20230331@ctg". */
    public static String uid(Echeance echeance) {
        return echeance.conventionId() + "-" + echeance.reference() + "-" + JOUR.format(echeance.date()) + "@ctg";
    }

    private static VEvent evenement(Echeance echeance, String territoire, DtStamp horodatage, LocalDate au) {
        boolean faite = echeance.etat(au) == Etat.FAITE;
        String resume = echeance.conventionId() + " : " + echeance.libelle() + (faite ? " (fait)" : "");
        // Not VEvent(date, summary): it stamps the event with the clock's time.
        VEvent evenement = new VEvent(false)
                .add(new Uid(uid(echeance)))
                .add(horodatage)
                .add(new DtStart<>(echeance.date()))
                .add(new Summary(resume))
                .add(new Description("Convention territoriale globale " + echeance.conventionId()
                        + (territoire == null ? "" : " : " + territoire)));
        if (!faite) {
            VAlarm rappel = new VAlarm(RAPPEL)
                    .add(ImmutableAction.DISPLAY)
                    .add(new Description(resume));
            evenement.add(rappel);
        }
        return evenement;
    }
}
