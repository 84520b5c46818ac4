package dev.ringside.pbxsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The simulator reads configuration text the way Asterisk's main/config.c does. */
class AsteriskConfigTest {

    private static List<AsteriskConfig.Variable> vars(String text) throws Exception {
        return AsteriskConfig.parse(text).categories().get(0).variables();
    }

    private static String value(String text) throws Exception {
        return vars(text).get(0).value();
    }

    @Test
    void aSemicolonStartsACommentEvenInsideAValue() throws Exception {
        assertEquals("Channel: [^[:space:]]*/777[-@/",
                value("[op]\neventfilter = Channel: [^[:space:]]*/777[-@/;]\n"));
        assertEquals("192.0.2.0/255.255.255.0", value("[op]\npermit = 192.0.2.0/255.255.255.0     ; the LAN\n"));
    }

    @Test
    void anEscapedSemicolonIsALiteralAndLosesItsBackslash() throws Exception {
        assertEquals("Channel: IAX2/777[-@/;]", value("[op]\neventfilter = Channel: IAX2/777[-@/\\;]\n"));
        assertEquals("a;b;c", value("[op]\nx = a\\;b\\;c ; comment\n"));
        assertEquals("a\\b", value("[op]\nx = a\\b\n"), "other backslashes stay");
    }

    @Test
    void namesAndValuesAreTrimmedAndTheFirstEqualsSignSplits() throws Exception {
        AsteriskConfig.Variable v = vars("  [op]  \n\t read   =   call,agent  \r\n").get(0);
        assertEquals("read", v.name());
        assertEquals("call,agent", v.value());
        assertEquals("Filter: a=b", value("[op]\nf = Filter: a=b\n"));
        assertEquals("IAX2/777-", value("[op]\neventfilter(action(include),header(Channel),method(starts_with)) = IAX2/777-\n"));
        assertEquals("eventfilter(action(include),header(Channel),method(starts_with))",
                vars("[op]\neventfilter(action(include),header(Channel),method(starts_with)) = x\n").get(0).name());
        assertEquals("", value("[op]\neventfilter(action(exclude),name(VarSet)) =\n"));
        assertEquals("ctx", value("[op]\nexten => ctx\n"));
    }

    @Test
    void blockCommentsSpanLinesAndNest() throws Exception {
        List<AsteriskConfig.Variable> v = vars("[op]\na = 1 ;-- gone\nb = 2\n;-- inner --; still gone\n--; c = 3\nd = 4\n");
        assertEquals(List.of("a", "c", "d"), v.stream().map(AsteriskConfig.Variable::name).toList());
        assertEquals("3", v.get(1).value());
    }

    @Test
    void appendAndTemplates() throws Exception {
        AsteriskConfig c = AsteriskConfig.parse("[base](!)\nread = call\n[op](base)\nwrite = call\nwrite += ,agent\n");
        assertEquals(2, c.categories().size());
        assertTrue(c.categories().get(0).template());
        List<AsteriskConfig.Variable> op = c.categories().get(1).variables();
        assertEquals("read", op.get(0).name());
        assertEquals("call,agent", op.get(1).value());
    }

    @Test
    void problemsAreReportedAsAsteriskDoes() throws Exception {
        assertThrows(AsteriskConfig.Invalid.class, () -> AsteriskConfig.parse("secret = x\n[op]\n"));
        AsteriskConfig c = AsteriskConfig.parse("[op]\njust words\n;-- open\n");
        assertEquals(List.of("No '=' (equal sign) in line 2", "Unterminated comment detected beginning on line 3"),
                c.warnings());
    }
}
