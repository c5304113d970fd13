package fr.ctg.validate;

/**
 * One CTG rule on a subject (a convention, an avenant in its context); it looks at it and reports what breaks
 * it, nothing else.
 */
public interface Rule<T> {

    void check(T subject, Reporter rapport);

    default CtgRule description() {
        CtgRule description = getClass().getAnnotation(CtgRule.class);
        if (description == null) {
            throw new IllegalStateException(getClass() + " n’a pas d’annotation @CtgRule");
        }
        return description;
    }
}
