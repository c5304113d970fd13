package fr.ctg.model;

/** The kind of signatory; collectivities sign by deliberation of their council. */
public enum TypePartie implements YamlValue {
    CAF("caf", false),
    MSA("msa", false),
    EPCI("epci", true),
    COMMUNE("commune", true),
    SYNDICAT("syndicat", true),
    DEPARTEMENT("departement", true),
    ETAT("etat", false),
    AUTRE("autre", false);

    private final String yaml;
    private final boolean collectivite;

    TypePartie(String yaml, boolean collectivite) {
        this.yaml = yaml;
        this.collectivite = collectivite;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** A collectivity signs only once its council has deliberated. */
    public boolean isCollectivity() {
        return collectivite;
    }
}
