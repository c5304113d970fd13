package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.LoadResult;
import fr.ctg.model.Convention;
import java.util.ArrayList;
import java.util.List;

/** Runs every CTG rule on a loaded convention; rules only run once its form is sound. */
public final class Validator {

    private final List<Rule> regles;

    public Validator() {
        this(Rules.all());
    }

    public Validator(List<Rule> regles) {
        this.regles = List.copyOf(regles);
    }

    /** The loading diagnostics, then, when the file could be read, those of every rule, in file order. */
    public List<Diagnostic> validate(LoadResult chargement) {
        List<Diagnostic> diagnostics = new ArrayList<>(chargement.diagnostics());
        Convention convention = chargement.convention();
        if (convention != null) {
            for (Rule regle : regles) {
                regle.check(convention, new Reporter(chargement.sources(), convention.statut(), regle.description().code(), diagnostics));
            }
        }
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return List.copyOf(diagnostics);
    }
}
