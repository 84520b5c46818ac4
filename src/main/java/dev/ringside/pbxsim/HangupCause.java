package dev.ringside.pbxsim;

/** Q.850 cause texts as Asterisk's ast_cause2str prints them in {@code Cause-txt}. */
final class HangupCause {

    static final int NORMAL_CLEARING = 16;
    static final int USER_BUSY = 17;
    static final int NO_ANSWER = 19;
    static final int CALL_REJECTED = 21;
    static final int ANSWERED_ELSEWHERE = 26;

    private HangupCause() {
    }

    static String text(int cause) {
        switch (cause) {
            case 1: return "Unallocated (unassigned) number";
            case 3: return "No route to destination";
            case 16: return "Normal Clearing";
            case 17: return "User busy";
            case 18: return "No user responding";
            case 19: return "User alerting, no answer";
            case 21: return "Call Rejected";
            case 26: return "Answered elsewhere";
            case 27: return "Destination out of order";
            case 31: return "Normal, unspecified";
            case 34: return "Circuit/channel congestion";
            case 127: return "Interworking, unspecified";
            default: return "Unknown";
        }
    }
}
