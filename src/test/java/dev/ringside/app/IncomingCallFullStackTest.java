package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.CallStatus;
import dev.ringside.history.CallQuery;
import dev.ringside.history.StoredCall;
import dev.ringside.pbxsim.CallHandle;
import dev.ringside.pbxsim.Scenario;
import dev.ringside.ui.port.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * Calls from the simulator to the real app: the incoming-call window, Accept and Reject by mouse and
 * (where popups may take the focus) keyboard, and what ends up in the H2 history and on screen.
 */
class IncomingCallFullStackTest {

    /** Scripted calls run 20 times faster than real life. */
    private static final double TIME_SCALE = 0.05;
    /** Rings for 30 s of test time: the call waits for the test to act on the window. */
    private static final Duration LONG_RING = Duration.ofSeconds(600);
    /** The simulator's caller, +15551234567, as an operator at home in the US (the test JVM's locale) reads it. */
    private static final String CALLER = "(555) 123-4567";

    @TempDir
    Path dir;
    private FullStackApp app;
    private FxRobot robot;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private void loggedIn(Consumer<Settings.Builder> settings) throws Exception {
        app = new FullStackApp(dir, TIME_SCALE);
        robot = app.robot;
        app.rememberSimulator(settings);
        app.launch(app.simulatorLogin());
        app.awaitConnected();
    }

    private static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
        return future.get(FullStackApp.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Map<String, String> awaitHangup() {
        return app.sim.awaitAction("Hangup", m -> true, FullStackApp.WAIT)
                .orElseThrow(() -> new AssertionError("no Hangup reached the PBX: " + app.sim.receivedActions()));
    }

    @Test
    void aCallTo777OpensAWindowWithTheCallerAndRejectHangsUpTheOperatorLegWithCause21() throws Exception {
        loggedIn(s -> { });
        CallHandle call = app.sim.play(Scenario.rejected("777").withRing(LONG_RING));
        String id = get(call.linkedid());
        String leg = get(call.operatorLeg());

        Window popup = app.awaitPopup();
        assertTrue(popup instanceof PopupWindow, "a popup window, which takes no focus");
        assertEquals(CALLER, app.popupText(popup, "#callerNumber"));
        assertEquals("John Caller", app.popupText(popup, "#callerName"));
        assertEquals("to 777", app.popupText(popup, "#calledNumber"));
        assertTrue(FullStackApp.fx(() -> app.primary.isFocused()), "the main window keeps the keyboard");

        robot.clickOn(app.<Button>popupNode(popup, "#rejectButton"));

        Map<String, String> hangup = awaitHangup();
        assertEquals(leg, hangup.get("Channel"), "the operator's ringing leg, not the caller");
        assertEquals("21", hangup.get("Cause"));
        app.awaitNoPopup();
        get(call.finished());
        StoredCall stored = app.awaitStatus(id, CallStatus.REJECTED);
        assertEquals("+15551234567", stored.call().callerNumber());
        FullStackApp.await("the history row says Rejected", () -> "Rejected".equals(app.text(".chip.status-rejected")));
    }

    @Test
    void keysNeverActOnAPopupThatMayNotTakeTheFocus() throws Exception {
        loggedIn(s -> { });
        CallHandle call = app.sim.play(Scenario.rejected("777").withRing(LONG_RING));
        String id = get(call.linkedid());
        Window popup = app.awaitPopup();

        // a click into the window gives it no keyboard: Esc and Enter go where the operator was typing
        robot.clickOn(app.<javafx.scene.Node>popupNode(popup, "#callerNumber")).type(KeyCode.ESCAPE).type(KeyCode.ENTER);

        assertTrue(app.sim.receivedActions().stream().noneMatch(m -> "Hangup".equalsIgnoreCase(m.get("Action"))));
        assertEquals(null, app.stored(id).orElseThrow().call().acceptedAt());
        assertTrue(FullStackApp.fx(popup::isShowing));
    }

    @Test
    void escRejectsInAPopupThatMayTakeTheFocus() throws Exception {
        loggedIn(s -> s.popupTakesFocus = true);
        CallHandle call = app.sim.play(Scenario.rejected("777").withRing(LONG_RING));
        String id = get(call.linkedid());
        String leg = get(call.operatorLeg());
        Window popup = app.awaitPopup();
        FullStackApp.await("the window has the keyboard", () -> FullStackApp.fx(popup::isFocused));

        robot.type(KeyCode.ESCAPE);

        Map<String, String> hangup = awaitHangup();
        assertEquals(leg, hangup.get("Channel"));
        assertEquals("21", hangup.get("Cause"));
        app.awaitNoPopup();
        app.awaitStatus(id, CallStatus.REJECTED);
    }

    @Test
    void acceptWithRemoteAnswerAsksThePhoneToPickUpAndStoresAcceptedAt() throws Exception {
        loggedIn(s -> s.remoteAnswer = true);
        CallHandle call = app.sim.play(Scenario.rejected("777").withRing(LONG_RING));
        String id = get(call.linkedid());
        String leg = get(call.operatorLeg());
        Window popup = app.awaitPopup();

        robot.clickOn(app.<Button>popupNode(popup, "#acceptButton"));

        Map<String, String> notify = app.sim.awaitAction("PJSIPNotify", m -> leg.equals(m.get("Channel")), FullStackApp.WAIT)
                .orElseThrow(() -> new AssertionError("no PJSIPNotify on " + leg + ": " + app.sim.receivedActions()));
        assertEquals("Event=talk", notify.get("Variable"));
        app.awaitNoPopup();
        get(call.finished());
        StoredCall stored = app.awaitStatus(id, CallStatus.COMPLETED);
        assertNotNull(stored.call().acceptedAt(), "accepted_at is stored");
        assertNotNull(stored.call().answeredAt());
        assertFalse(stored.call().acceptedAt().isAfter(stored.call().answeredAt()), "accepted before the phone answered");
        FullStackApp.await("the history row says Completed", () -> "Completed".equals(app.text(".chip.status-completed")));
    }

    @Test
    void enterAcceptsWithoutRemoteAnswerAndRejectStillEndsTheCall() throws Exception {
        loggedIn(s -> s.popupTakesFocus = true);
        CallHandle call = app.sim.play(Scenario.rejected("777").withRing(LONG_RING));
        String id = get(call.linkedid());
        String leg = get(call.operatorLeg());
        Window popup = app.awaitPopup();
        FullStackApp.await("the window has the keyboard", () -> FullStackApp.fx(popup::isFocused));

        robot.type(KeyCode.ENTER);

        StoredCall accepted = app.awaitStored(id, c -> c.call().acceptedAt() != null, "has accepted_at");
        assertEquals(CallStatus.INCOMING, accepted.call().status(), "the phone still rings: remote answer is off");
        assertTrue(app.sim.receivedActions().stream().noneMatch(m -> "PJSIPNotify".equalsIgnoreCase(m.get("Action"))),
                "no remote answer was sent");
        FullStackApp.await("the window says to pick up", () -> app.popupText(popup, "#feedback").startsWith("Accepted"));

        // a second Enter (the report: it rejected the call just accepted) does nothing now
        robot.type(KeyCode.ENTER).type(KeyCode.ESCAPE);
        assertTrue(app.sim.receivedActions().stream().noneMatch(m -> "Hangup".equalsIgnoreCase(m.get("Action"))),
                "no key hangs up an accepted call");
        // the phone keeps ringing, so Reject stays available: a click asks, a second click hangs up
        robot.clickOn(app.<Button>popupNode(popup, "#rejectButton"));
        FullStackApp.await("the window asks", () -> app.popupText(popup, "#confirmQuestion").startsWith("You accepted"));
        robot.clickOn(app.<Button>popupNode(popup, "#hangUpButton"));
        Map<String, String> hangup = awaitHangup();
        assertEquals(leg, hangup.get("Channel"));
        assertEquals("21", hangup.get("Cause"));
        app.awaitNoPopup();
        StoredCall ended = app.awaitStatus(id, CallStatus.REJECTED);
        assertEquals(accepted.call().acceptedAt(), ended.call().acceptedAt(), "accepted_at survives to the end");
    }

    @Test
    void aMissedCallIsInHistoryAndInTheMissedCountInTheHeader() throws Exception {
        loggedIn(s -> { });
        assertFalse(app.showing("#missedButton"), "no missed calls yet");
        CallHandle call = app.sim.play(Scenario.missed("777"));
        String id = get(call.linkedid());
        get(call.finished());

        app.awaitStatus(id, CallStatus.MISSED);
        FullStackApp.await("the header counts one missed call", () -> "1 missed call".equals(app.text("#missedButton")));
        assertTrue(app.showing("#missedButton"));
        FullStackApp.await("the history row says Missed", () -> "Missed".equals(app.text(".chip.status-missed")));
        app.awaitNoPopup();
    }

    @Test
    void aCallToAnotherExtensionNeverOpensAWindow() throws Exception {
        loggedIn(s -> { });
        CallHandle colleagues = app.sim.play(Scenario.answered("888").withCaller("+15550001111", "Not For You"));
        get(colleagues.finished());
        // the operator's own call, played after the other: once it is stored, the other was seen too
        CallHandle mine = app.sim.play(Scenario.missed("777"));
        app.awaitStatus(get(mine.linkedid()), CallStatus.MISSED);
        app.awaitNoPopup();

        assertEquals(1, app.popupsOpened.size(), "only the call to 777 opened a window: " + app.popupsOpened);
        assertTrue(app.popupsOpened.get(0).contains(CALLER), app.popupsOpened.get(0));
        assertEquals(1, app.history.count(CallQuery.forOperator(app.operatorId()).build()), "only 777's call is in history");
    }

    @Test
    void theWindowClosesByItselfWhenTheCallIsAnsweredElsewhere() throws Exception {
        loggedIn(s -> { });
        // a ring group: 999 picks up after 2 s of test time
        CallHandle call = app.sim.play(Scenario.answeredElsewhere("777", "999").withRing(Duration.ofSeconds(40)));
        String id = get(call.linkedid());
        FullStackApp.await("the window opened", () -> !app.popupsOpened.isEmpty());

        app.awaitNoPopup();
        get(call.finished());
        StoredCall stored = app.awaitStatus(id, CallStatus.MISSED);
        assertEquals(Integer.valueOf(26), stored.call().hangupCause(), "answered elsewhere");
        // who took it (999) is only in events the PBX-side operator filter drops; never the operator
        assertFalse("777".equals(stored.call().answeredBy()), stored.call().answeredBy());
        assertTrue(app.sim.receivedActions().stream().noneMatch(m -> "Hangup".equalsIgnoreCase(m.get("Action"))),
                "the app touched nothing");
    }
}
