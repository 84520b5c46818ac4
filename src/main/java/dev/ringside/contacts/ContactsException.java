package dev.ringside.contacts;

/** A contacts operation failed; the message is fit for the operator, the cause has the detail. */
public class ContactsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContactsException(String message, Throwable cause) {
        super(message, cause);
    }

    public ContactsException(String message) {
        super(message);
    }
}
