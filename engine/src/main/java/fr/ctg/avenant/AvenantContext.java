package fr.ctg.avenant;

import fr.ctg.load.SourceMap;
import fr.ctg.model.Clauses;
import fr.ctg.model.Convention;
import fr.ctg.model.Periode;
import fr.ctg.model.avenant.Avenant;
import fr.ctg.model.avenant.Prolongation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What an avenant rule looks at.
 *
 * @param convention the convention as signed
 * @param base the convention as amended by the earlier avenants, which this avenant amends in turn
 * @param precedents the earlier avenants, in order
 * @param rang the avenant's rank among the folder's avenant files, from 1
 * @param file the avenant's file
 * @param conventionSources where the convention's values are written, for labels pointing into its file
 * @param clauses the clauses of the convention's composed text, which avenants target by id; empty when it could not be
 *     composed (its template error is reported when it is generated)
 */
public record AvenantContext(Convention convention, Convention base, List<Avenant> precedents, Avenant avenant, int rang, Path file,
        SourceMap conventionSources, Optional<Clauses> clauses) {

    /** The period once this avenant applies: prolonged when it holds a prolongation. */
    public Periode periodeApres() {
        return avenant.modifications().stream()
                .flatMap(m -> m instanceof Prolongation prolongation ? Stream.of(prolongation) : Stream.empty())
                .reduce((first, second) -> second)
                .map(prolongation -> new Periode(base.periode().debut(), prolongation.fin()))
                .orElse(base.periode());
    }
}
