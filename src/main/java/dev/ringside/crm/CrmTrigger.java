package dev.ringside.crm;

/** When the CRM page opens by itself; a page opens once per call whatever the trigger. */
public enum CrmTrigger {
    /** As soon as the call rings (once the contact is known, or the look-up gave up). */
    RING,
    /** When the operator clicks Accept. */
    ACCEPT,
    /** Only when the operator clicks the popup's CRM button. */
    BUTTON
}
