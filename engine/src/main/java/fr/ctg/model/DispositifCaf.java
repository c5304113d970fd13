package fr.ctg.model;

/** A financing scheme of the Caf, as the Caf guide for elected officials (2020) names it. */
public enum DispositifCaf implements YamlValue {
    PSU("psu", "Prestation de service unique (PSU)"),
    BONUS_TERRITOIRE("bonus_territoire", "Bonus territoire CTG"),
    BONUS_MIXITE_SOCIALE("bonus_mixite_sociale", "Bonus «\u00a0mixité sociale\u00a0»"),
    BONUS_INCLUSION_HANDICAP("bonus_inclusion_handicap", "Bonus «\u00a0inclusion handicap\u00a0»"),
    INVESTISSEMENT_EAJE("investissement_eaje", "Fonds d’investissement pour la création de places d’accueil du jeune enfant"),
    RENOVATION_EAJE("renovation_eaje", "Aide à la rénovation des places d’accueil du jeune enfant"),
    PS_ALSH("ps_alsh", "Prestation de service «\u00a0accueil de loisirs sans hébergement\u00a0»"),
    PS_JEUNES("ps_jeunes", "Prestation de service Jeunes"),
    FONDS_PUBLICS_ET_TERRITOIRES("fonds_publics_et_territoires", "Fonds publics et territoires"),
    CLAS("clas", "Contrat local d’accompagnement à la scolarité (Clas)"),
    LAEP("laep", "Lieu d’accueil enfants-parents (Laep)");

    private final String yaml;
    private final String label;

    DispositifCaf(String yaml, String label) {
        this.yaml = yaml;
        this.label = label;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** The scheme as the financial annex names a line that has no label of its own. */
    public String label() {
        return label;
    }
}
