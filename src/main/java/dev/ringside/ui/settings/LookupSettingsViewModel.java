package dev.ringside.ui.settings;

import static dev.ringside.ui.i18n.Localization.lang;

import dev.ringside.contacts.directory.DirectorySettings;
import dev.ringside.crm.CrmSettings;
import dev.ringside.crm.CrmTemplate;
import dev.ringside.crm.CrmTrigger;
import dev.ringside.ui.UiThread;
import dev.ringside.ui.port.LookupSettings;
import dev.ringside.ui.port.LookupSetup;
import dev.ringside.ui.port.LookupSetup.DirectoryTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The settings dialog's "Contacts and CRM" part: the shared directory (address, encryption, bind
 * DN and password, search base, CA file, a connection test) and the CRM link (template, when it
 * opens). What is wrong shows under the field as it is typed; OK saves through {@link LookupSetup}.
 * The password is never shown and never kept here longer than it takes to save or test it.
 */
public final class LookupSettingsViewModel {

    /** How the connection to the directory is protected. */
    public enum Encryption {
        /** ldaps:// (TLS from the first byte, port 636). */
        LDAPS,
        /** ldap:// upgraded with StartTLS before anything is sent (port 389). */
        STARTTLS,
        /** ldap:// as it is: only to a directory on this computer, and never with a password. */
        NONE
    }

    private static final String DIRECTORY_PROBLEM = "settings.directory.problem.";
    private static final String CRM_PROBLEM = "settings.crm.problem.";

    private final LookupSetup setup;
    private final UiThread ui;
    private final LookupSettings original;

    private final StringProperty url = new SimpleStringProperty("");
    private final ObjectProperty<Encryption> encryption = new SimpleObjectProperty<>(Encryption.LDAPS);
    private final StringProperty bindDn = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty searchBase = new SimpleStringProperty("");
    private final StringProperty caFile = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper passwordHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper directoryProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper testResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper testPassed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final StringProperty crmTemplate = new SimpleStringProperty("");
    private final ObjectProperty<CrmTrigger> crmTrigger = new SimpleObjectProperty<>(CrmTrigger.BUTTON);
    private final ReadOnlyStringWrapper crmProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper("");
    private boolean passwordKept;
    private long testGeneration;

    public LookupSettingsViewModel(LookupSetup setup, UiThread ui) {
        this.setup = setup;
        this.ui = ui;
        this.original = setup.current();
        DirectorySettings d = original.directory();
        url.set(d.url());
        encryption.set(d.ldaps() || d.isEmpty() ? Encryption.LDAPS : d.startTls() ? Encryption.STARTTLS : Encryption.NONE);
        bindDn.set(d.bindDn());
        searchBase.set(d.searchBase());
        caFile.set(d.caCertificate() == null ? "" : d.caCertificate().toString());
        crmTemplate.set(original.crm().template());
        crmTrigger.set(original.crm().trigger());

        // the scheme follows the choice of encryption, and typing ldaps:// chooses it
        url.addListener((obs, o, n) -> {
            String scheme = scheme(n);
            if ("ldaps".equals(scheme)) {
                encryption.set(Encryption.LDAPS);
            } else if ("ldap".equals(scheme) && encryption.get() == Encryption.LDAPS) {
                encryption.set(Encryption.STARTTLS);
            }
        });
        encryption.addListener((obs, o, n) -> url.set(withScheme(url.get(), n)));
        for (StringProperty p : List.of(url, bindDn, searchBase, password)) {
            p.addListener((obs, o, n) -> directoryChanged());
        }
        encryption.addListener((obs, o, n) -> directoryChanged());
        crmTemplate.addListener((obs, o, n) -> crmProblem.set(crmProblemText(n)));
        crmProblem.set(crmProblemText(crmTemplate.get()));
        directoryProblem.set(problemText(directory()));
        passwordHint.set("");
        if (!d.isEmpty() && !d.anonymous()) {
            ui.deliver(setup.hasPassword(d), kept -> {
                passwordKept = kept;
                updatePasswordHint();
            }, failure -> { });
        }
        updatePasswordHint();
    }

    private void directoryChanged() {
        directoryProblem.set(problemText(directory()));
        testResult.set("");
        testPassed.set(false);
        updatePasswordHint();
    }

    private void updatePasswordHint() {
        if (bindDn.get().isBlank()) {
            passwordHint.set(lang("settings.directory.password.anonymous"));
        } else if (!password.get().isEmpty()) {
            passwordHint.set(setup.keychainAvailable() ? lang("settings.directory.password.willKeep")
                    : lang("settings.directory.password.noKeychain"));
        } else if (passwordKept && sameAccount()) {
            passwordHint.set(lang("settings.directory.password.kept"));
        } else {
            passwordHint.set(lang("settings.directory.password.none"));
        }
    }

    private boolean sameAccount() {
        return directory().secretAccount().equals(original.directory().secretAccount());
    }

    /** The directory settings as typed (not saved). */
    public DirectorySettings directory() {
        String ca = caFile.get() == null ? "" : caFile.get().strip();
        Path caPath;
        try {
            caPath = ca.isEmpty() ? null : Path.of(ca);
        } catch (java.nio.file.InvalidPathException e) {
            caPath = null;
        }
        String address = url.get() == null ? "" : url.get().strip();
        if (!address.isEmpty() && !address.contains("://")) {
            address = withScheme(address, encryption.get()); // a host name alone is enough
        }
        return new DirectorySettings(address, encryption.get() == Encryption.STARTTLS, bindDn.get(), searchBase.get(),
                caPath, null);
    }

    public CrmSettings crm() {
        return new CrmSettings(crmTemplate.get(), crmTrigger.get());
    }

    /** True when both parts can be saved as they are; otherwise the problems show. */
    public boolean valid() {
        directoryProblem.set(problemText(directory()));
        crmProblem.set(crmProblemText(crmTemplate.get()));
        return directoryProblem.get().isEmpty() && crmProblem.get().isEmpty();
    }

    /** Saves (the dialog's OK); false, and nothing saved, while a field is wrong. */
    public boolean save() {
        if (!valid()) {
            return false;
        }
        char[] typed = password.get().isEmpty() ? null : password.get().toCharArray();
        password.set("");
        ui.deliver(setup.save(new LookupSettings(directory(), crm()), typed), ok -> saveError.set(""),
                failure -> saveError.set(lang("settings.lookup.error.save", UiThread.messageOf(failure))));
        if (typed != null) {
            java.util.Arrays.fill(typed, '\0');
        }
        return true;
    }

    /** "Test connection": connects, signs in and reads the search base with the settings as typed. */
    public void test() {
        DirectorySettings d = directory();
        String problem = problemText(d);
        if (!problem.isEmpty()) {
            directoryProblem.set(problem);
            testResult.set(lang("settings.directory.test.fixFirst"));
            testPassed.set(false);
            return;
        }
        long mine = ++testGeneration;
        testing.set(true);
        testPassed.set(false);
        testResult.set(lang("settings.directory.test.running"));
        char[] typed = password.get().isEmpty() ? null : password.get().toCharArray();
        ui.deliver(setup.test(d, typed), result -> {
            if (mine == testGeneration) {
                testing.set(false);
                testPassed.set(result.outcome() == DirectoryTest.Outcome.OK);
                testResult.set(testText(result, d));
            }
        }, failure -> {
            if (mine == testGeneration) {
                testing.set(false);
                testResult.set(lang("settings.directory.test.failed"));
            }
        });
        if (typed != null) {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    static String testText(DirectoryTest result, DirectorySettings d) {
        String host = d.isEmpty() || d.problem() != null ? d.url() : d.host();
        return switch (result.outcome()) {
            case OK -> result.entriesWithNumbers() == 0 ? lang("settings.directory.test.okEmpty")
                    : lang("settings.directory.test.ok");
            case SETTINGS -> lang("settings.directory.test.fixFirst");
            case UNREACHABLE -> lang("settings.directory.test.unreachable", host);
            case TLS -> lang("settings.directory.test.tls", host);
            case CREDENTIALS -> lang("settings.directory.test.credentials");
            case TIMEOUT -> lang("settings.directory.test.timeout", host);
            case BASE_NOT_FOUND -> lang("settings.directory.test.noBase", d.searchBase());
            case FAILED -> lang("settings.directory.test.failed");
        };
    }

    /** The problem in the operator's words, "" when none (and when no directory is set at all). */
    static String problemText(DirectorySettings d) {
        if (d.isEmpty()) {
            return "";
        }
        DirectorySettings.Problem p = d.problem();
        return p == null ? "" : lang(DIRECTORY_PROBLEM + p.name().toLowerCase(Locale.ROOT));
    }

    static String crmProblemText(String template) {
        if (template == null || template.isBlank()) {
            return "";
        }
        CrmTemplate.Invalid invalid = CrmTemplate.check(template);
        return invalid == null ? ""
                : lang(CRM_PROBLEM + invalid.problem().name().toLowerCase(Locale.ROOT), invalid.detail());
    }

    /** The keys this class builds at run time (for the bundle tests). */
    static List<String> i18nKeys() {
        List<String> keys = new java.util.ArrayList<>();
        for (DirectorySettings.Problem p : DirectorySettings.Problem.values()) {
            keys.add(DIRECTORY_PROBLEM + p.name().toLowerCase(Locale.ROOT));
        }
        for (CrmTemplate.Problem p : CrmTemplate.Problem.values()) {
            keys.add(CRM_PROBLEM + p.name().toLowerCase(Locale.ROOT));
        }
        for (Encryption e : Encryption.values()) {
            keys.add("settings.directory.encryption." + e.name().toLowerCase(Locale.ROOT));
        }
        for (CrmTrigger t : CrmTrigger.values()) {
            keys.add("settings.crm.trigger." + t.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private static String scheme(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("ldaps://") ? "ldaps" : u.startsWith("ldap://") ? "ldap" : "";
    }

    /** The address with the scheme the encryption needs; a bare host name gets one too. */
    static String withScheme(String url, Encryption e) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            return u;
        }
        String rest = u.replaceFirst("(?i)^ldaps?://", "");
        return (e == Encryption.LDAPS ? "ldaps://" : "ldap://") + rest;
    }

    public List<Encryption> encryptions() { return List.of(Encryption.values()); }
    public List<CrmTrigger> crmTriggers() { return List.of(CrmTrigger.values()); }
    public StringProperty urlProperty() { return url; }
    public ObjectProperty<Encryption> encryptionProperty() { return encryption; }
    public StringProperty bindDnProperty() { return bindDn; }
    /** Write-only for the password field; cleared once saved. */
    public StringProperty passwordProperty() { return password; }
    public StringProperty searchBaseProperty() { return searchBase; }
    public StringProperty caFileProperty() { return caFile; }
    public ReadOnlyStringProperty passwordHintProperty() { return passwordHint.getReadOnlyProperty(); }
    public ReadOnlyStringProperty directoryProblemProperty() { return directoryProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty testResultProperty() { return testResult.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testPassedProperty() { return testPassed.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }
    public StringProperty crmTemplateProperty() { return crmTemplate; }
    public ObjectProperty<CrmTrigger> crmTriggerProperty() { return crmTrigger; }
    public ReadOnlyStringProperty crmProblemProperty() { return crmProblem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }
}
