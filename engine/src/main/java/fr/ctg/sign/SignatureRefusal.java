package fr.ctg.sign;

/** A signature the engine will not make, for a reason the user can fix; the message is French and ready to print. */
public final class SignatureRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    public SignatureRefusal(String message) {
        super(message);
    }

    public SignatureRefusal(String message, Throwable cause) {
        super(message, cause);
    }
}
