package fr.ctg.model.shape;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The records a sealed interface of the model permits, in the order of its {@code permits} clause, each named
 * in YAML by its {@link YamlKey}. Read once per interface.
 */
public final class Variants {

    private static final ClassValue<Variants> CACHE = new ClassValue<>() {
        @Override
        protected Variants computeValue(Class<?> sealed) {
            return new Variants(sealed);
        }
    };

    private final Map<String, Variant> byKey = new LinkedHashMap<>();
    private final Map<Class<?>, Variant> byType = new LinkedHashMap<>();
    private final List<Variant> all;
    private final List<String> keys;

    private Variants(Class<?> sealed) {
        if (!sealed.isSealed()) {
            throw new IllegalArgumentException(sealed + " n’est pas scellée");
        }
        for (Class<?> permitted : sealed.getPermittedSubclasses()) {
            if (!permitted.isRecord()) {
                throw new IllegalStateException(permitted + " n’est pas un record");
            }
            Variant variant = new Variant(permitted.asSubclass(Record.class));
            if (byKey.put(variant.key(), variant) != null) {
                throw new IllegalStateException("clé YAML « " + variant.key() + " » donnée deux fois dans " + sealed);
            }
            byType.put(permitted, variant);
        }
        all = List.copyOf(byKey.values());
        keys = List.copyOf(byKey.keySet());
    }

    public static Variants of(Class<?> sealed) {
        return CACHE.get(sealed);
    }

    /** The YAML keys, in the order of the {@code permits} clause. */
    public List<String> keys() {
        return keys;
    }

    public Optional<Variant> withKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** In the order of the {@code permits} clause. */
    public List<Variant> all() {
        return all;
    }

    /** The variant a value of the interface is. */
    public Variant of(Object value) {
        Variant variant = byType.get(value.getClass());
        if (variant == null) {
            throw new IllegalArgumentException(value.getClass() + " n’est pas permise ici : " + Arrays.toString(byType.keySet().toArray()));
        }
        return variant;
    }
}
