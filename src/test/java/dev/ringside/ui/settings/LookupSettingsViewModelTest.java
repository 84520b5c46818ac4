package dev.ringside.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.crm.CrmSettings;
import dev.ringside.crm.CrmTrigger;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.fake.FakeLookupSetup;
import dev.ringside.ui.port.LookupSettings;
import dev.ringside.ui.port.LookupSetup.DirectoryTest;
import dev.ringside.ui.settings.LookupSettingsViewModel.Encryption;
import org.junit.jupiter.api.Test;

class LookupSettingsViewModelTest {

    private final FakeLookupSetup setup = new FakeLookupSetup();

    private LookupSettingsViewModel model() {
        return new LookupSettingsViewModel(setup, UiThread.direct());
    }

    @Test
    void nothingSetIsValidAndSavesNoDirectoryAndNoCrm() {
        LookupSettingsViewModel m = model();
        assertTrue(m.valid());
        assertTrue(m.save());
        assertTrue(setup.current.directory().isEmpty());
        assertFalse(setup.current.crm().configured());
    }

    @Test
    void theSchemeFollowsTheEncryptionAndAHostNameAloneIsEnough() {
        LookupSettingsViewModel m = model();
        m.urlProperty().set("dc1.corp.example");
        assertEquals("ldaps://dc1.corp.example", m.directory().url(), "ldaps:// by default");
        m.encryptionProperty().set(Encryption.STARTTLS);
        assertEquals("ldap://dc1.corp.example", m.urlProperty().get());
        assertTrue(m.directory().startTls());
        m.urlProperty().set("ldaps://dc2.corp.example:3269");
        assertEquals(Encryption.LDAPS, m.encryptionProperty().get(), "typing ldaps:// chooses it");
        m.urlProperty().set("ldap://dc2.corp.example");
        assertEquals(Encryption.STARTTLS, m.encryptionProperty().get(), "ldap:// alone is upgraded, not plain");
    }

    @Test
    void unencryptedIsOnlyForThisComputerAndNeverWithAPassword() {
        LookupSettingsViewModel m = model();
        m.urlProperty().set("ldap://dc1.corp.example");
        m.searchBaseProperty().set("DC=corp,DC=example");
        m.encryptionProperty().set(Encryption.NONE);
        assertFalse(m.valid());
        assertTrue(m.directoryProblemProperty().get().startsWith("Callers’ numbers and names would cross the network"));
        m.urlProperty().set("ldap://localhost:3890");
        assertTrue(m.valid(), "a directory on this computer");
        m.bindDnProperty().set("cn=ringside,dc=corp,dc=example");
        assertFalse(m.valid());
        assertEquals("The password would travel unencrypted: choose ldaps:// or StartTLS.",
                m.directoryProblemProperty().get());
    }

    @Test
    void aCrmTemplateThatIsNotHttpIsRefusedInWords() {
        LookupSettingsViewModel m = model();
        m.crmTemplateProperty().set("javascript:alert(1)");
        assertEquals("The link must start with https:// or http://.", m.crmProblemProperty().get());
        assertFalse(m.save());
        m.crmTemplateProperty().set("https://crm.example/?q={phone}");
        assertEquals("Unknown placeholder {phone}.", m.crmProblemProperty().get());
        m.crmTemplateProperty().set("https://{name}.crm.example/");
        assertEquals("Write the site out: no placeholder before the first /.", m.crmProblemProperty().get());
        m.crmTemplateProperty().set("https://crm.example/?q={number}");
        m.crmTriggerProperty().set(CrmTrigger.ACCEPT);
        assertTrue(m.save());
        assertEquals(new CrmSettings("https://crm.example/?q={number}", CrmTrigger.ACCEPT), setup.current.crm());
    }

    @Test
    void thePasswordGoesToTheSetupOnceAndIsNotKeptInTheForm() {
        setup.current = new LookupSettings(new DirectorySettings("ldaps://dc1.corp.example", false, "cn=r,dc=x", "dc=x",
                null, null), CrmSettings.NONE);
        setup.passwordKept = true;
        LookupSettingsViewModel m = model();
        assertEquals("A password is kept in the keychain. Type a new one to replace it.", m.passwordHintProperty().get());
        m.passwordProperty().set("s3cret");
        assertEquals("Kept in the OS keychain when you press OK.", m.passwordHintProperty().get());
        assertTrue(m.save());
        assertEquals("s3cret", setup.savedPasswords.get(0));
        assertEquals("", m.passwordProperty().get(), "cleared once saved");
        m.bindDnProperty().set("");
        assertEquals("Anonymous: no password is sent.", m.passwordHintProperty().get());
    }

    @Test
    void theConnectionTestSaysHowItWentInPlainWords() {
        LookupSettingsViewModel m = model();
        m.urlProperty().set("ldaps://dc1.corp.example");
        m.test();
        assertEquals("Fix the settings above first.", m.testResultProperty().get());
        assertTrue(setup.tested.isEmpty(), "settings that cannot work are not tried");
        m.searchBaseProperty().set("DC=corp,DC=example");
        m.passwordProperty().set("typed");

        setup.testAnswer = new DirectoryTest(DirectoryTest.Outcome.UNREACHABLE, 0);
        m.test();
        assertEquals("Cannot reach the directory at dc1.corp.example. Check the address, the port and that the network"
                + " lets you through.", m.testResultProperty().get());
        assertEquals("typed", setup.testedPasswords.get(0), "tested with the password as typed, before saving");
        setup.testAnswer = new DirectoryTest(DirectoryTest.Outcome.OK, 12);
        m.test();
        assertTrue(m.testPassedProperty().get());
        assertEquals("Connected and signed in; the search base has entries with phone numbers.", m.testResultProperty().get());
        m.searchBaseProperty().set("DC=other");
        assertEquals("", m.testResultProperty().get(), "a changed setting is untested");
    }
}
