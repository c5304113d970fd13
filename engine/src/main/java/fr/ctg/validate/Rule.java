package fr.ctg.validate;

import fr.ctg.model.Convention;

/** One CTG rule; it looks at the convention and reports what breaks it, nothing else. */
public interface Rule {

    void check(Convention convention, Reporter rapport);

    default CtgRule description() {
        CtgRule description = getClass().getAnnotation(CtgRule.class);
        if (description == null) {
            throw new IllegalStateException(getClass() + " n’a pas d’annotation @CtgRule");
        }
        return description;
    }
}
