package fr.ctg.validate;

import fr.ctg.model.Convention;

/** One CTG rule; it looks at the convention and reports what breaks it, nothing else. */
public interface Regle {

    void verifier(Convention convention, Rapport rapport);

    default RegleCtg description() {
        RegleCtg description = getClass().getAnnotation(RegleCtg.class);
        if (description == null) {
            throw new IllegalStateException(getClass() + " n’a pas d’annotation @RegleCtg");
        }
        return description;
    }
}
