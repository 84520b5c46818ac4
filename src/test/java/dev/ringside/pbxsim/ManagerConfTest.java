package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** manager.conf users as Asterisk loads them, filters and all. */
class ManagerConfTest {

    private static AmiMessage event(String name, String... headers) {
        AmiMessage m = AmiMessage.event(name, "call,all");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            m.add(headers[i], headers[i + 1]);
        }
        return m;
    }

    private static boolean passes(AmiUser user, AmiMessage event) {
        FilterSet set = new FilterSet();
        user.eventFilters().forEach(set::add);
        return set.accepts(event);
    }

    @Test
    void theOldReadmeFilterLosesItsSemicolonAndDoesNotCompile() throws Exception {
        ManagerConf conf = ManagerConf.parse("""
                [op777]
                secret = s
                read = call,agent
                eventfilter = Channel: [^[:space:]]*/777[-@/;]
                eventfilter = (CallerIDNum|ConnectedLineNum|Exten|DestExten): 777[[:space:]]
                """);
        assertEquals(List.of("Unable to compile regex filter for 'Channel: [^[:space:]]*/777[-@/'"), conf.warnings());
        AmiUser user = conf.user("op777");
        assertEquals(1, user.eventFilters().size(), "the broken filter is dropped, the other stays");
        assertFalse(passes(user, event("Hangup", "Channel", "IAX2/777-6713", "CallerIDNum", "777x")),
                "so the operator's own Hangup no longer passes");
    }

    @Test
    void advancedFiltersTestOneHeaderByItsExactName() throws Exception {
        AmiUser user = ManagerConf.parse("""
                [general]
                enabled = yes
                [op777]
                secret = s
                eventfilter(action(include),header(Channel),method(starts_with)) = Local/777@
                eventfilter(action(exclude),name(VarSet)) =
                """).user("op777");
        assertTrue(passes(user, event("Newchannel", "Channel", "Local/777@agents-00000002;1")));
        assertFalse(passes(user, event("DialBegin", "Channel", "IAX2/pstn-1", "DestChannel", "Local/777@agents-1;1")),
                "header(Channel) does not read DestChannel");
        assertFalse(passes(user, event("VarSet", "Channel", "Local/777@agents-00000002;1")));
        assertFalse(passes(user, event("Newchannel", "channel", "Local/777@agents-00000002;1")), "header names keep their case");
    }

    @Test
    void aUserWithoutSecretCannotLogIn() throws Exception {
        AmiUser user = ManagerConf.parse("[op777]\n;secret = not yet\nread = call\n").user("op777");
        assertEquals(null, user.secret());
        assertEquals(List.of("call"), List.copyOf(user.read()));
    }
}
