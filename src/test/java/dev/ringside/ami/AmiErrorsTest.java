package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.junit.jupiter.api.Test;

class AmiErrorsTest {

    private static final String ADDRESS = "pbx.example:5038";

    @Test
    void connectFailuresGetTheirKindAndAPlainMessage() {
        assertError(AmiError.Kind.HOST_UNKNOWN, "Unknown host pbx.example", "pbx.example",
                AmiErrors.connectFailure(new UnknownHostException("pbx.example"), "pbx.example", ADDRESS));
        assertError(AmiError.Kind.CONNECTION_REFUSED, "Connection refused at pbx.example:5038: is AMI enabled on that port?", ADDRESS,
                AmiErrors.connectFailure(new ConnectException("Connection refused"), "pbx.example", ADDRESS));
        assertError(AmiError.Kind.TIMEOUT, "Nothing answers at pbx.example:5038", ADDRESS,
                AmiErrors.connectFailure(new SocketTimeoutException("Connect timed out"), "pbx.example", ADDRESS));
        assertError(AmiError.Kind.HOST_UNREACHABLE, "Nothing answers at pbx.example:5038", ADDRESS,
                AmiErrors.connectFailure(new NoRouteToHostException("No route to host"), "pbx.example", ADDRESS));
        assertError(AmiError.Kind.HOST_UNREACHABLE, "Nothing answers at pbx.example:5038", ADDRESS,
                AmiErrors.connectFailure(new ConnectException("Network is unreachable"), "pbx.example", ADDRESS));
    }

    @Test
    void tlsFailuresSayWhatToCheck() {
        SSLHandshakeException untrusted = new SSLHandshakeException("PKIX path building failed");
        untrusted.initCause(new CertificateException("unable to find valid certification path"));
        AmiError error = AmiErrors.connectFailure(untrusted, "pbx.example", ADDRESS);
        assertEquals(AmiError.Kind.TLS_UNTRUSTED, error.kind());
        assertEquals(ADDRESS, error.subject());
        assertTrue(error.message().contains("certificate"), error.message());

        AmiError plain = AmiErrors.connectFailure(new SSLException("Unsupported or unrecognized SSL message"),
                "pbx.example", ADDRESS);
        assertEquals("TLS to pbx.example:5038 failed: that port does not speak TLS", plain.message());
        assertEquals(AmiError.Kind.TLS_NOT_TLS, plain.kind());
        assertEquals(AmiError.Kind.TLS_FAILED, AmiErrors.connectFailure(new SSLException("Received fatal alert"),
                "pbx.example", ADDRESS).kind());
    }

    @Test
    void actionResponsesBecomeErrorsOnlyWhenThePbxSaysError() {
        ManagerResponse ok = new ManagerResponse();
        ok.setResponse("Success");
        assertNull(AmiErrors.actionFailure("Hangup", ok));

        assertError(AmiError.Kind.PERMISSION_DENIED, "The AMI user may not send Filter (permission denied)", "Filter",
                AmiErrors.actionFailure("Filter", error("Permission denied")));
        assertError(AmiError.Kind.CALL_ENDED, "That call has already ended", "Hangup",
                AmiErrors.actionFailure("Hangup", error("No such channel")));
        assertError(AmiError.Kind.ACTION_FAILED,
                "The PBX refused Filter: Filter Add Failed, the filter was formatted incorrectly", "Filter",
                AmiErrors.actionFailure("Filter", error("Filter Add Failed, the filter was formatted incorrectly")));
        assertEquals(AmiErrors.linkLost(), AmiErrors.actionFailure("Ping", null));
    }

    @Test
    void fixedMessagesAreTheOnesTheLoginFormShows() {
        assertEquals("Wrong AMI username or secret", AmiErrors.wrongCredentials().message());
        assertEquals("That port does not speak AMI", AmiErrors.notAmi().message());
        assertEquals("Nothing answers at pbx.example:5038", AmiErrors.nothingAnswers(ADDRESS).message());
    }

    private static ManagerError error(String message) {
        ManagerError e = new ManagerError();
        e.setResponse("Error");
        e.setMessage(message);
        return e;
    }

    private static void assertError(AmiError.Kind kind, String message, String subject, AmiError actual) {
        assertEquals(new AmiError(kind, message, subject), actual);
    }
}
