package fr.ctg.style;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A Caf's {@code style/style-maison.yaml}: how its documents look, the PDF and the DOCX alike. Every field may be
 * left out, the national style then applies to it.
 *
 * @param taille the size of the body text, in points
 * @param enTete the text at the top of every page; {@code {page}} and {@code {pages}} give the page number and count
 * @param piedDePage the text at the foot of every page, the same way
 */
public record StyleMaison(
        @Nullable Logo logo,
        @Nullable Couleurs couleurs,
        @Nullable Polices polices,
        @Nullable BigDecimal taille,
        @Nullable String enTete,
        @Nullable String piedDePage,
        @Nullable Marges marges) {

    /**
     * The logo at the top of the first page.
     *
     * @param fichier a PNG or JPEG file, relative to the {@code style} folder
     * @param description what the logo shows, read out to those who cannot see it
     * @param largeur its width, in millimetres
     */
    public record Logo(String fichier, String description, @Nullable BigDecimal largeur) {
    }

    /** Colours written {@code "#RRVVBB"}. */
    public record Couleurs(@Nullable String titres, @Nullable String texte, @Nullable String accents) {
    }

    /**
     * Font families: one shipped with the engine (Liberation Serif, Liberation Sans), or the Caf's own, whose TrueType
     * files lie in the {@code polices} folder of the {@code style} folder, named {@code Marianne-Regular.ttf},
     * {@code -Bold}, {@code -Italic}, {@code -BoldItalic} for the family Marianne.
     */
    public record Polices(@Nullable String titres, @Nullable String texte) {
    }

    /** The page margins, in millimetres. */
    public record Marges(@Nullable BigDecimal haut, @Nullable BigDecimal droite, @Nullable BigDecimal bas, @Nullable BigDecimal gauche) {
    }
}
