package fr.ctg.validate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a CTG rule: its stable code, what it checks, and how serious a breach is. The README's table
 * of diagnostic codes is generated from these annotations.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CtgRule {

    /** Stable code such as {@code CTG-PERIODE-MAX}; never reused for another rule. */
    String code();

    /** One line in French: what the rule requires. */
    String resume();

    /** "erreur", "avertissement", or how the severity depends on the statut. */
    String severity() default "erreur";
}
