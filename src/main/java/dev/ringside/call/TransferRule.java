package dev.ringside.call;

import java.util.List;

/**
 * Calls that reach the operator from someone else's call.
 * <ul>
 *   <li>Attended transfer to the operator: the transferer consults the operator through a Local
 *       channel (so the operator first sees the transferer as the caller); when the transfer
 *       completes ({@code AttendedTransfer} Result Success naming the operator's leg as the
 *       target), the transferee becomes the caller. Where the PBX's filters drop that event, the
 *       connected line the operator's answered leg then gets ({@code NewConnectedLine}) says the
 *       same.</li>
 *   <li>Pickup: the operator's phone makes a channel of its own (its own Linkedid) and takes a
 *       colleague's ringing call ({@code Pickup}); that channel joins the picked-up call, answered,
 *       and the caller is the one the target was ringing for. A call of ours that someone else
 *       picks up was answered elsewhere.</li>
 * </ul>
 */
final class TransferRule {

    private static final List<String> TARGET_PREFIXES = List.of("TransferTarget", "LocalOne", "LocalTwo");

    private final CallBook book;
    private final LegRule legs;

    TransferRule(CallBook book, LegRule legs) {
        this.book = book;
        this.legs = legs;
    }

    void onAttendedTransfer(PbxEvent e) {
        if (!"Success".equalsIgnoreCase(e.get("Result"))) {
            return;
        }
        for (String prefix : TARGET_PREFIXES) {
            String uniqueId = e.get(prefix + "Uniqueid");
            if (uniqueId.isEmpty()) {
                uniqueId = e.get(prefix + "UniqueID");
            }
            TrackedCall t = book.callOfLeg(uniqueId);
            if (t != null) {
                t.transferredIn = true;
                setCaller(t, e.get("TransfereeCallerIDNum"), e.get("TransfereeCallerIDName"));
                String channel = Values.real(e.get("TransfereeChannel"));
                if (channel != null && book.numbers.numberOf(channel).isEmpty()) {
                    t.callerChannel = channel;
                    t.callerUniqueId = Values.real(e.get("TransfereeUniqueid"));
                }
                t.touch(e.time());
                book.changed(t);
                return;
            }
        }
    }

    /** NewConnectedLine on the operator's answered phone after (or while) a transfer reached it. */
    void onConnectedLine(TrackedCall t, Leg leg, PbxEvent e) {
        if (leg.originator || !leg.up || leg.ended || leg.isLocal() || !(t.transferredIn || t.consultation)) {
            return;
        }
        String num = Values.real(e.get("ConnectedLineNum"));
        if (num == null || book.numbers.owns(num) || num.equals(t.callerNumber)) {
            return;
        }
        t.transferredIn = true;
        setCaller(t, num, e.get("ConnectedLineName"));
        t.callerChannel = null;
        t.callerUniqueId = null;
    }

    void onPickup(PbxEvent e) {
        String picker = e.get("Channel");
        var number = book.numbers.numberOf(picker);
        String target = Values.real(e.get("TargetLinkedid"));
        if (number.isEmpty()) {
            TrackedCall ours = book.callOfLeg(e.get("TargetUniqueid"));
            if (ours != null && !ours.answered) {
                ours.answeredElsewhereBy = OperatorNumbers.deviceOf(picker);
                book.changed(ours);
            }
            return;
        }
        if (target == null) {
            return;
        }
        String uniqueId = e.get("Uniqueid");
        TrackedCall own = book.callOfLeg(uniqueId);
        TrackedCall t = book.getOrOpen(target, own != null ? own.startedAt : e.time());
        Leg leg = own == null || own == t
                ? legs.legFor(target, uniqueId, picker, number.get(), target, e.time()).leg()
                : legs.moveLeg(own, t, uniqueId);
        leg.originator = false;
        leg.ringing = false;
        leg.up = true;
        t.makeVisible(Direction.INBOUND);
        AnswerRule.answer(t, leg, e.time(), true);
        if (t.callerNumber == null) {
            setCaller(t, e.get("TargetConnectedLineNum"), e.get("TargetConnectedLineName"));
        }
        t.dialerSeen = true;
        t.touch(e.time());
        book.changed(t);
    }

    private void setCaller(TrackedCall t, String number, String name) {
        String num = Values.real(number);
        if (num != null && !book.numbers.owns(num)) {
            t.callerNumber = num;
            String n = Values.real(name);
            t.callerName = n != null && !book.numbers.owns(n) ? n : null;
        }
    }
}
