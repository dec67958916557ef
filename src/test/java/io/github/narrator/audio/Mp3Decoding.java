package io.github.narrator.audio;

import java.util.Arrays;

import de.sciss.jump3r.mp3.MP3Data;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

/** Decodes an MP3 with jump3r's decoder (mpglib), independent of the encoder's own bookkeeping. */
final class Mp3Decoding {

    private Mp3Decoding() {
    }

    /** The decoded mono samples, after any ID3v2 tag; throws if the decoder reports an error. */
    static short[] decode(byte[] mp3) {
        MPGLib mpg = new MPGLib();
        Interface mpgInterface = new Interface();
        Common common = new Common();
        mpg.setModules(mpgInterface, common);
        mpgInterface.setModules(new VBRTag(), common);
        MPGLib.mpstr_tag stream = mpg.hip_decode_init();
        short[] left = new short[4608];
        short[] right = new short[4608];
        MP3Data info = new MP3Data();
        short[] decoded = new short[16_000];
        int count = 0;
        // fed a frame or more per call, this mpglib port loses frames; less than a frame at a time it loses none
        int chunk = 128;
        for (int offset = MpegFrames.id3v2Length(mp3); offset < mp3.length; offset += chunk) {
            byte[] input = Arrays.copyOfRange(mp3, offset, Math.min(mp3.length, offset + chunk));
            // the first call takes the input; the following ones drain the frames it completed
            int got = mpg.hip_decode1_headers(stream, input, input.length, left, right, info);
            while (got > 0) {
                if (count + got > decoded.length) {
                    decoded = Arrays.copyOf(decoded, Math.max(decoded.length * 2, count + got));
                }
                System.arraycopy(left, 0, decoded, count, got);
                count += got;
                got = mpg.hip_decode1_headers(stream, new byte[0], 0, left, right, info);
            }
            if (got < 0) {
                throw new AssertionError("mpglib failed to decode near byte " + offset);
            }
        }
        mpg.hip_decode_exit(stream);
        if (!info.header_parsed || info.samplerate != 16_000 || info.stereo != 1) {
            throw new AssertionError("decoded stream is not 16 kHz mono: " + info.samplerate + " Hz, "
                    + info.stereo + " channels");
        }
        return Arrays.copyOf(decoded, count);
    }
}
