package dev.ringside.crm;

/**
 * The operator's CRM link and when it opens.
 *
 * @param template the link with placeholders; blank for no CRM
 * @param trigger  when the page opens by itself
 */
public record CrmSettings(String template, CrmTrigger trigger) {

    public static final CrmSettings NONE = new CrmSettings("", CrmTrigger.BUTTON);

    public CrmSettings {
        template = template == null ? "" : template.strip();
        trigger = trigger == null ? CrmTrigger.BUTTON : trigger;
    }

    public boolean configured() {
        return !template.isEmpty();
    }
}
