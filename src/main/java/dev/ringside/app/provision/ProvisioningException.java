package dev.ringside.app.provision;

/** A provisioning file cannot be used; the message says why and where, for the administrator. */
public final class ProvisioningException extends Exception {
    public ProvisioningException(String message) {
        super(message);
    }
}
