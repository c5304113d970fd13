package fr.ctg.validate.rules;

import fr.ctg.model.Convention;
import fr.ctg.model.Deliberation;
import fr.ctg.text.DeliberationAuthors;

/** How a rule's message names a deliberation: « du conseil communautaire de la Communauté de communes… ». */
final class DeliberationNames {

    private DeliberationNames() {
    }

    /** The body and its party, or the body and the id written when no party has it. */
    static String author(Convention convention, Deliberation deliberation) {
        return convention.parties().stream()
                .filter(p -> p.id().equals(deliberation.partie()))
                .map(p -> DeliberationAuthors.of(deliberation.organe(), p))
                .findFirst()
                .orElse(DeliberationAuthors.ofBody(deliberation.organe()) + " de « " + deliberation.partie() + " »");
    }
}
