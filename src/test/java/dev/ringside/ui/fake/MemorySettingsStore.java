package dev.ringside.ui.fake;

import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import java.util.Optional;

public final class MemorySettingsStore implements SettingsStore {

    public volatile Settings saved;

    public MemorySettingsStore(Settings initial) {
        this.saved = initial;
    }

    @Override
    public Optional<Settings> load() {
        return Optional.ofNullable(saved);
    }

    @Override
    public void save(Settings settings) {
        saved = settings;
    }
}
