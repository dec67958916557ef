package io.github.narrator.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class CharsetDetectorTest {

    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWinsOverHeaderAndMeta() {
        byte[] page = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<meta charset=windows-1251><p>Привіт</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(page, "text/html; charset=iso-8859-2"));
        assertEquals("<meta charset=windows-1251><p>Привіт</p>", CharsetDetector.decode(page, StandardCharsets.UTF_8));
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() {
        byte[] page = "\uFEFF<p>Київ</p>".getBytes(StandardCharsets.UTF_16LE);
        Charset charset = CharsetDetector.detect(page, "text/html");
        assertEquals(StandardCharsets.UTF_16LE, charset);
        assertEquals("<p>Київ</p>", CharsetDetector.decode(page, charset));
    }

    @Test
    void headerCharsetComesBeforeMeta() {
        byte[] page = "<meta charset=utf-8><p>Привіт</p>".getBytes(WINDOWS_1251);
        assertEquals(WINDOWS_1251, CharsetDetector.detect(page, "text/html; charset=\"windows-1251\""));
    }

    @Test
    void metaCharsetIsUsedWhenHeaderHasNone() {
        byte[] page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><p>Привіт</p>"
                .getBytes(WINDOWS_1251);
        Charset charset = CharsetDetector.detect(page, "text/html");
        assertEquals(WINDOWS_1251, charset);
        assertEquals(true, CharsetDetector.decode(page, charset).contains("Привіт"));
    }

    @Test
    void latin1LabelMeansWindows1252() {
        byte[] page = "<meta charset=ISO-8859-1><p>\u201Cquoted\u201D</p>".getBytes(WINDOWS_1252);
        assertEquals(WINDOWS_1252, CharsetDetector.detect(page, null));
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect("<p>café – 34%</p>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals(WINDOWS_1252, CharsetDetector.detect("<p>café</p>".getBytes(WINDOWS_1252), null));
    }

    @Test
    void utf8CutInTheMiddleOfACharacterIsStillUtf8() {
        byte[] full = "<p>Привіт</p>".getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(full, 8); // "<p>" + two bytes of П + one of р
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect(cut, null));
    }

    @Test
    void unknownDeclaredCharsetFallsBackToSniffing() {
        assertEquals(StandardCharsets.UTF_8, CharsetDetector.detect("<p>ok</p>".getBytes(StandardCharsets.UTF_8),
                "text/html; charset=no-such-charset"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
