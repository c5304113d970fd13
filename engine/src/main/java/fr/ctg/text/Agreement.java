package fr.ctg.text;

import fr.ctg.model.Genre;
import java.util.Collection;

/**
 * Agreement of a past participle or adjective in gender and number: "représenté" becomes
 * "représentée", "autorisés", "autorisées". Only regular forms are needed by the conventions.
 */
public final class Agreement {

    private Agreement() {
    }

    /** The masculine singular form agreed with the gender, plural when more than one. */
    public static String agree(String masculineSingular, Genre genre, int count) {
        String agreed = genre == Genre.FEMININ ? masculineSingular + "e" : masculineSingular;
        boolean plural = count > 1;
        if (plural && !(genre == Genre.MASCULIN && endsWithPluralMark(masculineSingular))) {
            agreed += "s";
        }
        return agreed;
    }

    /** The gender a group takes: masculine as soon as one member is masculine, as French grammar wants. */
    public static Genre groupGender(Collection<Genre> genders) {
        return !genders.isEmpty() && genders.stream().allMatch(g -> g == Genre.FEMININ) ? Genre.FEMININ : Genre.MASCULIN;
    }

    private static boolean endsWithPluralMark(String word) {
        return word.endsWith("s") || word.endsWith("x") || word.endsWith("z");
    }
}
