package io.github.narrator.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import de.sciss.jump3r.mp3.MP3Data;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

import org.jspecify.annotations.Nullable;

/** Decodes an MP3 stream (MPEG 1, 2 or 2.5 Layer III, after any ID3v2 tag) with jump3r's mpglib, in pure Java. */
public final class Mp3Decoder {

    /** Receives the decoded samples as they come. */
    public interface Samples {
        /**
         * @param right the right channel; null for mono
         * @return false to stop decoding
         */
        boolean accept(short[] left, short @Nullable [] right, int count, int sampleRate) throws IOException;
    }

    private Mp3Decoder() {
    }

    /** @throws IOException if the stream cannot be read or the decoder reports an error */
    public static void decode(InputStream stream, Samples samples) throws IOException {
        MPGLib mpg = new MPGLib();
        Interface mpgInterface = new Interface();
        Common common = new Common();
        mpg.setModules(mpgInterface, common);
        mpgInterface.setModules(new VBRTag(), common);
        MPGLib.mpstr_tag decoder = mpg.hip_decode_init();
        short[] left = new short[4608];
        short[] right = new short[4608];
        MP3Data info = new MP3Data();
        try {
            InputStream in = new BufferedInputStream(stream, 1 << 16);
            in.skipNBytes(id3v2Length(in));
            // fed less than a frame at a time this mpglib port loses no frames (a frame or more, it does)
            byte[] chunk = new byte[128];
            long offset = 0;
            int read;
            while ((read = in.readNBytes(chunk, 0, chunk.length)) > 0) {
                byte[] input = read == chunk.length ? chunk : Arrays.copyOf(chunk, read);
                // the first call takes the input; the following ones drain the frames it completed
                int got = mpg.hip_decode1_headers(decoder, input, read, left, right, info);
                while (got > 0) {
                    if (!samples.accept(left, info.stereo == 2 ? right : null, got, info.samplerate)) {
                        return;
                    }
                    got = mpg.hip_decode1_headers(decoder, new byte[0], 0, left, right, info);
                }
                if (got < 0) {
                    throw new IOException("the MP3 decoder failed near byte " + offset);
                }
                offset += read;
            }
        } finally {
            mpg.hip_decode_exit(decoder);
        }
    }

    /** The length of an ID3v2 tag at the stream's start (0 without one); the stream is left where it was. */
    private static long id3v2Length(InputStream in) throws IOException {
        in.mark(10);
        byte[] header = in.readNBytes(10);
        in.reset();
        if (header.length < 10 || header[0] != 'I' || header[1] != 'D' || header[2] != '3') {
            return 0;
        }
        long size = (header[6] & 0x7f) << 21 | (header[7] & 0x7f) << 14 | (header[8] & 0x7f) << 7 | (header[9] & 0x7f);
        boolean footer = (header[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }
}
