package fr.ctg.diagnostic;

/** How serious a diagnostic is: an error blocks generation, a warning does not. */
public enum Gravite {
    ERREUR("erreur"),
    AVERTISSEMENT("avertissement");

    private final String libelle;

    Gravite(String libelle) {
        this.libelle = libelle;
    }

    public String libelle() {
        return libelle;
    }
}
