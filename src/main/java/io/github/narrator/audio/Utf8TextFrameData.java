package io.github.narrator.audio;

import com.mpatric.mp3agic.EncodedText;
import com.mpatric.mp3agic.ID3v2TextFrameData;

/** An ID3v2.4 text frame's body in UTF-8, which v2.4 allows and every reader of it understands. */
final class Utf8TextFrameData extends ID3v2TextFrameData {

    Utf8TextFrameData(String text) {
        super(false, new EncodedText(EncodedText.TEXT_ENCODING_UTF_8, text));
    }

    /** The body's bytes, for building a frame (mp3agic keeps this protected). */
    byte[] bytes() {
        return toBytes();
    }
}
