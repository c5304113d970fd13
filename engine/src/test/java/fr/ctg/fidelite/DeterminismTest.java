package fr.ctg.fidelite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import fr.ctg.generate.Documents;
import fr.ctg.pipeline.ConventionSet;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Generating Forcalquier again gives the same bytes, whatever the machine's time zone and language. */
class DeterminismTest {

    private static ConventionSet convention;
    private static Documents first;

    @BeforeAll
    static void generateOnce() throws Exception {
        convention = ForcalquierDocuments.loadValid();
        first = ForcalquierDocuments.generate(convention);
    }

    @Test
    void aSecondGenerationGivesTheSameBytes() throws Exception {
        Documents second = ForcalquierDocuments.generate(convention);

        assertArrayEquals(first.pdf(), second.pdf(), "PDF");
        assertArrayEquals(first.docx(), second.docx(), "DOCX");
    }

    @Test
    void anotherTimeZoneAndLocaleGiveTheSameBytes() throws Exception {
        TimeZone timeZone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        Documents elsewhere;
        try {
            // 14 hours ahead of UTC, and a locale with its own digits, case rules and date formats.
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            elsewhere = ForcalquierDocuments.generate(ForcalquierDocuments.loadValid());
        } finally {
            TimeZone.setDefault(timeZone);
            Locale.setDefault(locale);
        }

        assertArrayEquals(first.pdf(), elsewhere.pdf(), "PDF");
        assertArrayEquals(first.docx(), elsewhere.docx(), "DOCX");
    }
}
