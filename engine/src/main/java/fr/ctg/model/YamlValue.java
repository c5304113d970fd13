package fr.ctg.model;

/** An enumeration constant spelled in the YAML as {@link #yaml()}. */
public interface YamlValue {
    String yaml();
}
