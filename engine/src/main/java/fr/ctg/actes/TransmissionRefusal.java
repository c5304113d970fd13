package fr.ctg.actes;

/** Why an act cannot be sent to the préfecture; the message, in French, says what to do. */
public final class TransmissionRefusal extends Exception {

    public TransmissionRefusal(String message) {
        super(message);
    }
}
