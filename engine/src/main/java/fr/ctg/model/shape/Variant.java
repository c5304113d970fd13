package fr.ctg.model.shape;

import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record a sealed interface permits, as YAML writes it: {@code key: value}, the value being the record's
 * components, or its {@link Unwrapped} component alone.
 */
public final class Variant {

    private final String key;
    private final Class<? extends Record> type;
    private final RecordShape shape;
    private final RecordShape.@Nullable Component unwrapped;

    Variant(Class<? extends Record> type) {
        YamlKey key = type.getAnnotation(YamlKey.class);
        if (key == null) {
            throw new IllegalStateException(type + " n’a pas d’annotation @YamlKey");
        }
        this.key = key.value();
        this.type = type;
        this.shape = RecordShape.of(type);
        this.unwrapped = unwrappedComponent(type, shape.components());
    }

    private static RecordShape.@Nullable Component unwrappedComponent(Class<?> type, List<RecordShape.Component> components) {
        boolean wraps = false;
        for (var component : type.getRecordComponents()) {
            wraps |= component.isAnnotationPresent(Unwrapped.class);
        }
        if (!wraps) {
            return null;
        }
        if (components.size() != 1 || !components.get(0).rawType().isRecord()) {
            throw new IllegalStateException(type + " : seul un record fait d’un record peut s’écrire comme lui (@Unwrapped)");
        }
        return components.get(0);
    }

    public String key() {
        return key;
    }

    public Class<? extends Record> type() {
        return type;
    }

    /** The type of the value written under the key. */
    public Type valueType() {
        return unwrapped == null ? type : unwrapped.type();
    }

    /** The value written under the key for an instance of this variant: the record itself, or its unwrapped component. */
    public Record valueOf(Object instance) {
        return (Record) (unwrapped == null ? type.cast(instance) : unwrapped.read(instance));
    }

    /** The instance of this variant read from the value under the key (a value of {@link #valueType()}). */
    public Object instanceOf(Object value) {
        return unwrapped == null ? type.cast(value) : shape.newInstance(value);
    }
}
