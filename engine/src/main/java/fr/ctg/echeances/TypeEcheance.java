package fr.ctg.echeances;

/**
 * What a deadline asks for. The order is the one deadlines falling on the same day are listed in: what
 * the signature needs first, the end of the convention last.
 */
public enum TypeEcheance {
    DELIBERATION(false),
    ACCUSE_RECEPTION(false),
    FICHES_PAR_AVENANT(false),
    COMITE_PILOTAGE(false),
    EVALUATION(false),
    RECONDUCTION(false),
    FIN(true);

    private final boolean event;

    TypeEcheance(boolean event) {
        this.event = event;
    }

    /** An event nobody has to act on: it is done once its day has passed. */
    public boolean isEvent() {
        return event;
    }
}
