package dev.ringside.ui.port;

import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.crm.CrmSettings;
import java.util.Objects;

/**
 * Where the popup looks callers up besides the local contacts, and the CRM link. The directory's
 * bind password is not here: it lives in the keychain ({@link LookupSetup}).
 *
 * @param directory the shared directory; {@link DirectorySettings#isEmpty()} when there is none
 * @param crm       the CRM link and when it opens
 */
public record LookupSettings(DirectorySettings directory, CrmSettings crm) {

    public static final LookupSettings NONE = new LookupSettings(
            new DirectorySettings("", false, "", "", null, null), CrmSettings.NONE);

    public LookupSettings {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(crm, "crm");
    }
}
