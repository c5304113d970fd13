package fr.ctg.avenant;

import fr.ctg.validate.CtgRule;

/** One rule on an avenant; described, like the convention's rules, by {@link CtgRule}. */
public interface AvenantRule {

    void check(AvenantContext contexte, AvenantReporter rapport);

    default CtgRule description() {
        CtgRule description = getClass().getAnnotation(CtgRule.class);
        if (description == null) {
            throw new IllegalStateException(getClass() + " n’a pas d’annotation @CtgRule");
        }
        return description;
    }
}
