package fr.ctg.validate;

import fr.ctg.validate.rules.PeriodeMaximale;
import fr.ctg.validate.rules.PeriodeOrdonnee;
import java.util.List;

/** Every CTG rule the engine enforces, in the order of the README's table. */
public final class Regles {

    private Regles() {
    }

    public static List<Regle> toutes() {
        return List.of(
                new PeriodeOrdonnee(),
                new PeriodeMaximale());
    }
}
