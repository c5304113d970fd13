package fr.ctg.model;

/** The body whose deliberation authorises a signature. */
public enum OrganeDeliberant implements YamlValue {
    CONSEIL_MUNICIPAL("conseil_municipal", "conseil municipal", Genre.MASCULIN),
    CONSEIL_COMMUNAUTAIRE("conseil_communautaire", "conseil communautaire", Genre.MASCULIN),
    COMITE_SYNDICAL("comite_syndical", "comité syndical", Genre.MASCULIN),
    BUREAU("bureau", "bureau", Genre.MASCULIN),
    COMMISSION_PERMANENTE("commission_permanente", "commission permanente", Genre.FEMININ),
    CONSEIL_DEPARTEMENTAL("conseil_departemental", "conseil départemental", Genre.MASCULIN),
    CONSEIL_ADMINISTRATION("conseil_administration", "conseil d’administration", Genre.MASCULIN);

    private final String yaml;
    private final String label;
    private final Genre genre;

    OrganeDeliberant(String yaml, String label, Genre genre) {
        this.yaml = yaml;
        this.label = label;
        this.genre = genre;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** The body as written in a sentence: "conseil communautaire". */
    public String label() {
        return label;
    }

    /** The grammatical gender of the body's name: "la commission permanente", "le bureau". */
    public Genre genre() {
        return genre;
    }
}
