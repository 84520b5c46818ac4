package dev.ringside.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ringside.pbxsim.AsteriskConfig;
import dev.ringside.pbxsim.ManagerConf;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pbx-config}: valid manager.conf, the right filter syntax per version, and the README shows it. */
class PbxConfigCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Cli.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<AsteriskConfig.Variable> filtersOf(String section) throws Exception {
        return AsteriskConfig.parse(section).categories().get(0).variables().stream()
                .filter(v -> v.name().startsWith("eventfilter")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"22.10.1", "18.20.0", "21.5.0", "19.8.0", "certified-22.8-cert1"})
    void everyFilterLineLoadsWhole(String version) throws Exception {
        Run r = run("pbx-config", "--extension", "777", "--extension", "888", "--user", "op777", "--asterisk", version);
        assertEquals(0, r.exit(), r.err());
        for (String line : r.out().split("\n")) {
            if (line.startsWith("eventfilter")) {
                assertFalse(line.contains(";"), "no ';' anywhere on a filter line: " + line);
            }
        }
        assertEquals(List.of(), ManagerConf.parse(r.out()).warnings(), "loads without a warning");
        List<AsteriskConfig.Variable> filters = filtersOf(r.out());
        assertFalse(filters.isEmpty());
        List<String> lines = r.out().lines().toList();
        for (AsteriskConfig.Variable f : filters) {
            String raw = lines.get(f.line() - 1);
            assertEquals(raw.substring(raw.indexOf('=') + 1).strip(), f.value(), "nothing cut off: " + raw);
        }
    }

    @Test
    void advancedSyntaxFrom18dot26And20dot11And21dot6And22dot1() throws Exception {
        for (String v : List.of("18.26.0", "20.11.0", "21.6.0", "22.1.0", "22.10.1", "23.0.0", "certified-22.8-cert1")) {
            List<AsteriskConfig.Variable> filters = filtersOf(run("pbx-config", "-e", "777", "--user", "op777",
                    "--asterisk", v).out());
            assertTrue(filters.stream().allMatch(f -> f.name().startsWith("eventfilter(")), v + ": " + filters);
            assertTrue(filters.stream().anyMatch(f -> f.name().contains("method(starts_with)")
                    && f.value().equals("Local/777@")), v + ": Local channels");
            assertTrue(filters.stream().anyMatch(f -> f.name().equals("eventfilter(action(exclude),name(Newexten))")));
            assertTrue(filters.stream().anyMatch(f -> f.name().equals("eventfilter(action(exclude),name(VarSet))")));
        }
        for (String v : List.of("18.25.0", "19.8.0", "20.10.2", "21.5.0", "22.0.0", "certified-20.7-cert3")) {
            List<AsteriskConfig.Variable> filters = filtersOf(run("pbx-config", "-e", "777", "--user", "op777",
                    "--asterisk", v).out());
            assertEquals(List.of("eventfilter", "eventfilter", "eventfilter"),
                    filters.stream().map(AsteriskConfig.Variable::name).toList(), v);
            assertEquals("Channel: ((PJSIP|SIP|IAX2)/777-|Local/777@)", filters.get(0).value());
            assertEquals("Interface: ((PJSIP|SIP|IAX2)/777(/777)?[[:space:]]|Local/777@)", filters.get(1).value());
            assertEquals("!^Event: (Newexten|VarSet)[[:space:]]", filters.get(2).value());
        }
    }

    @Test
    void watchedColleaguesGetTheirHintsAndNothingElse() throws Exception {
        List<AsteriskConfig.Variable> advanced = filtersOf(run("pbx-config", "-e", "777", "--user", "op777",
                "--asterisk", "22.10.1", "--colleague", "998,999", "--colleague", "777").out());
        List<String> presence = advanced.stream().filter(f -> f.name().contains("name(ExtensionStatus)"))
                .map(AsteriskConfig.Variable::value).toList();
        assertEquals(List.of("998", "999"), presence, "the operator's own number is no colleague");
        assertTrue(advanced.stream().filter(f -> f.name().contains("name(ExtensionStatus)"))
                .allMatch(f -> f.name().equals("eventfilter(action(include),name(ExtensionStatus),header(Exten),method(exact))")));
        assertTrue(advanced.stream().anyMatch(f -> f.name().equals("eventfilter(action(include),header(Interface),method(exact))")
                && f.value().equals("PJSIP/777")), "the operator's queue memberships");
        List<AsteriskConfig.Variable> legacy = filtersOf(run("pbx-config", "-e", "777", "--user", "op777",
                "--asterisk", "18.20.0", "--colleague", "998,999").out());
        assertTrue(legacy.stream().anyMatch(f -> f.value().equals(
                "^Event: ExtensionStatus[[:space:]](.*[[:space:]])?Exten: (998|999)[[:space:]]")), legacy.toString());
        assertEquals(Cli.EXIT_USAGE, run("pbx-config", "-e", "777", "--user", "op777", "--asterisk", "22.10.1",
                "--colleague", "9;99").exit());
    }

    @Test
    void leastPrivilegeWithAFreshSecretEachTime() throws Exception {
        String a = run("pbx-config", "-e", "777", "--user", "op777", "--asterisk", "22.10.1", "--tech", "PJSIP",
                "--permit", "10.1.2.0/255.255.255.0").out();
        List<AsteriskConfig.Variable> vars = AsteriskConfig.parse(a).categories().get(0).variables();
        assertEquals("op777", AsteriskConfig.parse(a).categories().get(0).name());
        assertEquals("call,agent", value(vars, "read"));
        assertEquals("call,originate,reporting,agent", value(vars, "write"), "no system: it could bypass the filters");
        assertEquals("10.1.2.0/255.255.255.0", value(vars, "permit"));
        assertEquals("0.0.0.0/0.0.0.0", value(vars, "deny"));
        assertTrue(value(vars, "secret").matches("[A-Za-z0-9]{32}"));
        assertTrue(filtersOf(a).stream().noneMatch(f -> f.value().startsWith("IAX2/")), "--tech narrows");
        String b = run("pbx-config", "-e", "777", "--user", "op777", "--asterisk", "22.10.1").out();
        assertNotEquals(value(vars, "secret"), value(AsteriskConfig.parse(b).categories().get(0).variables(), "secret"));
    }

    @Test
    void badInputIsSaidPlainly() {
        Run noVersion = run("pbx-config", "-e", "777", "--user", "op777");
        assertEquals(Cli.EXIT_USAGE, noVersion.exit());
        assertTrue(noVersion.err().contains("usage: pbx-config"), noVersion.err());
        Run badExt = run("pbx-config", "-e", "7;77", "--user", "op777", "--asterisk", "22.10.1");
        assertEquals(Cli.EXIT_USAGE, badExt.exit());
        assertTrue(badExt.err().startsWith("Not an extension: '7;77'"), badExt.err());
        Run badVersion = run("pbx-config", "-e", "777", "--user", "op777", "--asterisk", "latest");
        assertTrue(badVersion.err().startsWith("Not an Asterisk version: 'latest'"), badVersion.err());
        assertEquals("", badVersion.out());
    }

    @Test
    void theReadmeShowsWhatTheCommandPrints() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```ini\n(; Ringside operator op777 .*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "the README shows pbx-config's output");
        String printed = run("pbx-config", "--extension", "777", "--user", "op777", "--asterisk", "22.10.1").out();
        assertEquals(withoutSecret(printed), withoutSecret(block.group(1)));
        assertTrue(readme.contains("pbx-config --extension 777 --user op777 --asterisk 22.10.1"));
        String legacy = run("pbx-config", "--extension", "777", "--user", "op777", "--asterisk", "18.20.0").out();
        for (AsteriskConfig.Variable f : filtersOf(legacy)) {
            assertTrue(readme.contains("`eventfilter = " + f.value() + "`"), "the README names the legacy form: " + f);
        }
    }

    private static String withoutSecret(String section) {
        return section.replaceAll("(?m)^secret = [A-Za-z0-9]+", "secret = *");
    }

    private static String value(List<AsteriskConfig.Variable> vars, String name) {
        return vars.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().value();
    }
}
