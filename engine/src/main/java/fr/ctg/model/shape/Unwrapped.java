package fr.ctg.model.shape;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On the only component of a {@link YamlKey} record, itself a record: the YAML value under the key is this component's value
 * itself, {@code ajout_axe: {numero: 5, titre: ...}} rather than {@code ajout_axe: {axe: {numero: 5, ...}}}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Unwrapped {
}
