package dev.ringside.ui.port;

import java.util.List;

/**
 * What the operator typed on the login screen.
 *
 * @param extensions the operator's numbers, e.g. [777, 888]
 * @param demo       true: use the built-in demo PBX; host, port, username and secret are then ignored
 * @param remember   true: keep the connection fields (and the secret, where a keychain exists)
 */
public record LoginRequest(
        List<String> extensions,
        String host,
        int port,
        String username,
        char[] secret,
        boolean tls,
        boolean demo,
        boolean remember) {

    public LoginRequest {
        extensions = List.copyOf(extensions);
        secret = secret == null ? new char[0] : secret.clone();
    }

    @Override
    public char[] secret() {
        return secret.clone();
    }

    /** Never prints the secret: requests end up in logs. */
    @Override
    public String toString() {
        return "LoginRequest[extensions=" + extensions + ", host=" + host + ", port=" + port
                + ", username=" + username + ", secret=***, tls=" + tls + ", demo=" + demo
                + ", remember=" + remember + "]"; // not operator text
    }
}
