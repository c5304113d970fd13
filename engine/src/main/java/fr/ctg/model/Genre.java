package fr.ctg.model;

/** Grammatical gender, which drives agreement ("représentée", "dûment autorisée"). */
public enum Genre implements YamlValue {
    MASCULIN("masculin"),
    FEMININ("feminin");

    private final String yaml;

    Genre(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
