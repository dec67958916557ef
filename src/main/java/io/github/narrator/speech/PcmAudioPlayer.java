package io.github.narrator.speech;

import java.io.IOException;

import javax.sound.sampled.AudioFormat;

import com.sun.speech.freetts.audio.AudioPlayer;

import org.jspecify.annotations.Nullable;

/**
 * The FreeTTS audio player that streams each utterance's samples into the narration as FreeTTS makes
 * them, instead of buffering the whole file as FreeTTS's own file players do.
 *
 * <p>FreeTTS calls it from its voice's output thread: per utterance {@code setAudioFormat},
 * {@code begin(size)}, some {@code write}s, {@code end()}. The writes may add up to less than
 * {@code size}; the rest is padded with zeros, as FreeTTS's own players do, so the audio is the same
 * sample for sample. Nothing may be thrown back into that thread (FreeTTS would wait forever for the
 * utterance to complete), so a failure is kept, the utterance cancelled by returning false, and the
 * failure rethrown by the {@link Synthesizer} on the speaking thread.
 */
final class PcmAudioPlayer implements AudioPlayer {

    /**
     * One narration's sink and what went wrong writing to it. An utterance writes to the attachment it
     * began with: when a narration is abandoned (its time limit) while FreeTTS's output thread is still
     * writing, the late samples and their failure stay with that narration, not the next one.
     */
    private static final class Attachment {
        final @Nullable SampleCountingSink sink;
        volatile @Nullable IOException failure;

        Attachment(@Nullable SampleCountingSink sink) {
            this.sink = sink;
        }
    }

    private final float gain;
    private volatile Attachment current = new Attachment(null);
    /** The attachment the utterance being written began with; FreeTTS's output thread's own. */
    private Attachment utterance = current;
    private @Nullable AudioFormat format;
    private boolean bigEndian = true;
    private short[] samples = new short[0];
    private int bytesExpected;
    private int bytesReceived;
    private int carriedByte = -1;

    PcmAudioPlayer(float gain) {
        this.gain = gain;
    }

    /** Sends the following utterances' samples to {@code target}, until {@link #detach()}. */
    void attach(SampleCountingSink target) {
        current = new Attachment(target);
    }

    void detach() {
        current = new Attachment(null);
    }

    /** What went wrong since the last call; null when nothing did. The next utterance starts afresh. */
    @Nullable IOException takeFailure() {
        Attachment attachment = current;
        IOException failed = attachment.failure;
        attachment.failure = null;
        return failed;
    }

    @Override
    public void setAudioFormat(AudioFormat audioFormat) {
        ConsoleDiversion.divertCurrentThread();
        utterance = current;
        format = audioFormat;
        bigEndian = audioFormat.isBigEndian();
        if (audioFormat.getSampleRate() != SpeechFormat.SAMPLE_RATE
                || audioFormat.getChannels() != SpeechFormat.CHANNELS
                || audioFormat.getSampleSizeInBits() != SpeechFormat.BITS_PER_SAMPLE
                || audioFormat.getEncoding() != AudioFormat.Encoding.PCM_SIGNED) {
            fail(new IOException("the voice speaks " + audioFormat + "; Narrator needs "
                    + SpeechFormat.SAMPLE_RATE + " Hz, 16-bit signed, mono"));
        }
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public void begin(int size) {
        utterance = current;
        bytesExpected = size;
        bytesReceived = 0;
        carriedByte = -1;
    }

    @Override
    public boolean write(byte[] audioData) {
        return write(audioData, 0, audioData.length);
    }

    @Override
    public boolean write(byte[] bytes, int offset, int length) {
        if (utterance.failure != null) {
            return false;
        }
        bytesReceived += length;
        int start = offset;
        int end = offset + length;
        int count = 0;
        ensureCapacity(length / 2 + 1);
        if (carriedByte >= 0 && start < end) {
            samples[count++] = sample(carriedByte, bytes[start++]);
            carriedByte = -1;
        }
        for (; start + 1 < end; start += 2) {
            samples[count++] = sample(bytes[start], bytes[start + 1]);
        }
        if (start < end) {
            carriedByte = bytes[start] & 0xff;
        }
        return emit(count);
    }

    @Override
    public boolean end() {
        if (utterance.failure != null) {
            return false;
        }
        int missing = bytesExpected - bytesReceived;
        if (carriedByte >= 0 && missing > 0) {
            ensureCapacity(1);
            samples[0] = sample(carriedByte, 0);
            missing--;
            emit(1);
        }
        carriedByte = -1;
        long padding = missing / 2;
        return padding <= 0 || deliver(sink -> sink.writeSilence(padding));
    }

    private short sample(int first, int second) {
        int high = bigEndian ? first : second;
        int low = bigEndian ? second : first;
        return (short) ((high << 8) | (low & 0xff));
    }

    private boolean emit(int count) {
        if (count == 0) {
            return true;
        }
        if (gain != 1f) {
            for (int i = 0; i < count; i++) {
                int scaled = Math.round(samples[i] * gain);
                samples[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, scaled));
            }
        }
        return deliver(sink -> sink.write(samples, 0, count));
    }

    private boolean deliver(SinkCall call) {
        SampleCountingSink sink = utterance.sink;
        if (utterance.failure != null) {
            return false;
        }
        if (sink == null) {
            fail(new IOException("no narration is listening to the voice"));
            return false;
        }
        try {
            call.run(sink);
            return true;
        } catch (IOException e) {
            fail(e);
        } catch (RuntimeException e) {
            fail(new IOException("the audio sink failed: " + e, e));
        }
        return false;
    }

    private void ensureCapacity(int count) {
        if (samples.length < count) {
            samples = new short[Math.max(count, 4096)];
        }
    }

    private void fail(IOException e) {
        Attachment attachment = utterance;
        if (attachment.failure == null) {
            attachment.failure = e;
        }
    }

    @FunctionalInterface
    private interface SinkCall {
        void run(SampleCountingSink sink) throws IOException;
    }

    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    /** FreeTTS passes its voice's volume here but never applies it; the gain given at construction is applied instead. */
    @Override
    public float getVolume() {
        return gain;
    }

    @Override
    public void setVolume(float volume) {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
