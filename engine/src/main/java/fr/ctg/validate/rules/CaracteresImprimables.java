package fr.ctg.validate.rules;

import fr.ctg.model.Convention;
import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import fr.ctg.validate.RuleSeverity;
import fr.ctg.write.pdf.PrintableCharacters;

/** Every text of the convention prints in the PDF as it is written ({@link PdfCharacters}). */
@CtgRule(code = "CTG-CARACTERE-PDF",
        resume = "Chaque caractère des textes s’imprime dans le PDF tel qu’il est écrit : aucune police ne manque, aucune écriture de droite à gauche.",
        severity = RuleSeverity.WARNING)
public final class CaracteresImprimables implements Rule<Convention> {

    private final PdfCharacters characters;

    public CaracteresImprimables() {
        this(PrintableCharacters.ofProjectFonts());
    }

    /** The rule for the fonts of a Caf's house style ({@link PrintableCharacters#withCafFaces}). */
    public CaracteresImprimables(PrintableCharacters printable) {
        this.characters = new PdfCharacters(printable);
    }

    @Override
    public void check(Convention convention, Reporter rapport) {
        characters.check(convention, rapport);
    }
}
