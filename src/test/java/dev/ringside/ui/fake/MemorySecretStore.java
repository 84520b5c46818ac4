package dev.ringside.ui.fake;

import dev.ringside.ui.port.SecretStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class MemorySecretStore implements SecretStore {

    public final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final boolean available;

    public MemorySecretStore(boolean available) {
        this.available = available;
    }

    @Override
    public boolean isAvailable() {
        return available;
    }

    @Override
    public Optional<char[]> read(String account) {
        return Optional.ofNullable(secrets.get(account)).map(String::toCharArray);
    }

    @Override
    public void write(String account, char[] secret) {
        secrets.put(account, new String(secret));
    }

    @Override
    public void delete(String account) {
        secrets.remove(account);
    }
}
