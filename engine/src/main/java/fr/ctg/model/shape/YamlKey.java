package fr.ctg.model.shape;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The YAML key that names a record among those a sealed interface of the model permits: an item of that
 * interface is written {@code - KEY: VALUE} ({@code - prolongation: {fin: 2025-12-31}}). The key is part of the
 * file format: it does not follow the class's name.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface YamlKey {

    String value();
}
