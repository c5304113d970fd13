package fr.ctg.validate;

import fr.ctg.validate.rules.PeriodeMaximale;
import fr.ctg.validate.rules.PeriodeOrdonnee;
import java.util.List;

/** Every CTG rule the engine enforces, in the order of the README's table. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        return List.of(
                new PeriodeOrdonnee(),
                new PeriodeMaximale());
    }
}
