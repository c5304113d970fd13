package fr.ctg.model;

/** How far a convention is from signature; decides how strict validation is. */
public enum Statut implements YamlValue {
    PROJET("projet"),
    A_SIGNER("a_signer"),
    SIGNEE("signee");

    private final String yaml;

    Statut(String yaml) {
        this.yaml = yaml;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    public boolean isDraft() {
        return this == PROJET;
    }
}
