package io.github.narrator.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.mpatric.mp3agic.InvalidDataException;

class UserTextFrameDataTest {

    @Test
    void writesUtf8AndReadsItBack() throws InvalidDataException {
        byte[] body = new UserTextFrameData("TTS_VOICE", "kevin16 — ünïcode").bytes();
        assertEquals(3, body[0], "UTF-8");
        UserTextFrameData read = UserTextFrameData.parse(body);
        assertEquals("TTS_VOICE", read.description());
        assertEquals("kevin16 — ünïcode", read.value());
    }

    @Test
    void readsUtf16AsOtherTaggersWriteIt() throws InvalidDataException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(1);
        body.writeBytes("\uFEFFAI_DISCLOSURE".getBytes(StandardCharsets.UTF_16LE));
        body.write(0);
        body.write(0);
        body.writeBytes("\uFEFFMade with AI".getBytes(StandardCharsets.UTF_16LE));
        UserTextFrameData read = UserTextFrameData.parse(body.toByteArray());
        assertEquals("AI_DISCLOSURE", read.description());
        assertEquals("Made with AI", read.value());
    }

    @Test
    void aBodyWithoutItsSeparatorIsInvalid() {
        assertThrows(InvalidDataException.class, () -> UserTextFrameData.parse(new byte[] {3, 'A', 'B'}));
    }
}
