package fr.ctg.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class QuotedValuesTest {

    private static final Position HERE = new Position(Path.of("convention.yaml"), 5, 9);

    @Test
    void cutsAHugeQuotedValueAndSaysItsLength() {
        Diagnostic diagnostic = Diagnostic.error("CTG-VALEUR-INCONNUE", HERE, "« a_signer" + "x".repeat(200_000) + " » n’est pas un statut", "valeurs possibles : projet, a_signer, signee");

        assertEquals("« a_signer" + "x".repeat(92) + "… » (200\u202f008\u00a0caractères) n’est pas un statut", diagnostic.message());
    }

    @Test
    void leavesValuesOfOrdinaryLengthAsTheyAre() {
        String message = "« " + "é".repeat(QuotedValues.LONGEST) + " » puis « " + "b".repeat(300) + " » ensuite";

        assertEquals("« " + "é".repeat(QuotedValues.LONGEST) + " » puis « " + "b".repeat(QuotedValues.KEPT) + "… » (300\u00a0caractères) ensuite",
                Diagnostic.error("CTG-X", HERE, message, null).message());
    }

    @Test
    void neverCutsACharacterOutsideTheBasicPlaneInTwo() {
        String emoji = "\ud83d\ude00";

        assertEquals("« " + emoji.repeat(QuotedValues.KEPT) + "… » (250\u00a0caractères)",
                QuotedValues.shorten("« " + emoji.repeat(250) + " »"));
    }

    @Test
    void shortensTheHintAndTheLabelsToo() {
        String huge = "« " + "y".repeat(1_000) + " »";
        Diagnostic diagnostic = new Diagnostic(Severity.WARNING, "CTG-X", HERE, "court", huge, java.util.List.of(new Label(HERE, huge)));

        assertEquals("« " + "y".repeat(QuotedValues.KEPT) + "… » (1\u202f000\u00a0caractères)", diagnostic.hint());
        assertEquals(diagnostic.hint(), diagnostic.labels().get(0).note());
    }
}
