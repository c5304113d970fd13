package fr.ctg.model;

/** The participle of « dûment autorisé(e) à signer », before its agreement with the representatives. */
public enum FormuleAutorisation implements YamlValue {
    AUTORISE("autorise", "autorisé"),
    HABILITE("habilite", "habilité");

    private final String yaml;
    private final String participe;

    FormuleAutorisation(String yaml, String participe) {
        this.yaml = yaml;
        this.participe = participe;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** The masculine singular participle: « habilité ». */
    public String participe() {
        return participe;
    }
}
