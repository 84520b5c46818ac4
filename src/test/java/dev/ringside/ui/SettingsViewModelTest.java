package dev.ringside.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.ui.fake.MemorySettingsStore;
import dev.ringside.ui.port.RejectMode;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.Theme;
import dev.ringside.ui.settings.SettingsViewModel;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SettingsViewModelTest {

    @Test
    void defaultsAreCalmAndSavingAppliesAtOnce() {
        MemorySettingsStore store = new MemorySettingsStore(null);
        AtomicReference<Settings> applied = new AtomicReference<>();
        SettingsViewModel model = new SettingsViewModel(store, applied::set);
        assertTrue(model.popupsEnabledProperty().get());
        assertFalse(model.popupTakesFocusProperty().get(), "popups do not take focus by default");
        assertFalse(model.remoteAnswerProperty().get(), "remote answer is off by default");
        assertEquals(RejectMode.OPERATOR_LEG, model.rejectModeProperty().get());

        model.themeProperty().set(Theme.DARK);
        model.rejectModeProperty().set(RejectMode.CALLER);
        model.popupsEnabledProperty().set(false);
        assertTrue(model.save());
        assertEquals(Theme.DARK, store.saved.theme());
        assertEquals(RejectMode.CALLER, store.saved.rejectMode());
        assertFalse(store.saved.popupsEnabled());
        assertSame(store.saved, applied.get());
    }

    @Test
    void aBadPortSavesNothing() {
        MemorySettingsStore store = new MemorySettingsStore(null);
        SettingsViewModel model = new SettingsViewModel(store, s -> { });
        model.portProperty().set("99999");
        assertFalse(model.save());
        assertEquals("The port is a number from 1 to 65535", model.portErrorProperty().get());
        assertNull(store.saved);
    }

    @Test
    void startAtLoginIsChangedOnlyWhenTheOperatorChangesIt() throws Exception {
        java.util.concurrent.CompletableFuture<Boolean> set = new java.util.concurrent.CompletableFuture<>();
        dev.ringside.ui.port.StartAtLogin autostart = new dev.ringside.ui.port.StartAtLogin() {
            @Override
            public boolean isEnabled() {
                return false;
            }

            @Override
            public void setEnabled(boolean enabled) {
                set.complete(enabled);
            }
        };
        MemorySettingsStore store = new MemorySettingsStore(null);
        SettingsViewModel model = new SettingsViewModel(store, s -> { }, autostart);
        org.junit.jupiter.api.Assertions.assertTrue(model.canStartAtLogin());
        org.junit.jupiter.api.Assertions.assertFalse(model.startsAtLoginProperty().get(), "off by default");
        model.startsAtLoginProperty().set(true);
        org.junit.jupiter.api.Assertions.assertTrue(model.save());
        org.junit.jupiter.api.Assertions.assertTrue(set.get(5, java.util.concurrent.TimeUnit.SECONDS));
        org.junit.jupiter.api.Assertions.assertFalse(new SettingsViewModel(store, s -> { }).canStartAtLogin(),
                "hidden where the install cannot start at login");
    }
}
