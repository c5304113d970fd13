package fr.ctg.actes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcknowledgmentEditTest {

    @Test
    void addsTheBlockAtTheEndWhenThereIsNone() {
        assertEquals("id: a\n# fin\naccuse_reception:\n  identifiant: 004-240400440-20231215-7-CC\n  date_reception: 2023-12-20\n",
                AcknowledgmentEdit.apply("id: a\n# fin\n", "004-240400440-20231215-7-CC", LocalDate.of(2023, 12, 20)));
    }

    @Test
    void replacesTheValuesInPlaceKeepingCommentsAndWhatFollows() {
        String before = "id: a\naccuse_reception:  # tampon de la préfecture\n    # reçu par courriel\n    date_reception: 2023-01-01\n"
                + "    identifiant: ancien\nsuite: b\n";

        assertEquals("id: a\naccuse_reception:  # tampon de la préfecture\n    # reçu par courriel\n    date_reception: 2023-12-20\n"
                + "    identifiant: 004-240400440-20231215-7-CC\nsuite: b\n",
                AcknowledgmentEdit.apply(before, "004-240400440-20231215-7-CC", LocalDate.of(2023, 12, 20)));
    }

    @Test
    void addsAMissingValueFirstInTheBlock() {
        assertEquals("accuse_reception:\n  identifiant: 004-240400440-20231215-7-CC\n  date_reception: 2023-12-20\nsuite: b\n",
                AcknowledgmentEdit.apply("accuse_reception:\n  date_reception: 2023-01-01\nsuite: b\n", "004-240400440-20231215-7-CC",
                        LocalDate.of(2023, 12, 20)));
    }
}
