package io.github.narrator.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Set;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

import io.github.narrator.speech.PcmSink;
import io.github.narrator.speech.SpeechFormat;

/**
 * Encodes PCM to CBR MP3 as it arrives, one encoder per narration: 16 kHz mono MPEG-2 Layer III,
 * through jump3r (a Java port of LAME 3.98). Closing flushes; it does not close {@code out}.
 *
 * <p>LAME is driven directly rather than through jump3r's {@code LameEncoder}, which cannot turn off
 * two things a streamed narration does not want: the empty Xing/Info frame LAME writes first for the
 * caller to fill in later (a stream cannot go back to it, so it would stay an extra frame of silence),
 * and ReplayGain analysis (CPU spent on a loudness figure nobody reads).
 *
 * <p>The default quality, 9, is LAME's fastest: no psychoacoustic model, no noise shaping. Encoding
 * costs more CPU than FreeTTS's synthesis, so speed matters: on FreeTTS speech at 48 kb/s, quality 9
 * encodes about 1,100 s of audio per CPU second against about 570 at quality 7 and 310 at LAME's
 * default 5, with the same signal-to-noise ratio as quality 7 (25.0 against 24.8 dB; 21.7 at quality 5)
 * and no worse speech recognition. The psychoacoustic model and noise shaping spend CPU on masking,
 * which 48 kb/s for 8 kHz of one synthetic voice hardly needs. With quality 7 the encoder took about
 * three quarters of a narration's CPU; with 9 it takes about half ({@code narrator bench} measures it).
 */
public class Mp3Encoder implements PcmSink {

    public static final int DEFAULT_QUALITY = 9;
    /** The bitrates MPEG-2 Layer III allows at 16 kHz. */
    public static final Set<Integer> BITRATES_KBPS = Set.of(8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160);

    /** Samples handed to LAME per call; LAME buffers a frame's worth itself. */
    private static final int CHUNK_SAMPLES = 4608;
    /** LAME's documented worst case for {@code n} samples is 1.25 n + 7200 bytes. */
    private static final int MP3_BUFFER_BYTES = CHUNK_SAMPLES * 5 / 4 + 7200;

    private final OutputStream out;
    private final Lame lame = new Lame();
    private final LameGlobalFlags flags;
    private final int[] pcm = new int[CHUNK_SAMPLES];
    private final byte[] mp3 = new byte[MP3_BUFFER_BYTES];
    private boolean closed;

    /** At {@link #DEFAULT_QUALITY}. */
    public Mp3Encoder(OutputStream out, int bitrateKbps) {
        this(out, bitrateKbps, DEFAULT_QUALITY);
    }

    /**
     * @param quality LAME's algorithm quality, 0 (slowest, best) to 9 (fastest); not the bitrate
     */
    public Mp3Encoder(OutputStream out, int bitrateKbps, int quality) {
        if (!BITRATES_KBPS.contains(bitrateKbps)) {
            throw new IllegalArgumentException("MP3 bitrate " + bitrateKbps
                    + " kb/s is not one MPEG-2 Layer III allows at 16 kHz: " + BITRATES_KBPS.stream().sorted().toList());
        }
        if (quality < 0 || quality > 9) {
            throw new IllegalArgumentException("LAME quality must be 0 to 9, not " + quality);
        }
        this.out = out;
        wireLameModules();
        flags = lame.lame_init();
        flags.num_channels = SpeechFormat.CHANNELS;
        flags.in_samplerate = SpeechFormat.SAMPLE_RATE;
        flags.out_samplerate = SpeechFormat.SAMPLE_RATE;
        flags.mode = MPEGMode.MONO;
        flags.brate = bitrateKbps;
        flags.quality = quality;
        flags.bWriteVbrTag = false;
        flags.findReplayGain = false;
        flags.write_id3tag_automatic = false;
        int status = lame.lame_init_params(flags);
        if (status < 0) {
            throw new IllegalStateException("LAME refused " + bitrateKbps + " kb/s at quality " + quality
                    + " (status " + status + ")");
        }
    }

    // jump3r leaves it to the caller to connect LAME's parts; this is the set encoding uses.
    private void wireLameModules() {
        GainAnalysis gainAnalysis = new GainAnalysis();
        BitStream bitStream = new BitStream();
        Presets presets = new Presets();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        VBRTag vbrTag = new VBRTag();
        Version version = new Version();
        ID3Tag id3Tag = new ID3Tag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        MPGLib mpgLib = new MPGLib();
        Interface mpgInterface = new Interface();
        Common common = new Common();
        lame.setModules(gainAnalysis, bitStream, presets, quantizePvt, quantize, vbrTag, version, id3Tag, mpgLib);
        bitStream.setModules(gainAnalysis, mpgLib, version, vbrTag);
        id3Tag.setModules(bitStream, version);
        presets.setModules(lame);
        quantize.setModules(bitStream, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bitStream);
        takehiro.setModules(quantizePvt);
        vbrTag.setModules(lame, bitStream, version);
        mpgLib.setModules(mpgInterface, common);
        mpgInterface.setModules(vbrTag, common);
    }

    @Override
    public void write(short[] samples, int offset, int length) throws IOException {
        if (closed) {
            throw new IOException("MP3 encoder is closed");
        }
        for (int done = 0; done < length; ) {
            int count = Math.min(CHUNK_SAMPLES, length - done);
            for (int i = 0; i < count; i++) {
                // LAME's integer input is full-scale 32-bit
                pcm[i] = samples[offset + done + i] << 16;
            }
            int bytes = lame.lame_encode_buffer_int(flags, pcm, pcm, count, mp3, 0, mp3.length);
            check(bytes);
            out.write(mp3, 0, bytes);
            done += count;
        }
    }

    /** Encodes what LAME still holds (the last partial frame, padded) and writes it. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        int bytes = lame.lame_encode_flush(flags, mp3, 0, mp3.length);
        lame.lame_close(flags);
        check(bytes);
        out.write(mp3, 0, bytes);
        out.flush();
    }

    private static void check(int lameResult) throws IOException {
        if (lameResult < 0) {
            throw new IOException("LAME failed to encode (error " + lameResult + ")");
        }
    }
}
