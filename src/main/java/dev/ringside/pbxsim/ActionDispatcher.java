package dev.ringside.pbxsim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers AMI actions the way Asterisk 22's manager does, for the actions the simulator knows. */
final class ActionDispatcher {

    static final String ASTERISK_VERSION = "22.10.1";
    static final String AMI_VERSION = "11.0.0";
    private static final Logger log = LoggerFactory.getLogger(ActionDispatcher.class);

    private final PbxSimulator sim;
    private final Map<String, AmiUser> users;
    private final DeskActions desk;

    ActionDispatcher(PbxSimulator sim, Map<String, AmiUser> users) {
        this.sim = sim;
        this.users = users;
        this.desk = new DeskActions(sim.pbx());
    }

    void sessionClosed(AmiSession session) {
        sim.sessionClosed(session);
    }

    void handle(AmiSession s, AmiMessage action) {
        String name = action.get("Action");
        String id = action.get("ActionID");
        if (name == null || name.isBlank()) {
            s.reply(error(id, "Missing action in request"));
            return;
        }
        sim.recordAction(action);
        String verb = name.trim().toLowerCase(Locale.ROOT);
        if (!s.isAuthenticated() && !verb.equals("login") && !verb.equals("challenge") && !verb.equals("logoff")) {
            s.reply(error(id, "Permission denied"));
            return;
        }
        switch (verb) {
            case "challenge": challenge(s, action, id); break;
            case "login": login(s, action, id); break;
            case "logoff":
                s.reply(AmiMessage.response("Goodbye", id).add("Message", "Thanks for all the fish."));
                s.closeAfterFlush();
                break;
            case "ping":
                s.reply(AmiMessage.response("Success", id).add("Ping", "Pong").add("Timestamp", timestamp()));
                break;
            case "coresettings": coreSettings(s, id); break;
            case "command": command(s, action, id); break;
            case "filter": guarded(s, id, () -> filter(s, action, id), "system"); break;
            case "hangup": guarded(s, id, () -> hangup(s, action, id), "system", "call"); break;
            case "originate": guarded(s, id, () -> originate(s, action, id), "originate"); break;
            case "pjsipnotify": guarded(s, id, () -> notify(s, action, id), "system"); break;
            case "coreshowchannels": guarded(s, id, () -> ChannelLists.coreShowChannels(sim.pbx(), s, id),
                    "system", "reporting"); break;
            case "status": guarded(s, id, () -> ChannelLists.status(sim.pbx(), s, trim(action.get("Channel")), id),
                    "system", "call", "reporting"); break;
            default:
                if (!desk.handle(s, verb, action, id)) {
                    s.reply(error(id, "Invalid/unknown command"));
                }
        }
    }

    private static void guarded(AmiSession s, String id, Runnable action, String... anyClass) {
        if (s.user.mayWrite(anyClass)) {
            action.run();
        } else {
            s.reply(error(id, "Permission denied"));
        }
    }

    static AmiMessage error(String id, String message) {
        return AmiMessage.response("Error", id).add("Message", message);
    }

    private static AmiMessage success(String id, String message) {
        return AmiMessage.response("Success", id).add("Message", message);
    }

    private static String timestamp() {
        long micros = System.currentTimeMillis() * 1000;
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    // ---- login -------------------------------------------------------------------------------

    private void challenge(AmiSession s, AmiMessage action, String id) {
        if (!"md5".equalsIgnoreCase(String.valueOf(action.get("AuthType")).trim())) {
            s.reply(error(id, "Must specify AuthType"));
            return;
        }
        s.reply(AmiMessage.response("Success", id).add("Challenge", s.newChallenge()));
    }

    private void login(AmiSession s, AmiMessage action, String id) {
        if (s.isAuthenticated()) {
            s.reply(success(id, "Already authenticated"));
            return;
        }
        String username = action.get("Username");
        AmiUser user = username == null ? null : users.get(username);
        boolean ok = false;
        boolean md5 = "md5".equalsIgnoreCase(String.valueOf(action.get("AuthType")).trim());
        if (user != null && user.secret() != null) {
            if (md5 && action.get("Key") != null && s.challenge != null) {
                ok = md5Hex(s.challenge + user.secret()).equalsIgnoreCase(action.get("Key").trim());
            } else if (!md5 && action.get("Secret") != null) {
                ok = user.secret().equals(action.get("Secret"));
            }
        }
        if (!ok) {
            log.info("AMI login refused for user '{}' from {}", username, s.remote);
            s.reply(error(id, "Authentication failed"));
            s.closeAfterFlush();
            return;
        }
        s.loggedIn(user, action.get("Events"));
        s.reply(success(id, "Authentication accepted"));
        s.offerEvent(AmiMessage.event("FullyBooted", "system,all").add("Uptime", sim.uptimeSeconds())
                .add("LastReload", sim.uptimeSeconds()).add("Status", "Fully Booted"));
        sim.publish(AmiMessage.event("SuccessfulAuth", "security,all")
                .add("EventTV", java.time.OffsetDateTime.now().toString()).add("Severity", "Informational")
                .add("Service", "AMI").add("EventVersion", "1").add("AccountID", user.username())
                .add("SessionID", "0x" + Integer.toHexString(System.identityHashCode(s)))
                .add("LocalAddress", "IPV4/TCP/127.0.0.1/" + sim.port())
                .add("RemoteAddress", "IPV4/TCP" + s.remote.replace(':', '/'))
                .add("UsingPassword", "0").add("SessionTV", java.time.OffsetDateTime.now().toString()));
        log.info("AMI user '{}' logged in from {}", user.username(), s.remote);
    }

    static String md5Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // The simulator answers these for any logged-in user (Asterisk wants system/reporting or
    // command) so that asterisk-java's version probe never stalls a least-privilege login.
    private void coreSettings(AmiSession s, String id) {
        s.reply(AmiMessage.response("Success", id).add("AMIversion", AMI_VERSION)
                .add("AsteriskVersion", sim.asteriskVersion()).add("SystemName", "").add("CoreMaxCalls", "0")
                .add("CoreMaxLoadAvg", "0.000000").add("CoreRunUser", "asterisk").add("CoreRunGroup", "asterisk")
                .add("CoreMaxFilehandles", "0").add("CoreRealTimeEnabled", "No").add("CoreCDRenabled", "Yes")
                .add("CoreHTTPenabled", "No"));
    }

    private void command(AmiSession s, AmiMessage action, String id) {
        String cmd = String.valueOf(action.get("Command")).trim();
        if (cmd.equals("core show version")) {
            s.reply(success(id, "Command output follows").add("Output", "Asterisk " + sim.asteriskVersion()
                    + " built by ringside @ pbxsim on a x86_64 running Linux"));
        } else {
            s.reply(success(id, "Command output follows").add("Output", "No such command '" + cmd + "'"));
        }
    }

    // ---- filters -------------------------------------------------------------------------------

    private void filter(AmiSession s, AmiMessage action, String id) {
        String operation = action.get("Operation");
        if (operation == null || !operation.trim().equalsIgnoreCase("add")) {
            s.reply(error(id, "Unknown operation"));
            return;
        }
        try {
            s.addFilter(EventFilter.create(action.get("MatchCriteria"), action.get("Filter")));
            s.reply(success(id, "Success"));
        } catch (EventFilter.Refused e) {
            s.reply(error(id, e.getMessage()));
        }
    }

    // ---- call control --------------------------------------------------------------------------

    private void hangup(AmiSession s, AmiMessage action, String id) {
        SimChannel ch = sim.pbx().channel(trim(action.get("Channel")));
        if (ch == null) {
            s.reply(error(id, "No such channel"));
            return;
        }
        int cause = parseInt(action.get("Cause"), HangupCause.NORMAL_CLEARING);
        s.reply(success(id, "Channel Hungup"));
        ch.owner.poke(new CallRun.Poke(CallRun.Poke.Kind.HANGUP, ch, cause));
    }

    private void notify(AmiSession s, AmiMessage action, String id) {
        String channelName = trim(action.get("Channel"));
        String endpoint = trim(action.get("Endpoint"));
        if (channelName == null && endpoint == null) {
            s.reply(error(id, "PJSIPNotify requires either an endpoint name, a SIP URI, or a channel."));
            return;
        }
        SimChannel ch = sim.pbx().channel(channelName);
        if (channelName != null && ch == null) {
            s.reply(error(id, "Unable to find channel"));
            return;
        }
        s.reply(success(id, "NOTIFY sent"));
        boolean talk = action.getAll("Variable").stream().anyMatch(v -> v.replace(" ", "").equalsIgnoreCase("Event=talk"));
        if (ch != null && talk && ch.state == SimChannel.RINGING) {
            ch.owner.poke(new CallRun.Poke(CallRun.Poke.Kind.ANSWER, ch, 0));
        }
    }

    private void originate(AmiSession s, AmiMessage action, String id) {
        String channel = trim(action.get("Channel"));
        if (channel == null || !channel.contains("/")) {
            s.reply(error(id, "Channel not specified"));
            return;
        }
        String exten = trim(action.get("Exten"));
        String context = action.get("Context") == null ? "from-internal" : action.get("Context").trim();
        String callerId = trim(action.get("CallerID"));
        s.reply(success(id, "Originate successfully queued"));
        sim.originate(channel, exten == null ? "s" : exten, context, callerId, id);
    }

    private static String trim(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }

    private static int parseInt(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
