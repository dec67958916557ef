package io.github.narrator.fetch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds the charset of an HTML page the way browsers do: a byte-order mark wins, then the
 * Content-Type header, then a {@code <meta>} declaration in the first bytes, then UTF-8 when the
 * bytes are valid UTF-8, else windows-1252.
 */
final class CharsetDetector {

    /** How far into the page a meta charset declaration is looked for (HTML says 1024; be generous). */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern HEADER_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetDetector() {
    }

    public static Charset detect(byte[] body, @Nullable String contentType) {
        Charset bom = fromByteOrderMark(body);
        if (bom != null) {
            return bom;
        }
        Charset declared = contentType == null ? null : named(HEADER_CHARSET.matcher(contentType));
        if (declared != null) {
            // WHATWG: the "utf-16" label without a byte-order mark means little-endian.
            return declared.name().equals("UTF-16") ? StandardCharsets.UTF_16LE : declared;
        }
        String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        declared = named(META_CHARSET.matcher(head));
        if (declared != null) {
            // A page that says it is UTF-16 in ASCII-compatible bytes is lying: the meta tag was readable.
            return declared.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : declared;
        }
        return isValidUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Decodes, dropping a leading byte-order mark; malformed bytes become U+FFFD, never an exception. */
    public static String decode(byte[] body, Charset charset) {
        String text = new String(body, charset);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static @Nullable Charset fromByteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static @Nullable Charset named(Matcher matcher) {
        if (!matcher.find()) {
            return null;
        }
        String name = matcher.group(1).toLowerCase(Locale.ROOT);
        // WHATWG: these labels all mean windows-1252 in practice.
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            return WINDOWS_1252;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Valid UTF-8, allowing a multi-byte character cut off at the end (pages get truncated). */
    private static boolean isValidUtf8(byte[] body) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(body);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, false);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }
}
