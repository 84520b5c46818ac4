package dev.ringside.app;

import dev.ringside.desk.Colleague;
import java.util.List;

/**
 * What the administrator (or the operator) set up for the desk.
 *
 * @param colleagues   whose presence the operator watches, in the order shown
 * @param breakReasons the reasons to pick from for a break; empty: the app's own
 * @param loginQueues  queues the operator may log in to and out of as a dynamic member
 * @param hintContext  the dialplan context of the colleagues' hints, for ExtensionState
 * @param memberName   the name QueueAdd gives the operator's membership
 */
record DeskSettings(List<Colleague> colleagues, List<String> breakReasons, List<String> loginQueues,
                    String hintContext, String memberName) {

    static final String DEFAULT_HINT_CONTEXT = "ext-local";

    DeskSettings {
        colleagues = List.copyOf(colleagues);
        breakReasons = List.copyOf(breakReasons);
        loginQueues = List.copyOf(loginQueues);
        hintContext = hintContext == null || hintContext.isBlank() ? DEFAULT_HINT_CONTEXT : hintContext;
        memberName = memberName == null ? "" : memberName;
    }

    static DeskSettings none(String memberName) {
        return new DeskSettings(List.of(), List.of(), List.of(), DEFAULT_HINT_CONTEXT, memberName);
    }

    List<String> colleagueExtensions() {
        return colleagues.stream().map(Colleague::extension).toList();
    }
}
