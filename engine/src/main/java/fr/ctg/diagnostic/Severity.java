package fr.ctg.diagnostic;

/** How serious a diagnostic is: an error blocks generation, a warning does not. */
public enum Severity {
    ERROR("erreur"),
    WARNING("avertissement");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
