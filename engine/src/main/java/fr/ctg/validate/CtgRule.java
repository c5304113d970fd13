package fr.ctg.validate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a CTG rule: its stable code, what it checks, and what it may report. The README's table of diagnostic
 * codes is generated from these annotations; the rule's page ({@code ctg regles --expliquer CODE}) is the
 * resource named after its class, beside it ({@code PeriodeMaximale.md}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CtgRule {

    /** Stable code such as {@code CTG-PERIODE-MAX}; never reused for another rule. */
    String code();

    /** One line in French: what the rule requires. */
    String resume();

    /** Every severity the rule may report; the {@link Reporter} refuses the others. */
    RuleSeverity[] severity() default RuleSeverity.ERROR;
}
