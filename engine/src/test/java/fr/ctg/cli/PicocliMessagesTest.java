package fr.ctg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PicocliMessagesTest {

    @Test
    void aValuePicocliCannotConvertIsNamedWithoutTheJavaException() {
        assertEquals("valeur « demain » invalide pour --au", PicocliMessages.translate("Invalid value for option '--au': cannot convert"
                + " 'demain' to LocalDate (java.time.format.DateTimeParseException: Text 'demain' could not be parsed at index 0)"));
        assertEquals("valeur « x » invalide pour CHEMIN", PicocliMessages.translate("Invalid value for positional parameter at index 0"
                + " (CHEMIN): cannot convert 'x' to Path (java.nio.file.InvalidPathException: Nul character not allowed)"));
    }

    @Test
    void anInvalidValueOtherwiseWordedKeepsNoEnglish() {
        assertEquals("valeur invalide pour --port", PicocliMessages.translate("Invalid value for option '--port': something went wrong"));
    }

    @Test
    void theEnginesOwnConversionMessageIsKept() {
        assertEquals("valeur invalide pour --au : « demain » n’est pas une date au format AAAA-MM-JJ", PicocliMessages.translate(
                "Invalid value for option '--au': « demain » n’est pas une date au format AAAA-MM-JJ"));
    }

    @Test
    void optionsThatExcludeEachOtherAreNamedAsTyped() {
        assertEquals("les options --avenant, --style s’excluent : n’en donnez qu’une",
                PicocliMessages.translate("Error: --avenant, --style are mutually exclusive (specify only one)"));
    }

    @Test
    void aMessageItDoesNotKnowIsNeverShownInEnglish() {
        assertEquals("commande incorrecte", PicocliMessages.translate("Some new picocli message"));
    }
}
