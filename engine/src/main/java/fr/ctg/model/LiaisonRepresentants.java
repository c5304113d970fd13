package fr.ctg.model;

/** How the parties block joins several representatives of one party. */
public enum LiaisonRepresentants implements YamlValue {
    /** « Monsieur A, Directeur, Monsieur B, Président » (by default). */
    VIRGULE("virgule"),
    /** « son Président, Monsieur A, et par sa Directrice, Madame B ». */
    ET_PAR("et_par");

    private final String yaml;

    LiaisonRepresentants(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
