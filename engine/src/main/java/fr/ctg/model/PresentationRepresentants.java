package fr.ctg.model;

/** How the parties block names a representative. */
public enum PresentationRepresentants implements YamlValue {
    /** « son Président, Monsieur Paul DURAND », « la Première Adjointe au Maire, Madame … » (collectivities by default). */
    QUALITE_PUIS_NOM("qualite_puis_nom"),
    /** « Madame Claire MARTIN, Directrice » (the other parties by default). */
    NOM_PUIS_QUALITE("nom_puis_qualite"),
    /** « leurs maires respectifs »: communes grouped in one entry, each signing by its own representative. */
    RESPECTIFS("respectifs");

    private final String yaml;

    PresentationRepresentants(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
