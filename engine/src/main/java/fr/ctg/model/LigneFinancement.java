package fr.ctg.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One amount of a financing statement: "157 191,67 € pour les prestations de service".
 *
 * @param libelle what the amount pays for; a line of a Caf scheme may leave it out and is then named after its scheme
 * @param dispositif the Caf scheme the amount belongs to, whose per-place scale then applies
 * @param places the places the amount is for, required by the schemes paid per place
 */
public record LigneFinancement(
        @Nullable String libelle,
        BigDecimal montant,
        @Nullable DispositifCaf dispositif,
        @Nullable Integer places) {

    /** How the line is named: its label, else its scheme's name; empty when it has neither (an error). */
    public String intitule() {
        if (libelle != null) {
            return libelle;
        }
        return dispositif != null ? dispositif.label() : "";
    }
}
