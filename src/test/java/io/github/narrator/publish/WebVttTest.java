package io.github.narrator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.narrator.speech.Timeline;

class WebVttTest {

    @Test
    void oneCuePerSentenceWithEscapedText() {
        String vtt = WebVtt.of(List.of(
                new Timeline.Cue("Lavrov & Rubio <spoke>.", "Lavrov and Rubio spoke.", 0, 2_340),
                new Timeline.Cue("It ran\nlong --> late.", "It ran long.", 3_723_004, 3_725_000)));
        assertEquals("""
                WEBVTT

                1
                00:00:00.000 --> 00:00:02.340
                Lavrov &amp; Rubio &lt;spoke&gt;.

                2
                01:02:03.004 --> 01:02:05.000
                It ran long --&gt; late.
                """, vtt);
    }
}
