package fr.ctg.model.shape;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One record a sealed interface permits, as YAML writes it: {@code key: value}, the value being the record's
 * components, or its {@link Unwrapped} component alone.
 */
public final class Variant {

    private final String key;
    private final Class<? extends Record> type;
    private final @Nullable RecordComponent unwrapped;

    Variant(Class<? extends Record> type) {
        YamlKey key = type.getAnnotation(YamlKey.class);
        if (key == null) {
            throw new IllegalStateException(type + " n’a pas d’annotation @YamlKey");
        }
        RecordComponent[] components = type.getRecordComponents();
        boolean wraps = Arrays.stream(components).anyMatch(c -> c.isAnnotationPresent(Unwrapped.class));
        if (wraps && (components.length != 1 || !components[0].getType().isRecord())) {
            throw new IllegalStateException(type + " : seul un record fait d’un record peut s’écrire comme lui (@Unwrapped)");
        }
        this.key = key.value();
        this.type = type;
        this.unwrapped = wraps ? components[0] : null;
    }

    public String key() {
        return key;
    }

    public Class<? extends Record> type() {
        return type;
    }

    /** The type of the value written under the key. */
    public Type valueType() {
        return unwrapped == null ? type : unwrapped.getGenericType();
    }

    /** The value written under the key for an instance of this variant: the record itself, or its unwrapped component. */
    public Record valueOf(Object instance) {
        if (unwrapped == null) {
            return type.cast(instance);
        }
        try {
            return (Record) unwrapped.getAccessor().invoke(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("composant illisible : " + unwrapped, e);
        }
    }

    /** The instance of this variant read from the value under the key (a value of {@link #valueType()}). */
    public Record instanceOf(Object value) {
        if (unwrapped == null) {
            return type.cast(value);
        }
        try {
            Constructor<? extends Record> constructor = type.getDeclaredConstructor(unwrapped.getType());
            return constructor.newInstance(value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record non instanciable : " + type, e);
        }
    }
}
