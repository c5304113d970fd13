package fr.ctg.actes;

/** Why an act cannot be sent to the préfecture, or its acknowledgment recorded; the message, in French, says what to do. */
public final class ActesRefusal extends Exception {

    public ActesRefusal(String message) {
        super(message);
    }
}
