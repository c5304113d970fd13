package fr.ctg.text;

import fr.ctg.model.Genre;
import java.util.Locale;
import java.util.Set;

/**
 * The grammatical gender of an office held by a person, which drives its article and possessive
 * ("la Directrice", "sa Présidente", "son Adjointe"). The office is written already agreed, so it is
 * feminine when a woman holds it, except the épicène titles the conventions keep masculine: "son
 * Maire, Madame Patricia PAUL", "Le Maire de Saint-Etienne Les Orgues".
 */
public final class OfficeGender {

    private static final Set<String> KEPT_MASCULINE = Set.of("maire", "ministre", "secrétaire", "membre", "responsable");

    private OfficeGender() {
    }

    public static Genre of(Genre holder, String office) {
        String firstWord = office.strip().split("[\\s-]", 2)[0].toLowerCase(Locale.FRENCH);
        return holder == Genre.FEMININ && !KEPT_MASCULINE.contains(firstWord) ? Genre.FEMININ : Genre.MASCULIN;
    }
}
