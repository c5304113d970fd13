package fr.ctg.pipeline;

import fr.ctg.load.RecordLoader.Loaded;
import fr.ctg.model.Clauses;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.Modification;
import fr.ctg.model.avenant.RemplacementParagraphe;
import fr.ctg.pipeline.ConventionSet.LoadedAvenant;
import java.util.List;
import java.util.Optional;

/**
 * Names by id the paragraphs an avenant names by rank (the older form), so that the documents and the consolidated
 * version replace the paragraph the avenant meant: the rank-th paragraph of the article in the convention's text, or,
 * when its text could not be composed, the paragraph of that number in the templates.
 */
final class ClauseNaming {

    private ClauseNaming() {
    }

    static LoadedAvenant byId(LoadedAvenant loaded, Optional<Clauses> clauses) {
        Avenant avenant = loaded.avenant();
        if (avenant == null || avenant.modifications().stream().noneMatch(ClauseNaming::byRank)) {
            return loaded;
        }
        List<Modification> modifications = avenant.modifications().stream().map(m -> named(m, clauses)).toList();
        Avenant named = avenant.withModifications(modifications);
        Loaded<Avenant> before = loaded.loaded();
        return new LoadedAvenant(loaded.source(), new Loaded<>(before.file(), named, before.sources(), before.diagnostics()));
    }

    private static boolean byRank(Modification modification) {
        return modification instanceof RemplacementParagraphe remplacement && remplacement.byRank();
    }

    private static Modification named(Modification modification, Optional<Clauses> clauses) {
        if (!(modification instanceof RemplacementParagraphe remplacement && remplacement.byRank())) {
            return modification;
        }
        int article = remplacement.article();
        int rank = remplacement.paragraphe();
        return remplacement.naming(clauses.flatMap(c -> c.paragraphAtRank(article, rank)).orElse(Clauses.paragraphId(article, rank)));
    }
}
