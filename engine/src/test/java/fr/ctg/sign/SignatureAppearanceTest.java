package fr.ctg.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignatureAppearanceTest {

    private static final Instant MORNING = Instant.parse("2026-03-02T09:15:00Z");

    @Test
    void namesTheSignerTheQualityAndTheDateOnALineThatDoesNotBreak() {
        assertEquals("Signé électroniquement par\nThierry AUTARD\nDirecteur de la Caf\nle\u00a02\u00a0mars\u00a02026\u00a0à\u00a010\u00a0h\u00a015",
                SignatureAppearance.text("Thierry AUTARD", " Directeur de la Caf ", MORNING));
    }

    @Test
    void leavesOutTheQualityLineWithoutAQuality() {
        assertEquals("Signé électroniquement par\nCorinne GARREAU\nle\u00a01er\u00a0juillet\u00a02026\u00a0à\u00a000\u00a0h\u00a005",
                SignatureAppearance.text("Corinne GARREAU", null, Instant.parse("2026-06-30T22:05:00Z")));
    }
}
