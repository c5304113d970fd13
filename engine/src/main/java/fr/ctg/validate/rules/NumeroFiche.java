package fr.ctg.validate.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fiche number "AXE.N" ("2.1" is the first fiche of axis 2). */
record NumeroFiche(int axe, int rang) {

    private static final Pattern FORME = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");

    static Optional<NumeroFiche> read(String texte) {
        Matcher m = FORME.matcher(texte.strip());
        return m.matches() ? Optional.of(new NumeroFiche(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }
}
