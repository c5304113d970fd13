package fr.ctg.model;

/** The body whose deliberation authorises a signature. */
public enum OrganeDeliberant implements YamlValue {
    CONSEIL_MUNICIPAL("conseil_municipal", "conseil municipal"),
    CONSEIL_COMMUNAUTAIRE("conseil_communautaire", "conseil communautaire"),
    COMITE_SYNDICAL("comite_syndical", "comité syndical"),
    BUREAU("bureau", "bureau"),
    COMMISSION_PERMANENTE("commission_permanente", "commission permanente"),
    CONSEIL_DEPARTEMENTAL("conseil_departemental", "conseil départemental"),
    CONSEIL_ADMINISTRATION("conseil_administration", "conseil d’administration");

    private final String yaml;
    private final String label;

    OrganeDeliberant(String yaml, String label) {
        this.yaml = yaml;
        this.label = label;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** The body as written in a sentence: "conseil communautaire". */
    public String label() {
        return label;
    }
}
