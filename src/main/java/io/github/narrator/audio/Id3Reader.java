package io.github.narrator.audio;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.mpatric.mp3agic.ID3v2;
import com.mpatric.mp3agic.ID3v2Frame;
import com.mpatric.mp3agic.ID3v2FrameSet;
import com.mpatric.mp3agic.ID3v2TextFrameData;
import com.mpatric.mp3agic.InvalidDataException;
import com.mpatric.mp3agic.Mp3File;
import com.mpatric.mp3agic.UnsupportedTagException;

import org.jspecify.annotations.Nullable;

/** Reads back the ID3v2 frames that say where an MP3 came from: COMM, every TXXX, and TSSE. */
public final class Id3Reader {

    private Id3Reader() {
    }

    /**
     * The frames found: {@code comment} (COMM), {@code encodedBy} (TSSE) and the TXXX values by
     * description; empty when the file has no ID3v2 tag. A frame the file lacks is null.
     */
    public record Id3Marks(@Nullable String comment, @Nullable String encodedBy, Map<String, String> userTexts) {

        public static final Id3Marks NONE = new Id3Marks(null, null, Map.of());

        public boolean isEmpty() {
            return comment == null && encodedBy == null && userTexts.isEmpty();
        }
    }

    /** @throws IOException if the file cannot be read or is not an MP3 stream */
    public static Id3Marks read(Path mp3) throws IOException {
        Mp3File file;
        try {
            file = new Mp3File(mp3.toFile(), 65536, false);
        } catch (UnsupportedTagException | InvalidDataException e) {
            throw new IOException(mp3 + " is not a readable MP3: " + e.getMessage(), e);
        }
        if (!file.hasId3v2Tag()) {
            return Id3Marks.NONE;
        }
        ID3v2 tag = file.getId3v2Tag();
        Map<String, String> userTexts = new LinkedHashMap<>();
        ID3v2FrameSet txxx = tag.getFrameSets().get("TXXX");
        if (txxx != null) {
            for (ID3v2Frame frame : txxx.getFrames()) {
                try {
                    UserTextFrameData data = UserTextFrameData.parse(frame.getData());
                    userTexts.putIfAbsent(data.description(), data.value());
                } catch (InvalidDataException e) {
                    // a malformed TXXX frame says nothing; the others still count
                }
            }
        }
        return new Id3Marks(tag.getComment(), text(tag, "TSSE"), userTexts);
    }

    private static @Nullable String text(ID3v2 tag, String frameId) {
        ID3v2FrameSet set = tag.getFrameSets().get(frameId);
        if (set == null || set.getFrames().isEmpty()) {
            return null;
        }
        try {
            return new ID3v2TextFrameData(false, set.getFrames().get(0).getData()).getText().toString();
        } catch (InvalidDataException e) {
            return null;
        }
    }
}
