package fr.ctg.model;

/** The decisions the partners may take on a convention nearing its end. */
public enum ChoixReconduction implements YamlValue {
    /** Renewed by an express decision: a new convention or an avenant of prolongation follows. */
    RECONDUCTION_EXPRESSE("reconduction_expresse"),
    /** Left to end at its term, without renewal. */
    FIN_AU_TERME("fin_au_terme"),
    /** Terminated by mutual consent with the notice of article 12. */
    RESILIATION("resiliation");

    private final String yaml;

    ChoixReconduction(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }
}
