package dev.ringside.call;

/**
 * Tells a colleague's extension from an outside number, so a call can be marked internal.
 *
 * <p>Asterisk has no flag for it. An extension is a short all-digit number, and a phone's channel
 * is named after its extension ({@code PJSIP/999-00000012} calling as 999), while a trunk's channel
 * is named after the trunk ({@code PJSIP/provider-0000001a}) and carries full numbers.
 */
public final class InternalNumbers {

    public static final InternalNumbers DEFAULT = new InternalNumbers(2, 6);

    private final int minDigits;
    private final int maxDigits;

    public InternalNumbers(int minDigits, int maxDigits) {
        this.minDigits = minDigits;
        this.maxDigits = maxDigits;
    }

    public boolean isInternal(String callerNumber, String callerChannel) {
        if (callerNumber == null) {
            return false;
        }
        String device = OperatorNumbers.deviceOf(callerChannel);
        if (device != null && device.equals(callerNumber)) {
            return true;
        }
        return isExtensionLike(callerNumber) && (device == null || isExtensionLike(device));
    }

    private boolean isExtensionLike(String s) {
        if (s.length() < minDigits || s.length() > maxDigits) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
