package dev.ringside.app;

import dev.ringside.ami.AmiError;
import dev.ringside.ami.AmiException;
import dev.ringside.ami.AmiSettings;
import dev.ringside.history.CallHistory;
import dev.ringside.history.HistoryException;
import dev.ringside.history.Operator;
import dev.ringside.ui.port.LoginRequest;
import dev.ringside.ui.port.LoginService;
import dev.ringside.ui.port.OperatorSession;
import dev.ringside.ui.port.Settings;
import dev.ringside.ui.port.SettingsStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs an operator in: to the built-in demo PBX or a real one, with the local history behind the
 * session. A failure completes the future with an {@link AmiException} whose message the login
 * screen shows as is. Saving the form and the secret is the login screen's own business.
 */
final class EngineLoginService implements LoginService, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EngineLoginService.class);
    static final Duration DEMO_CALL_INTERVAL = Duration.ofSeconds(25);

    private final CallHistory history;
    private final SettingsStore settingsStore;
    private final Clock clock;
    private final ContactsContext contacts;
    private DemoPbx demo;

    EngineLoginService(CallHistory history, SettingsStore settingsStore, Clock clock) {
        this(history, settingsStore, clock, ContactsContext.none());
    }

    EngineLoginService(CallHistory history, SettingsStore settingsStore, Clock clock, ContactsContext contacts) {
        this.history = history;
        this.settingsStore = settingsStore;
        this.clock = clock;
        this.contacts = contacts;
    }

    @Override
    public CompletableFuture<OperatorSession> login(LoginRequest request) {
        return CompletableFuture.supplyAsync(() -> prepare(request)).thenCompose(session ->
                session.engine().start().handle((connected, error) -> {
                    if (error != null) {
                        session.close();
                        throw new CompletionException(unwrap(error));
                    }
                    return (OperatorSession) session;
                }));
    }

    private EngineOperatorSession prepare(LoginRequest request) {
        List<String> extensions = request.extensions();
        char[] secret = request.secret();
        try {
            DeskSettings desk = request.demo() ? DemoPbx.deskSettings() : deskSettings();
            AmiSettings ami = request.demo()
                    ? demoPbx(extensions).settings(extensions)
                    : AmiSettings.builder().host(request.host()).port(request.port()).username(request.username())
                            .secret(new String(secret)).tls(request.tls()).extensions(extensions)
                            .colleagues(desk.colleagueExtensions()).build();
            Operator operator = history.ensureOperator("Operator " + String.join(", ", extensions), extensions);
            CallEngine engine = new CallEngine(ami, EngineOptions.defaults());
            return new EngineOperatorSession(engine, history, operator, this::currentSettings, request.demo(), () -> { },
                    clock, desk, contacts);
        } catch (IllegalArgumentException e) {
            throw new CompletionException(new AmiException(AmiError.Kind.OTHER, e.getMessage()));
        } catch (HistoryException e) {
            throw new CompletionException(e);
        } catch (IOException e) {
            log.warn("The demo PBX could not start", e);
            throw new CompletionException(new AmiException(AmiError.Kind.DEMO_FAILED,
                    "The built-in demo PBX could not start: " + e.getMessage()));
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    /** desk.properties in the config folder; break reasons provisioned into the settings win over the file's. */
    private DeskSettings deskSettings() {
        DeskSettings file = new DeskSettingsFile(contacts.configFolder()).load();
        List<String> provisioned = currentSettings().breakReasons();
        return provisioned.isEmpty() ? file
                : new DeskSettings(file.colleagues(), provisioned, file.loginQueues(), file.hintContext(), file.memberName());
    }

    private synchronized DemoPbx demoPbx(List<String> extensions) throws IOException {
        if (demo == null) {
            demo = DemoPbx.start(extensions, DEMO_CALL_INTERVAL);
        }
        return demo;
    }

    private Settings currentSettings() {
        return settingsStore.load().orElseGet(Settings::defaults);
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof AmiException || t instanceof HistoryException ? t
                : new AmiException(AmiError.Kind.OTHER, "Could not log in: " + t.getMessage());
    }

    @Override
    public synchronized void close() {
        if (demo != null) {
            demo.close();
            demo = null;
        }
    }
}
