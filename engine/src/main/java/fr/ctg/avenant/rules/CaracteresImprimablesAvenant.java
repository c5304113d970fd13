package fr.ctg.avenant.rules;

import fr.ctg.avenant.AvenantContext;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import fr.ctg.validate.rules.PdfCharacters;
import fr.ctg.write.pdf.PrintableCharacters;

/** Every text an avenant brings prints in its PDF as it is written, as the convention's do ({@link PdfCharacters}). */
@CtgRule(code = "CTG-AVENANT-CARACTERE-PDF",
        resume = "Chaque caractère des textes de l’avenant s’imprime dans le PDF tel qu’il est écrit : aucune police ne manque, aucune écriture de droite à gauche.",
        severity = RuleSeverity.WARNING)
public final class CaracteresImprimablesAvenant implements Rule<AvenantContext> {

    private final PdfCharacters characters;

    public CaracteresImprimablesAvenant() {
        this(PrintableCharacters.ofProjectFonts());
    }

    /** The rule for the fonts of a Caf's house style ({@link PrintableCharacters#withCafFaces}). */
    public CaracteresImprimablesAvenant(PrintableCharacters printable) {
        this.characters = new PdfCharacters(printable);
    }

    @Override
    public void check(AvenantContext contexte, Reporter rapport) {
        check(contexte.avenant(), rapport);
    }

    /** The warnings of the texts of this avenant alone. */
    public void check(Avenant avenant, Reporter rapport) {
        characters.check(avenant, rapport);
    }
}
