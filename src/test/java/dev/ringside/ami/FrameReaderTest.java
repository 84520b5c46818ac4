package dev.ringside.ami;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The byte stream cut into messages, with every size an outside party controls bounded. */
class FrameReaderTest {

    private final InputTrouble trouble = new InputTrouble();

    @Test
    void crlfAndLfLinesBlankLineEndsAMessageValuesTrimmed() throws IOException {
        FrameReader reader = reader("Event: Newchannel\r\nChannel:  PJSIP/777-1 \r\n\r\n\r\nEvent: Hangup\nCause: 16\n\n");
        RawFrame first = reader.next();
        assertEquals("Newchannel", first.eventName());
        assertEquals("PJSIP/777-1", first.get("channel"));
        RawFrame second = reader.next();
        assertEquals("16", second.get("Cause"));
        assertNull(reader.next());
        assertEquals(0, trouble.total());
    }

    @Test
    void aLineOverTheCapKeepsItsStartAndTheMessageGoesOn() throws IOException {
        String name = "n".repeat(FrameReader.MAX_LINE_BYTES * 3);
        FrameReader reader = reader("Event: Newchannel\r\nCallerIDName: " + name + "\r\nLinkedid: 1.1\r\n\r\n");
        RawFrame frame = reader.next();
        assertEquals(FrameReader.MAX_LINE_BYTES - "CallerIDName:".length() - 1, frame.get("CallerIDName").length());
        assertEquals("1.1", frame.get("Linkedid"));
        assertEquals(1, trouble.total(InputTrouble.Kind.OVERLONG_LINE));
    }

    @Test
    void aMessageKeepsItsFirstHeadersOnly() throws IOException {
        StringBuilder s = new StringBuilder("Event: VarSet\r\n");
        for (int i = 0; i < FrameReader.MAX_HEADERS * 4; i++) {
            s.append("H").append(i).append(": v\r\n");
        }
        FrameReader reader = reader(s.append("\r\nEvent: Next\r\n\r\n").toString());
        assertEquals(FrameReader.MAX_HEADERS, reader.next().size());
        assertEquals("Next", reader.next().eventName(), "the next message is read whole");
        assertEquals(1, trouble.total(InputTrouble.Kind.OVERSIZED_FRAME));
    }

    @Test
    void junkLinesAreSkippedAndInvalidUtf8NeverThrows() throws IOException {
        byte[] bytes = {'n', 'o', ' ', 'c', 'o', 'l', 'o', 'n', '\r', '\n', '\r', '\n',
            'E', 'v', 'e', 'n', 't', ':', ' ', (byte) 0xff, (byte) 0xc3, '\r', '\n', ':', 'x', '\r', '\n', '\r', '\n'};
        FrameReader reader = new FrameReader(new ByteArrayInputStream(bytes), trouble);
        RawFrame frame = reader.next();
        assertEquals(1, frame.size());
        assertEquals("\uFFFD\uFFFD", frame.eventName());
        assertEquals(1, trouble.total(InputTrouble.Kind.NAMELESS_FRAME));
    }

    @Test
    void aMessageTheStreamCutOffIsNotAMessage() throws IOException {
        assertNull(reader("Event: Hangup\r\nChannel: PJSIP/777-1\r\n").next());
    }

    private FrameReader reader(String text) {
        return new FrameReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), trouble);
    }
}
