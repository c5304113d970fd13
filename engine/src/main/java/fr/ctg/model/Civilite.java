package fr.ctg.model;

/** "M." with a full stop, "Mme" without, as French typography wants. */
public enum Civilite implements YamlValue {
    MONSIEUR("M.", "Monsieur", Genre.MASCULIN),
    MADAME("Mme", "Madame", Genre.FEMININ);

    private final String yaml;
    private final String enToutesLettres;
    private final Genre genre;

    Civilite(String yaml, String enToutesLettres, Genre genre) {
        this.yaml = yaml;
        this.enToutesLettres = enToutesLettres;
        this.genre = genre;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    public String enToutesLettres() {
        return enToutesLettres;
    }

    public Genre genre() {
        return genre;
    }
}
