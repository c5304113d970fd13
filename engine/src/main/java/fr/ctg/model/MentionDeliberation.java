package fr.ctg.model;

/** What a party's entry says of the deliberation of its {@code organe}. */
public enum MentionDeliberation implements YamlValue {
    /** « par délibération de son conseil municipal » (by default). */
    SANS_DATE("sans_date"),
    /** « par délibération de son conseil d’administration en date du 6 décembre 2022 », the date of the party's deliberation. */
    AVEC_DATE("avec_date");

    private final String yaml;

    MentionDeliberation(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
