package io.github.narrator.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the MPEG audio frames of an MP3 file by their headers, after any ID3v2 tag, and fails on
 * anything that is not a frame: a structural check independent of any decoder.
 */
final class MpegFrames {

    private static final int[] MPEG2_LAYER3_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] MPEG2_SAMPLE_RATES = {22_050, 24_000, 16_000};
    static final int SAMPLES_PER_FRAME = 576;

    record Frame(int offset, int length, int bitrateKbps, int sampleRate, boolean mono) {
    }

    private MpegFrames() {
    }

    /** Every frame of an MPEG-2 Layer III stream; throws if a byte outside a frame is found. */
    static List<Frame> of(byte[] file) {
        List<Frame> frames = new ArrayList<>();
        int offset = id3v2Length(file);
        while (offset < file.length) {
            if (offset + 4 > file.length || (file[offset] & 0xff) != 0xFF || (file[offset + 1] & 0xE0) != 0xE0) {
                throw new AssertionError("no MPEG frame header at byte " + offset + " of " + file.length);
            }
            int version = (file[offset + 1] >> 3) & 3;
            int layer = (file[offset + 1] >> 1) & 3;
            if (version != 2 || layer != 1) {
                throw new AssertionError("frame at " + offset + " is not MPEG-2 Layer III (version bits " + version
                        + ", layer bits " + layer + ")");
            }
            int kbps = MPEG2_LAYER3_KBPS[(file[offset + 2] >> 4) & 0xF];
            int sampleRate = MPEG2_SAMPLE_RATES[(file[offset + 2] >> 2) & 3];
            int padding = (file[offset + 2] >> 1) & 1;
            boolean mono = ((file[offset + 3] >> 6) & 3) == 3;
            // MPEG-2 Layer III: 576 samples a frame, so 72 bytes per kb/s per sample rate
            int length = 72_000 * kbps / sampleRate + padding;
            if (offset + length > file.length) {
                throw new AssertionError("frame at " + offset + " runs past the end of the file");
            }
            frames.add(new Frame(offset, length, kbps, sampleRate, mono));
            offset += length;
        }
        return frames;
    }

    /** Bytes taken by an ID3v2 tag at the start, 0 if none. */
    static int id3v2Length(byte[] file) {
        if (file.length < 10 || file[0] != 'I' || file[1] != 'D' || file[2] != '3') {
            return 0;
        }
        int size = (file[6] & 0x7f) << 21 | (file[7] & 0x7f) << 14 | (file[8] & 0x7f) << 7 | (file[9] & 0x7f);
        boolean footer = (file[5] & 0x10) != 0;
        return 10 + size + (footer ? 10 : 0);
    }
}
