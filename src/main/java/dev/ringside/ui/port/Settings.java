package dev.ringside.ui.port;

import java.util.List;

/**
 * The operator's preferences, persisted per OS user by a {@link SettingsStore}. The secret is not
 * here: it lives in a {@link SecretStore}. {@code language} is "" (follow the OS), "en" or "ru";
 * {@code homeCountry} is the ISO code phone numbers are read in, "" to take it from the locale.
 * {@code breakReasons} come from the administrator's provisioning file.
 */
public record Settings(
        boolean demo,
        List<String> extensions,
        String host,
        int port,
        String username,
        boolean tls,
        boolean remember,
        boolean popupsEnabled,
        boolean popupTakesFocus,
        RejectMode rejectMode,
        boolean remoteAnswer,
        boolean startMinimised,
        Theme theme,
        String language,
        String homeCountry,
        List<String> breakReasons) {

    public static final int DEFAULT_PORT = 5038;

    public Settings {
        extensions = List.copyOf(extensions);
        host = host == null ? "" : host;
        username = username == null ? "" : username;
        rejectMode = rejectMode == null ? RejectMode.OPERATOR_LEG : rejectMode;
        theme = theme == null ? Theme.LIGHT : theme;
        language = language == null ? "" : language;
        homeCountry = homeCountry == null ? "" : homeCountry;
        breakReasons = breakReasons == null ? List.of() : List.copyOf(breakReasons);
    }

    /** A fresh install: the demo PBX, popups on and not taking focus, light theme. */
    public static Settings defaults() {
        return new Settings(true, List.of(), "", DEFAULT_PORT, "", false, false,
                true, false, RejectMode.OPERATOR_LEG, false, false, Theme.LIGHT, "", "", List.of());
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy for editing a few fields. */
    public static final class Builder {
        public boolean demo;
        public List<String> extensions;
        public String host;
        public int port;
        public String username;
        public boolean tls;
        public boolean remember;
        public boolean popupsEnabled;
        public boolean popupTakesFocus;
        public RejectMode rejectMode;
        public boolean remoteAnswer;
        public boolean startMinimised;
        public Theme theme;
        /** "" follows the OS; otherwise a language tag ("en", "ru"). */
        public String language;
        /** ISO 3166 code of the operator's country for phone numbers; "" takes it from the locale. */
        public String homeCountry;
        /** The administrator's reasons for a break (queue pause), in the order given; empty when none. */
        public List<String> breakReasons;

        private Builder(Settings s) {
            demo = s.demo;
            extensions = s.extensions;
            host = s.host;
            port = s.port;
            username = s.username;
            tls = s.tls;
            remember = s.remember;
            popupsEnabled = s.popupsEnabled;
            popupTakesFocus = s.popupTakesFocus;
            rejectMode = s.rejectMode;
            remoteAnswer = s.remoteAnswer;
            startMinimised = s.startMinimised;
            theme = s.theme;
            language = s.language;
            homeCountry = s.homeCountry;
            breakReasons = s.breakReasons;
        }

        public Settings build() {
            return new Settings(demo, extensions, host, port, username, tls, remember, popupsEnabled,
                    popupTakesFocus, rejectMode, remoteAnswer, startMinimised, theme, language, homeCountry,
                    breakReasons);
        }
    }
}
