package fr.ctg.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fiche number "AXE.N": "2.1" is the first fiche of axis 2. */
public record NumeroFiche(int axe, int rang) {

    private static final Pattern FORME = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");

    /** The number as written in a fiche or an axis ("2.1", spaces around allowed), when it has this form. */
    public static Optional<NumeroFiche> read(String texte) {
        Matcher m = FORME.matcher(texte.strip());
        return m.matches() ? Optional.of(new NumeroFiche(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }
}
