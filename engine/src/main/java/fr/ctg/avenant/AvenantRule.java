package fr.ctg.avenant;

import fr.ctg.validate.CtgRule;
import fr.ctg.validate.Reporter;

/** One rule on an avenant; described, like the convention's rules, by {@link CtgRule}. */
public interface AvenantRule {

    void check(AvenantContext contexte, Reporter rapport);

    default CtgRule description() {
        CtgRule description = getClass().getAnnotation(CtgRule.class);
        if (description == null) {
            throw new IllegalStateException(getClass() + " n’a pas d’annotation @CtgRule");
        }
        return description;
    }
}
