package dev.ringside.app;

import dev.ringside.app.provision.Provisioner;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.SecretStore;
import dev.ringside.ui.port.Settings;
import java.util.Arrays;
import java.util.Optional;

/**
 * The login the app makes by itself at start: the remembered connection with its secret from the
 * keychain (or the remembered demo PBX). Nothing when the operator never chose "remember me", or a
 * part is missing: then the login screen asks.
 */
final class AutoLogin {

    private AutoLogin() {
    }

    static Optional<LoginRequest> from(Optional<Settings> saved, SecretStore secrets) {
        if (saved.isEmpty() || !saved.get().remember() || saved.get().extensions().isEmpty()) {
            return Optional.empty();
        }
        Settings s = saved.get();
        if (s.demo()) {
            return Optional.of(new LoginRequest(s.extensions(), "", 0, "", null, false, true, true));
        }
        if (s.host().isBlank() || s.username().isBlank()) {
            return Optional.empty();
        }
        return secrets.read(Provisioner.account(s)).map(secret -> {
            try {
                return new LoginRequest(s.extensions(), s.host(), s.port(), s.username(), secret, s.tls(), false, true);
            } finally {
                Arrays.fill(secret, '\0');
            }
        });
    }
}
