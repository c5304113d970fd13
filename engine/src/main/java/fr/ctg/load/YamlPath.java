package fr.ctg.load;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The place of a value in a YAML document, built step by step: {@code YamlPath.root().field("parties").index(1).field("id")}
 * is {@code parties[1].id}. Indexes count from 0, as in the document's lists. Immutable.
 */
public final class YamlPath {

    private static final YamlPath ROOT = new YamlPath(null, null, -1);

    private final @Nullable YamlPath parent;
    private final @Nullable String key;
    private final int index;
    private final String text;

    private YamlPath(@Nullable YamlPath parent, @Nullable String key, int index) {
        this.parent = parent;
        this.key = key;
        this.index = index;
        this.text = parent == null ? "" : key != null ? (parent.isRoot() ? key : parent.text + "." + key) : parent.text + "[" + index + "]";
    }

    /** The whole document. */
    public static YamlPath root() {
        return ROOT;
    }

    /** The value of this key in the mapping at this path. */
    public YamlPath field(String key) {
        return new YamlPath(this, Objects.requireNonNull(key), -1);
    }

    /** The item of the list at this path, counting from 0. */
    public YamlPath index(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("indice négatif : " + index);
        }
        return new YamlPath(this, null, index);
    }

    public boolean isRoot() {
        return parent == null;
    }

    /** Whether this path ends in a list item rather than a key. */
    public boolean isIndex() {
        return parent != null && key == null;
    }

    /** The path one step up; the root has none. */
    public @Nullable YamlPath parent() {
        return parent;
    }

    /** The list item this path ends in, counting from 0; only for {@link #isIndex()}. */
    public int lastIndex() {
        if (!isIndex()) {
            throw new IllegalStateException(text + " ne finit pas par un élément de liste");
        }
        return index;
    }

    /** The key this path ends in, list indexes left out: {@code parties[0].representants[1]} → {@code representants}; empty for the root. */
    public String lastKey() {
        YamlPath current = this;
        while (current.isIndex()) {
            current = current.parent;
        }
        return current.key == null ? "" : current.key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof YamlPath path && path.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /** The dotted form: {@code parties[1].representants[0].nom}, empty for the root. */
    @Override
    public String toString() {
        return text;
    }
}
