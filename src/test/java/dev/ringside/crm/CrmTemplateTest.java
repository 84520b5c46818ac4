package dev.ringside.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CrmTemplateTest {

    private static final String EXAMPLE = "https://crm.example/search?phone={number}&name={name}&call={linkedid}";

    @Test
    void valuesArePercentEncoded() {
        URI uri = CrmTemplate.parse(EXAMPLE).expand(new CrmValues("+7 912 345-67-89", "+79123456789",
                "Анна & Co=1#x/y?", "ACME", "1700000000.42", "777"));
        assertEquals("https://crm.example/search?phone=%2B7%20912%20345-67-89"
                + "&name=%D0%90%D0%BD%D0%BD%D0%B0%20%26%20Co%3D1%23x%2Fy%3F&call=1700000000.42", uri.toString());
        assertEquals("crm.example", uri.getHost());
        assertEquals("/search", uri.getPath());
    }

    @Test
    void everyPlaceholderAndMissingValues() {
        URI uri = CrmTemplate.parse("http://crm.local:8080/c/{E164}/{company}?x={extension}&n={name}")
                .expand(new CrmValues("89123456789", "+79123456789", null, "ООО «Ромашка»", "l", "777"));
        assertEquals("http://crm.local:8080/c/%2B79123456789/%D0%9E%D0%9E%D0%9E%20%C2%AB%D0%A0%D0%BE%D0%BC%D0%B0%D1%88"
                + "%D0%BA%D0%B0%C2%BB?x=777&n=", uri.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//{number}", "file:///etc/passwd?{number}", "ftp://crm.example/{number}",
            "mailto:crm@example.org?subject={number}", "{name}", "crm.example/search?phone={number}",
            "https://{name}.crm.example/", "https://crm.example{name}/x", "https://crm.example/{colour}",
            "https://crm.example/{number", "https:///path?{number}", "https://crm example/{number}", "", "   "})
    void aTemplateThatIsNotAPlainWebLinkIsRefused(String template) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CrmTemplate.parse(template));
        assertTrue(e.getMessage().startsWith("The CRM link"), e.getMessage());
        assertEquals(e.getMessage(), CrmTemplate.problem(template));
    }

    @Test
    void aGoodTemplateHasNoProblem() {
        assertNull(CrmTemplate.problem(EXAMPLE));
        assertNull(CrmTemplate.problem("HTTPS://crm.example"));
        assertThrows(IllegalArgumentException.class, () -> CrmTemplate.parse("https://crm.example/" + "x".repeat(2_000)));
    }
}
