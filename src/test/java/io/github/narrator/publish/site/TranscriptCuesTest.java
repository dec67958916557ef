package io.github.narrator.publish.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.narrator.publish.WebVtt;
import io.github.narrator.speech.Timeline;

class TranscriptCuesTest {

    @Test
    void readsWhatThePublisherWrites() {
        String vtt = WebVtt.of(List.of(
                new Timeline.Cue("Prices rose 5% & wages <didn't>.", "spoken", 0, 1_500),
                new Timeline.Cue("It was 1:05 p.m.", "spoken", 2_000, 3_725)));
        assertEquals(List.of(new TranscriptCues.Cue(0, 1.5, "Prices rose 5% & wages <didn't>."),
                new TranscriptCues.Cue(2.0, 3.725, "It was 1:05 p.m.")), TranscriptCues.parse(vtt));
    }

    @Test
    void readsAnyWebVtt() {
        String vtt = "\uFEFFWEBVTT - made elsewhere\r\n\r\nNOTE a comment\r\n\r\nSTYLE\r\n::cue { color: red }\r\n\r\n"
                + "01:02.500 --> 01:04.000 align:start\r\n<v Narrator>First line\r\nsecond line</v>\r\n\r\n"
                + "id-2\r\n1:00:00.000 --> 1:00:01.000\r\nAn hour in &amp; &lt;on&gt;\r\n";
        assertEquals(List.of(new TranscriptCues.Cue(62.5, 64, "First line second line"),
                new TranscriptCues.Cue(3600, 3601, "An hour in & <on>")), TranscriptCues.parse(vtt));
    }

    @Test
    void refusesWhatIsNotWebVtt() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> TranscriptCues.parse("1\n00:00.000 --> 00:01.000\nhi\n"));
        assertEquals("not a WebVTT file: it does not start with WEBVTT", error.getMessage());
    }
}
