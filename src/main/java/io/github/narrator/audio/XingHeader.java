package io.github.narrator.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The Xing/LAME "Info" frame of a CBR MP3, written once the encoding is done: the number of frames,
 * the number of bytes, a 100-point seek table, and the encoder delay and padding. Without it players
 * estimate the duration from the bitrate and the file size (an ID3 tag with a cover makes that
 * estimate wrong) and cannot trim the encoder's silence; with it they show the exact duration and
 * seek to the right frame. The frame goes in front of the first audio frame, as LAME itself writes it.
 *
 * <p>Layout: the Xing header ("Info", flags, frames, bytes, TOC, quality) followed by the 36-byte LAME
 * extension (version, CBR method, bitrate, delay and padding, music length, music CRC, tag CRC), as
 * in LAME's "Mp3 Info Tag rev 1" specification.
 */
final class XingHeader {

    /** Samples the LAME encoder puts before the first input sample (its {@code ENCDELAY}). */
    static final int ENCODER_DELAY = 576;
    private static final int XING_BYTES = 4 + 4 + 4 + 4 + 100 + 4;
    private static final int LAME_BYTES = 36;
    private static final int FLAG_FRAMES = 1;
    private static final int FLAG_BYTES = 2;
    private static final int FLAG_TOC = 4;
    private static final int FLAG_QUALITY = 8;
    private static final byte[] LAME_VERSION = "LAME3.98r".getBytes(StandardCharsets.US_ASCII);
    private static final int CBR_METHOD = 1;
    private static final int TAG_REVISION = 1;

    private static final int[] V1_L3_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] V2_L3_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[][] SAMPLE_RATES = {{11_025, 12_000, 8_000}, null, {22_050, 24_000, 16_000}, {44_100, 48_000, 32_000}};
    private static final int[] CRC16 = crcTable();

    private XingHeader() {
    }

    /** What a scan of the audio frames found. */
    record Stream(byte[] firstHeader, int frames, long audioBytes, long[] tocOffsets, int musicCrc) {
    }

    /**
     * The Info frame for the untagged MP3 stream in {@code mp3}.
     *
     * @param pcmSamples the samples that were encoded (for the delay and padding), or 0 when unknown
     * @throws IOException if the file is not a clean sequence of MPEG Layer III frames
     */
    static byte[] of(Path mp3, long pcmSamples) throws IOException {
        return frame(scan(mp3), pcmSamples);
    }

    static Stream scan(Path mp3) throws IOException {
        byte[] first = null;
        int frames = 0;
        long offset = 0;
        int crc = 0;
        long[] starts = new long[1024];
        byte[] buffer = new byte[4096];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(mp3), 1 << 16)) {
            byte[] header = new byte[4];
            while (true) {
                int read = in.readNBytes(header, 0, 4);
                if (read == 0) {
                    break;
                }
                if (read < 4 || !isLayer3Header(header) || first != null && !sameStream(first, header)) {
                    throw new IOException(mp3 + ": no MPEG Layer III frame at byte " + offset);
                }
                if (first == null) {
                    first = header.clone();
                }
                int length = frameLength(header);
                if (frames == starts.length) {
                    starts = Arrays.copyOf(starts, frames * 2);
                }
                starts[frames++] = offset;
                crc = crc16(crc, header, 0, 4);
                for (int left = length - 4; left > 0; ) {
                    int n = in.readNBytes(buffer, 0, Math.min(buffer.length, left));
                    if (n == 0) {
                        throw new IOException(mp3 + ": the frame at byte " + offset + " is cut short");
                    }
                    crc = crc16(crc, buffer, 0, n);
                    left -= n;
                }
                offset += length;
            }
        }
        if (first == null) {
            throw new IOException(mp3 + " holds no MPEG audio frame");
        }
        long[] toc = new long[100];
        for (int i = 0; i < 100; i++) {
            toc[i] = starts[(int) ((long) i * frames / 100)];
        }
        return new Stream(first, frames, offset, toc, crc);
    }

    static byte[] frame(Stream stream, long pcmSamples) {
        byte[] first = stream.firstHeader();
        int sideInfo = sideInfoLength(first);
        int needed = 4 + sideInfo + XING_BYTES + LAME_BYTES;
        // The stream's own bitrate when its frame is large enough for the tag, else the smallest that is.
        int[] table = version(first) == 3 ? V1_L3_KBPS : V2_L3_KBPS;
        int index = (first[2] >> 4) & 0xF;
        byte[] header = first.clone();
        header[1] |= 0x01; // no CRC
        header[2] = (byte) (header[2] & 0x0D); // padding bit off, keep sample rate and private bit
        while (index < table.length - 1 && frameLength(withBitrate(header, index)) < needed) {
            index++;
        }
        header = withBitrate(header, index);
        int length = frameLength(header);
        if (length < needed) {
            throw new IllegalStateException("no MPEG bitrate gives a frame large enough for the Info tag");
        }
        long totalBytes = length + stream.audioBytes();
        int samplesPerFrame = samplesPerFrame(first);

        ByteBuffer frame = ByteBuffer.allocate(length);
        frame.put(header);
        frame.position(4 + sideInfo);
        frame.put("Info".getBytes(StandardCharsets.US_ASCII));
        frame.putInt(FLAG_FRAMES | FLAG_BYTES | FLAG_TOC | FLAG_QUALITY);
        frame.putInt(stream.frames());
        frame.putInt((int) Math.min(totalBytes, 0xFFFF_FFFFL));
        for (long audioOffset : stream.tocOffsets()) {
            frame.put((byte) Math.min(255, (length + audioOffset) * 256 / totalBytes));
        }
        frame.putInt(0); // quality: not meaningful for CBR

        int lameStart = frame.position();
        frame.put(LAME_VERSION);
        frame.put((byte) (TAG_REVISION << 4 | CBR_METHOD));
        frame.put((byte) 0); // lowpass: not recorded
        frame.put(new byte[8]); // ReplayGain: not analysed
        frame.put((byte) 0); // encoding flags and ATH type
        frame.put((byte) Math.min(255, table[(first[2] >> 4) & 0xF]));
        long padding = (long) stream.frames() * samplesPerFrame - ENCODER_DELAY - pcmSamples;
        boolean gapless = pcmSamples > 0 && padding >= 0 && padding < 4096;
        int delay = gapless ? ENCODER_DELAY : 0;
        int pad = gapless ? (int) padding : 0;
        frame.put((byte) (delay >> 4));
        frame.put((byte) ((delay & 0xF) << 4 | pad >> 8));
        frame.put((byte) pad);
        frame.put((byte) 0); // misc: source sample rate 32 kHz or less, no noise shaping
        frame.put((byte) 0); // MP3 gain
        frame.putShort((short) 0); // preset and surround
        frame.putInt((int) Math.min(totalBytes, 0xFFFF_FFFFL));
        frame.putShort((short) stream.musicCrc());
        byte[] bytes = frame.array();
        int tagCrc = crc16(0, bytes, 0, lameStart + LAME_BYTES - 2);
        bytes[lameStart + LAME_BYTES - 2] = (byte) (tagCrc >> 8);
        bytes[lameStart + LAME_BYTES - 1] = (byte) tagCrc;
        return bytes;
    }

    private static byte[] withBitrate(byte[] header, int index) {
        byte[] copy = header.clone();
        copy[2] = (byte) ((copy[2] & 0x0F) | index << 4);
        return copy;
    }

    private static boolean isLayer3Header(byte[] h) {
        return (h[0] & 0xFF) == 0xFF && (h[1] & 0xE0) == 0xE0 && version(h) != 1 && ((h[1] >> 1) & 3) == 1
                && ((h[2] >> 4) & 0xF) != 0 && ((h[2] >> 4) & 0xF) != 0xF && ((h[2] >> 2) & 3) != 3;
    }

    /** Same version, layer, sample rate and channel mode: a stream does not change them. */
    private static boolean sameStream(byte[] first, byte[] h) {
        return (first[1] & 0xFE) == (h[1] & 0xFE) && (first[2] & 0x0C) == (h[2] & 0x0C) && (first[3] & 0xC0) == (h[3] & 0xC0);
    }

    /** 3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5 (1 is reserved). */
    private static int version(byte[] h) {
        return (h[1] >> 3) & 3;
    }

    private static int sampleRate(byte[] h) {
        return SAMPLE_RATES[version(h)][(h[2] >> 2) & 3];
    }

    private static int samplesPerFrame(byte[] h) {
        return version(h) == 3 ? 1152 : 576;
    }

    static int frameLength(byte[] h) {
        int kbps = (version(h) == 3 ? V1_L3_KBPS : V2_L3_KBPS)[(h[2] >> 4) & 0xF];
        int padding = (h[2] >> 1) & 1;
        return samplesPerFrame(h) / 8 * kbps * 1000 / sampleRate(h) + padding;
    }

    private static int sideInfoLength(byte[] h) {
        boolean mono = ((h[3] >> 6) & 3) == 3;
        if (version(h) == 3) {
            return mono ? 17 : 32;
        }
        return mono ? 9 : 17;
    }

    /** CRC-16 as LAME computes it for the tag (polynomial 0x8005, reflected, initial value 0). */
    static int crc16(int crc, byte[] bytes, int from, int to) {
        int value = crc;
        for (int i = from; i < to; i++) {
            value = (value >>> 8) ^ CRC16[(value ^ bytes[i]) & 0xFF];
        }
        return value & 0xFFFF;
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
