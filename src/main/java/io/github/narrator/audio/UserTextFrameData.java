package io.github.narrator.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.mpatric.mp3agic.AbstractID3v2FrameData;
import com.mpatric.mp3agic.EncodedText;
import com.mpatric.mp3agic.InvalidDataException;

/**
 * The body of a TXXX frame, a named text value: encoding byte, description, NUL, value. mp3agic has
 * no class for it; this one writes UTF-8 and reads any of the four ID3v2.4 encodings.
 */
final class UserTextFrameData extends AbstractID3v2FrameData {

    private String description;
    private String value;

    UserTextFrameData(String description, String value) {
        super(false);
        this.description = description;
        this.value = value;
    }

    /** Reads a TXXX frame's body. */
    static UserTextFrameData parse(byte[] body) throws InvalidDataException {
        UserTextFrameData frame = new UserTextFrameData(null, null);
        frame.unpackFrameData(body);
        return frame;
    }

    String description() {
        return description;
    }

    String value() {
        return value;
    }

    byte[] bytes() {
        return toBytes();
    }

    @Override
    protected byte[] packFrameData() {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(EncodedText.TEXT_ENCODING_UTF_8);
        body.writeBytes(description.getBytes(StandardCharsets.UTF_8));
        body.write(0);
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Override
    protected void unpackFrameData(byte[] body) throws InvalidDataException {
        if (body.length < 2) {
            throw new InvalidDataException("TXXX frame of " + body.length + " bytes is too short");
        }
        byte encoding = body[0];
        // UTF-16 text ends with two NULs on a character boundary, the single-byte encodings with one
        int width = encoding == EncodedText.TEXT_ENCODING_UTF_16 || encoding == EncodedText.TEXT_ENCODING_UTF_16BE ? 2 : 1;
        int end = 1;
        while (end + width <= body.length && !(body[end] == 0 && (width == 1 || body[end + 1] == 0))) {
            end += width;
        }
        if (end + width > body.length) {
            throw new InvalidDataException("TXXX frame has no end to its description");
        }
        description = new EncodedText(encoding, Arrays.copyOfRange(body, 1, end)).toString();
        value = new EncodedText(encoding, Arrays.copyOfRange(body, end + width, body.length)).toString();
    }

    @Override
    protected int getLength() {
        return packFrameData().length;
    }
}
