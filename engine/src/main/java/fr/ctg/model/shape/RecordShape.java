package fr.ctg.model.shape;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record of the model as its YAML file writes it, read once per class and shared by everything that walks the
 * model (loader, schema, rules, draft, templates): its components in order, each with its YAML key, its Java type
 * and whether the file may leave it out; and how to build the record from its components' values.
 */
public final class RecordShape {

    private static final ClassValue<RecordShape> CACHE = new ClassValue<>() {
        @Override
        protected RecordShape computeValue(Class<?> type) {
            return new RecordShape(type);
        }
    };

    /**
     * One component of a record.
     *
     * @param name its Java name, as templates read it: {@code publicVise}
     * @param key its YAML key: {@code public_vise}
     * @param type its Java type, generic: {@code List<Representant>}
     * @param rawType its class: {@code List}
     * @param elementType the type of a list's items: {@code Representant}; null when it is not a list
     * @param nullable marked {@link Nullable}: the file may leave it out, it is then null
     */
    public record Component(String name, String key, Type type, Class<?> rawType, @Nullable Type elementType, boolean nullable,
            Method accessor) {

        public boolean isList() {
            return elementType != null;
        }

        /** Whether the file may leave it out: a {@link Nullable} component is then null, a list empty. */
        public boolean optional() {
            return nullable || isList();
        }

        /** Its value in a record of this shape. */
        public @Nullable Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("composant illisible : " + name, e);
            }
        }
    }

    private final Class<?> type;
    private final List<Component> components;
    private final List<String> keys;
    private final Constructor<?> constructor;

    private RecordShape(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " n’est pas un record");
        }
        RecordComponent[] recordComponents = type.getRecordComponents();
        List<Component> read = new ArrayList<>();
        Class<?>[] parameterTypes = new Class<?>[recordComponents.length];
        for (int i = 0; i < recordComponents.length; i++) {
            RecordComponent c = recordComponents[i];
            Type generic = c.getGenericType();
            Type element = List.class.equals(c.getType()) ? ((ParameterizedType) generic).getActualTypeArguments()[0] : null;
            read.add(new Component(c.getName(), YamlNames.key(c.getName()), generic, c.getType(), element,
                    c.getAnnotatedType().isAnnotationPresent(Nullable.class), c.getAccessor()));
            parameterTypes[i] = c.getType();
        }
        this.type = type;
        this.components = List.copyOf(read);
        this.keys = read.stream().map(Component::key).toList();
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("constructeur canonique introuvable : " + type, e);
        }
    }

    public static RecordShape of(Class<?> recordClass) {
        return CACHE.get(recordClass);
    }

    /** In the order of the record's declaration. */
    public List<Component> components() {
        return components;
    }

    /** The components' YAML keys, in the order of the record's declaration. */
    public List<String> keys() {
        return keys;
    }

    /** The record of these components' values, in order. */
    public Object newInstance(@Nullable Object... values) {
        try {
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record non instanciable : " + type, e);
        }
    }
}
