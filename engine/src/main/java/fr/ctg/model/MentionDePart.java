package fr.ctg.model;

/** « D’une part, » after the first side of the parties block, « D’autre part, » after the last. */
public enum MentionDePart implements YamlValue {
    D_UNE_PART("d_une_part", "D’une part,"),
    D_AUTRE_PART("d_autre_part", "D’autre part,");

    private final String yaml;
    private final String texte;

    MentionDePart(String yaml, String texte) {
        this.yaml = yaml;
        this.texte = texte;
    }

    @Override
    public String yaml() {
        return yaml;
    }

    /** The paragraph as printed: « D’une part, ». */
    public String texte() {
        return texte;
    }
}
