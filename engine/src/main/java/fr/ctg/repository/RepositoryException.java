package fr.ctg.repository;

/** A Caf's repository cannot be created or read; the message, in French, says why and what to do. */
public final class RepositoryException extends Exception {

    private static final long serialVersionUID = 1L;

    RepositoryException(String message) {
        super(message);
    }
}
