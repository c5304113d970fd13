package fr.ctg.model;

/** An enumeration constant spelled in the YAML as {@link #yaml()}. */
public interface ValeurYaml {
    String yaml();
}
