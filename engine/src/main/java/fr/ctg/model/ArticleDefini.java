package fr.ctg.model;

/** The definite article a party's name takes: "la Caf", "le Département", "l'État". */
public enum ArticleDefini implements YamlValue {
    LE("le"),
    LA("la"),
    L_APOSTROPHE("l'"),
    LES("les");

    private final String yaml;

    ArticleDefini(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
