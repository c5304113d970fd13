package fr.ctg.model;

/** Whether a representative heads the party or signs by delegation, which decides « son Maire » or « la Première Adjointe au Maire ». */
public enum RoleRepresentant implements YamlValue {
    /** The head of the party: « son Maire », « sa Présidente » (by default). */
    TITULAIRE("titulaire"),
    /** A delegate, named by the article of the office: « la Première Adjointe au Maire », « le Vice-Président ». */
    DELEGUE("delegue");

    private final String yaml;

    RoleRepresentant(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
