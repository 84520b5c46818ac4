package dev.ringside.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.call.PbxEvent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueBoardTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private final QueueBoard board = new QueueBoard(i -> i.matches("[A-Za-z0-9]+/777([-@/;].*)?"));

    private static PbxEvent event(String name, Instant at, String... kv) {
        Map<String, String> h = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            h.put(kv[i], kv[i + 1]);
        }
        return new PbxEvent(name, at, h);
    }

    private static PbxEvent member(String queue, String location, String paused, String reason, String status) {
        return event("QueueMember", T0, "Queue", queue, "Name", "Operator", "Location", location, "Membership",
                "static", "Paused", paused, "PausedReason", reason, "LastPause", paused.equals("1") ? "1772440000" : "0",
                "Status", status, "InCall", "0");
    }

    private QueueState queue(String name) {
        return board.queues().stream().filter(q -> q.queue().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void queueStatusGivesWaitingLongestWaitMembersAndTheOperatorsPlace() {
        board.applyStatus(List.of(
                event("QueueParams", T0, "Queue", "support", "Calls", "2"),
                member("support", "PJSIP/777", "0", "", "1"),
                member("support", "PJSIP/999", "1", "Lunch", "1"),
                member("support", "PJSIP/998", "0", "", "5"),
                event("QueueEntry", T0, "Queue", "support", "Position", "1", "Wait", "95"),
                event("QueueEntry", T0, "Queue", "support", "Position", "2", "Wait", "12"),
                event("QueueParams", T0, "Queue", "sales", "Calls", "0"),
                member("sales", "PJSIP/999", "0", "", "1")), T0);
        QueueState support = queue("support");
        assertEquals(2, support.waiting());
        assertEquals(T0.minusSeconds(95), support.longestWaitSince());
        assertEquals(2, support.loggedIn(), "998 is unavailable");
        assertEquals(1, support.available(), "999 is paused");
        assertEquals("PJSIP/777", support.membership().memberInterface());
        assertFalse(support.membership().paused());
        assertNull(queue("sales").membership());
        assertNull(queue("sales").longestWaitSince());
        assertFalse(board.breakState().onBreak());
    }

    @Test
    void pauseEventsMakeABreakWithItsReasonAndStart() {
        board.applyStatus(List.of(event("QueueParams", T0, "Queue", "support", "Calls", "0"),
                member("support", "PJSIP/777", "0", "", "1"),
                event("QueueParams", T0, "Queue", "sales", "Calls", "0"),
                member("sales", "PJSIP/777", "0", "", "1")), T0);
        Instant at = T0.plusSeconds(60);
        assertTrue(board.onEvent(event("QueueMemberPause", at, "Queue", "support", "Interface", "PJSIP/777",
                "MemberName", "Operator 777", "Membership", "static", "Paused", "1", "PausedReason", "Lunch",
                "LastPause", String.valueOf(at.getEpochSecond()), "Status", "1")));
        BreakState b = board.breakState();
        assertTrue(b.onBreak());
        assertEquals("Lunch", b.reason());
        assertEquals(at, b.since());
        assertEquals(List.of("support"), b.queues());
        assertTrue(queue("support").membership().paused());
        assertFalse(queue("sales").membership().paused());

        board.onEvent(event("QueueMemberPause", at.plusSeconds(600), "Queue", "support", "Interface", "PJSIP/777",
                "Paused", "0", "PausedReason", "", "LastPause", String.valueOf(at.getEpochSecond()), "Status", "1"));
        assertFalse(board.breakState().onBreak());
        assertNull(queue("support").membership().pausedSince());
    }

    @Test
    void callersJoiningAndLeavingMoveTheWaitingCount() {
        board.applyStatus(List.of(event("QueueParams", T0, "Queue", "support", "Calls", "0")), T0);
        board.onEvent(event("QueueCallerJoin", T0.plusSeconds(5), "Queue", "support", "Position", "1", "Count", "1"));
        board.onEvent(event("QueueCallerJoin", T0.plusSeconds(9), "Queue", "support", "Position", "2", "Count", "2"));
        assertEquals(2, queue("support").waiting());
        assertEquals(T0.plusSeconds(5), queue("support").longestWaitSince());
        board.onEvent(event("QueueCallerLeave", T0.plusSeconds(20), "Queue", "support", "Position", "1", "Count", "1"));
        assertEquals(1, queue("support").waiting());
        board.onEvent(event("QueueCallerLeave", T0.plusSeconds(30), "Queue", "support", "Position", "1", "Count", "0"));
        assertEquals(0, queue("support").waiting());
        assertNull(queue("support").longestWaitSince());
    }

    @Test
    void theSummaryOverridesCountsAPartialViewCouldNotKnow() {
        board.applyStatus(List.of(event("QueueParams", T0, "Queue", "support", "Calls", "0"),
                member("support", "PJSIP/777", "0", "", "1")), T0);
        board.applySummary(List.of(event("QueueSummary", T0.plusSeconds(10), "Queue", "support", "LoggedIn", "4",
                "Available", "2", "Callers", "3", "HoldTime", "10", "TalkTime", "40", "LongestHoldTime", "70")),
                T0.plusSeconds(10));
        QueueState q = queue("support");
        assertEquals(3, q.waiting());
        assertEquals(T0.minusSeconds(60), q.longestWaitSince());
        assertEquals(4, q.loggedIn());
        assertEquals(2, q.available());
        assertTrue(q.isMember(), "the summary keeps the membership known from QueueStatus");
    }

    @Test
    void queueLoginAndLogoutAsADynamicMember() {
        board.applyStatus(List.of(event("QueueParams", T0, "Queue", "sales", "Calls", "0"),
                member("sales", "PJSIP/999", "0", "", "1")), T0);
        assertNull(queue("sales").membership());
        board.onEvent(event("QueueMemberAdded", T0, "Queue", "sales", "Interface", "PJSIP/777", "MemberName",
                "Operator 777", "Membership", "dynamic", "Paused", "0", "Status", "1"));
        assertTrue(queue("sales").membership().dynamic());
        assertEquals(2, queue("sales").available());
        assertTrue(board.onEvent(event("QueueMemberRemoved", T0, "Queue", "sales", "Interface", "PJSIP/777")));
        assertNull(queue("sales").membership());
        assertFalse(board.onEvent(event("QueueMemberRemoved", T0, "Queue", "nosuch", "Interface", "PJSIP/777")));
    }
}
