package fr.ctg.validate;

import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.LoadResult;
import fr.ctg.model.Convention;
import java.util.ArrayList;
import java.util.List;

/** Runs every CTG rule on a loaded convention; rules only run once its form is sound. */
public final class Validator {

    private final List<Rule<Convention>> rules;

    public Validator() {
        this(Rules.all());
    }

    public Validator(List<Rule<Convention>> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The loading diagnostics, then, when the file could be read, those of every rule, in file order. */
    public List<Diagnostic> validate(LoadResult loaded) {
        List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
        Convention convention = loaded.convention();
        if (convention != null) {
            for (Rule<Convention> rule : rules) {
                rule.check(convention, new Reporter(loaded.sources(), convention.statut(), rule.description(), diagnostics));
            }
        }
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return List.copyOf(diagnostics);
    }
}
