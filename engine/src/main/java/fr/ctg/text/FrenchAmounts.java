package fr.ctg.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts as French texts write them: "248 220,56 €", a narrow no-break space between thousands. */
public final class FrenchAmounts {

    private static final char ESPACE_FINE_INSECABLE = '\u202f';
    private static final char ESPACE_INSECABLE = '\u00a0';

    private FrenchAmounts() {
    }

    /** "248 220,56 €", "-1 200,00 €", "0,50 €": always two decimals, rounded half up. */
    public static String euros(BigDecimal montant) {
        BigDecimal arrondi = montant.setScale(2, RoundingMode.HALF_UP);
        String chiffres = arrondi.abs().toPlainString();
        int virgule = chiffres.indexOf('.');
        String entiers = chiffres.substring(0, virgule);
        StringBuilder groupe = new StringBuilder();
        for (int i = 0; i < entiers.length(); i++) {
            if (i > 0 && (entiers.length() - i) % 3 == 0) {
                groupe.append(ESPACE_FINE_INSECABLE);
            }
            groupe.append(entiers.charAt(i));
        }
        return (arrondi.signum() < 0 ? "-" : "") + groupe + "," + chiffres.substring(virgule + 1) + ESPACE_INSECABLE + "€";
    }
}
