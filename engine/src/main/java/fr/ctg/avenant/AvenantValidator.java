package fr.ctg.avenant;

import fr.ctg.avenant.rules.AvenantRules;
import fr.ctg.diagnostic.Diagnostic;
import fr.ctg.load.RecordLoader.Loaded;
import fr.ctg.load.SourceMap;
import fr.ctg.model.Clauses;
import fr.ctg.model.Convention;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.validate.Reporter;
import fr.ctg.validate.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates the avenants of a (valid) convention: each one against the convention as amended by
 * those before it. An avenant that could not be loaded only has its loading diagnostics and amends
 * nothing.
 */
public final class AvenantValidator {

    private final List<Rule<AvenantContext>> rules;
    private final Consolidation consolidation = new Consolidation();

    public AvenantValidator() {
        this(AvenantRules.all());
    }

    public AvenantValidator(List<Rule<AvenantContext>> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * The diagnostics of every avenant file, in file order.
     *
     * @param conventionSources where the convention's values are written
     * @param clauses the clauses of the convention's composed text, when it could be composed
     */
    public List<Diagnostic> validate(Convention convention, SourceMap conventionSources, List<Loaded<Avenant>> avenants,
            Optional<Clauses> clauses) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Avenant> precedents = new ArrayList<>();
        Convention base = convention;
        for (int i = 0; i < avenants.size(); i++) {
            Loaded<Avenant> loaded = avenants.get(i);
            diagnostics.addAll(loaded.diagnostics());
            Avenant avenant = loaded.value();
            if (avenant == null) {
                continue;
            }
            AvenantContext context = new AvenantContext(convention, base, List.copyOf(precedents), avenant, i + 1, loaded.file(),
                    conventionSources, clauses);
            for (Rule<AvenantContext> rule : rules) {
                rule.check(context, new Reporter(loaded.sources(), avenant.statut(), rule.description(), diagnostics));
            }
            base = consolidation.amend(base, avenant);
            precedents.add(avenant);
        }
        diagnostics.sort(Diagnostic.IN_FILE_ORDER);
        return List.copyOf(diagnostics);
    }
}
