package io.github.narrator.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import io.github.narrator.testing.ArticlePages;

/**
 * Hostile and broken pages, generated: malformed markup, pages far over the size cap, binary data
 * served as HTML, wrong and missing charsets, compression bombs, deep nesting, giant paragraphs,
 * invisible and control characters, pages that are only scripts. Each says what a correct outcome
 * is: narrated (with a phrase the script must contain), recorded as a failure, or either.
 */
final class HostilePages {

    enum Expect { NARRATED, RECORDED, EITHER }

    /** How a page is sent: the body is written by {@code body}, possibly far larger than any cap. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    record Case(String name, String contentType, String contentEncoding, long length, Body body, Expect expect, String phrase) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A sentence of the standard test article, present in every correct narration of it. */
    static final String PHRASE = "harbour district";
    /** The fixed paragraphs of the standard article. */
    private static final String LEAD = "A storm of questions met the plan on Tuesday.";
    private static final String CANONICAL = "https://news.example/harbour-plan";
    private static final long FIFTY_MB = 50L * 1024 * 1024;
    /** What a compression bomb inflates to: 50 times the size cap, from about 250 KB on the wire. */
    private static final long BOMB = 256L * 1024 * 1024;

    private final List<Case> cases = new ArrayList<>();

    private HostilePages() {
    }

    static List<Case> all() {
        HostilePages pages = new HostilePages();
        pages.malformed();
        pages.oversized();
        pages.binary();
        pages.charsets();
        pages.nesting();
        pages.giantParagraphs();
        pages.invisibleAndControlCharacters();
        pages.scriptsOnly();
        pages.hostileMetadata();
        return pages.cases;
    }

    static String article() {
        return ArticlePages.article(CANONICAL, "Harbour plan approved", LEAD);
    }

    // ---- malformed and unclosed markup ----

    private void malformed() {
        String page = article();
        html("no closing tags at all (but title and script)", page.replaceAll("</(?!title|script)[a-zA-Z0-9]+>", ""), Expect.EITHER);
        html("closing tags only, reversed", page.replace("</p>", "</div></span></p></table>"), Expect.NARRATED);
        html("stray end tags before the document", "</div></div></body></html>" + page, Expect.NARRATED);
        html("misnested inline tags", page.replace("<p>", "<p><b><i>").replace("</p>", "</b></i></p>"), Expect.NARRATED);
        html("paragraphs inside paragraphs", page.replace("</p>", ""), Expect.NARRATED);
        html("unclosed attribute quote", page.replace("<p class=\"byline\">", "<p class=\"byline>"), Expect.EITHER);
        html("unclosed comment mid-article", page.replace("<p>Supporters", "<!-- <p>Supporters"), Expect.EITHER);
        html("unclosed script swallowing the article", page.replace("<main>", "<main><script>var a = '"), Expect.EITHER);
        html("unclosed title", page.replace("</title>", ""), Expect.EITHER);
        html("unclosed textarea", page.replace("<main>", "<main><textarea>"), Expect.EITHER);
        html("CDATA in HTML", page.replace("<main>", "<main><![CDATA[ ]]> ]]>"), Expect.NARRATED);
        html("two html and body elements", page.replace("<body>", "<body><html><body>"), Expect.NARRATED);
        html("NUL bytes in markup", page.replace("<p>", "<p\0>").replace("</p>", "</\0p>"), Expect.EITHER);
        html("10,000 attributes on one element", page.replace("<article>", "<article " + attributes(10_000) + ">"), Expect.NARRATED);
        html("a 1 MB attribute value", page.replace("<article>", "<article data-x=\"" + "x".repeat(1 << 20) + "\">"), Expect.NARRATED);
        html("100,000 empty siblings", page.replace("</article>", "<span></span>".repeat(100_000) + "</article>"), Expect.NARRATED);
        html("100,000 line breaks in a paragraph", page.replace("<p>The city", "<p>" + "<br>".repeat(100_000) + "The city"), Expect.NARRATED);
        other("1,000 articles in one page", "<html><body>" + "<article><h2>Item</h2><p>Short teaser text.</p></article>".repeat(1000)
                + "</body></html>");
        html("table soup", "<html><body><table><tr><td>" + page.replace("<p>", "<tr><td><p>") + "</table>", Expect.EITHER);
        html("frameset page", "<html><frameset><frame src=\"a.html\"><frame src=\"b.html\"></frameset></html>", Expect.RECORDED);
        html("XHTML with an XML declaration", "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + page, Expect.NARRATED);
        html("meta refresh redirect only", "<html><head><meta http-equiv=\"refresh\" content=\"0;url=/elsewhere\"></head></html>",
                Expect.RECORDED);
        for (int percent = 10; percent <= 90; percent += 10) {
            html("cut at " + percent + "% of the page", page.substring(0, page.length() * percent / 100), Expect.EITHER);
        }
    }

    // ---- pages over the size cap, compression bombs ----

    private void oversized() {
        String page = article();
        String head = own(page.substring(0, page.indexOf("</article>") + "</article>".length()));
        cases.add(new Case("50 MB page: the article, then 50 MB of comments", "text/html; charset=utf-8", null, FIFTY_MB,
                repeatAfter(head, "<!-- padding padding padding padding padding padding padding padding -->\n", FIFTY_MB),
                Expect.NARRATED, PHRASE));
        cases.add(new Case("50 MB page: the article, then 50 MB of empty divs", "text/html; charset=utf-8", null, FIFTY_MB,
                repeatAfter(head, "<div class=\"ad-slot\"></div>\n", FIFTY_MB), Expect.NARRATED, PHRASE));
        cases.add(new Case("50 MB page of one text node", "text/html; charset=utf-8", null, FIFTY_MB,
                repeatAfter("<html><body><p>", "lorem ipsum dolor sit amet ", FIFTY_MB), Expect.EITHER, null));
        cases.add(new Case("50 MB page, no Content-Length", "text/html; charset=utf-8", null, -1,
                repeatAfter(head, "<!-- padding -->\n", FIFTY_MB), Expect.NARRATED, PHRASE));
        bytes("gzip bomb: 256 MB of zeros", "text/html", "gzip", bomb(new byte[0], (byte) 0, BOMB, "gzip"), Expect.RECORDED);
        bytes("gzip bomb: the article, then 256 MB of spaces", "text/html; charset=utf-8", "gzip",
                bomb(head.getBytes(StandardCharsets.UTF_8), (byte) ' ', BOMB, "gzip"), Expect.NARRATED);
        bytes("deflate bomb: 256 MB of zeros", "text/html", "deflate", bomb(new byte[0], (byte) 0, BOMB, "deflate"), Expect.RECORDED);
        gzip("gzip page", page.getBytes(StandardCharsets.UTF_8), "gzip", Expect.NARRATED);
        gzip("deflate page", page.getBytes(StandardCharsets.UTF_8), "deflate", Expect.NARRATED);
        bytes("not gzip at all but says gzip", "text/html", "gzip", page.getBytes(StandardCharsets.UTF_8), Expect.RECORDED);
        bytes("gzip cut in the middle", "text/html", "gzip", half(compress(page.getBytes(StandardCharsets.UTF_8), "gzip")), Expect.EITHER);
        bytes("brotli (not offered)", "text/html", "br", page.getBytes(StandardCharsets.UTF_8), Expect.RECORDED);
        bytes("gzip twice, said once", "text/html", "gzip", compress(compress(page.getBytes(StandardCharsets.UTF_8), "gzip"), "gzip"),
                Expect.RECORDED);
    }

    // ---- binary served as HTML ----

    private void binary() {
        Random random = new Random(7);
        for (int size : new int[] {16, 1024, 65_536, 1 << 20, 6 << 20}) {
            byte[] noise = new byte[size];
            random.nextBytes(noise);
            bytes("random bytes, " + size + " B", "text/html", null, noise, Expect.RECORDED);
        }
        bytes("PNG image as text/html", "text/html", null, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                noise(random, 4096)), Expect.RECORDED);
        bytes("PDF as text/html", "text/html", null, ("%PDF-1.7\n" + "1 0 obj << /Type /Catalog >> endobj\n".repeat(200))
                .getBytes(StandardCharsets.ISO_8859_1), Expect.RECORDED);
        bytes("ZIP as text/html", "text/html", null, concat(new byte[] {'P', 'K', 3, 4}, noise(random, 8192)), Expect.RECORDED);
        bytes("MP3 as text/html", "text/html", null, concat("ID3".getBytes(StandardCharsets.ISO_8859_1), noise(random, 8192)),
                Expect.RECORDED);
        bytes("all 256 byte values", "text/html", null, allBytes(), Expect.RECORDED);
        bytes("empty body", "text/html", null, new byte[0], Expect.RECORDED);
        bytes("only white space", "text/html", null, " \n\t\r\n ".repeat(1000).getBytes(StandardCharsets.US_ASCII), Expect.RECORDED);
        bytes("only a doctype", "text/html", null, "<!DOCTYPE html>".getBytes(StandardCharsets.US_ASCII), Expect.RECORDED);
        bytes("an article with binary junk appended", "text/html; charset=utf-8", null,
                concat(article().getBytes(StandardCharsets.UTF_8), noise(random, 100_000)), Expect.EITHER);
    }

    // ---- charsets: declared right, wrong or not at all ----

    private void charsets() {
        String latin = article().replace(LEAD, "The café owner, Zoë Noël, said the naïve plan cost €5 million — too much.");
        String phrase = "caf";
        Charset cp1252 = Charset.forName("windows-1252");
        Charset latin1 = StandardCharsets.ISO_8859_1;
        String latinNoMeta = latin.replace("<meta charset=\"utf-8\">", "");
        encoded("windows-1252 in the header", latinNoMeta, cp1252, "text/html; charset=windows-1252", Expect.NARRATED, "café");
        encoded("ISO-8859-1 in the header", latinNoMeta.replace("€5", "5"), latin1, "text/html; charset=ISO-8859-1", Expect.NARRATED, "café");
        encoded("ISO-8859-1 in a meta tag only", latin.replace("€5", "5").replace("charset=\"utf-8\"", "charset=\"iso-8859-1\""), latin1,
                "text/html", Expect.NARRATED, "café");
        encoded("windows-1252, no charset anywhere", latinNoMeta, cp1252, "text/html", Expect.NARRATED, "café");
        encoded("windows-1252 bytes, header says UTF-8", latinNoMeta, cp1252, "text/html; charset=utf-8", Expect.EITHER, phrase);
        encoded("UTF-8 bytes, header says ISO-8859-1", latinNoMeta, StandardCharsets.UTF_8, "text/html; charset=iso-8859-1",
                Expect.EITHER, phrase);
        encoded("UTF-8, no charset anywhere", latinNoMeta, StandardCharsets.UTF_8, "text/html", Expect.NARRATED, "café");
        encoded("unknown charset name", latinNoMeta, StandardCharsets.UTF_8, "text/html; charset=x-klingon", Expect.NARRATED, "café");
        encoded("charset name with junk", latinNoMeta, StandardCharsets.UTF_8, "text/html; charset=\"utf-8\\\"; x=1", Expect.NARRATED, "café");
        bom("UTF-16LE with a BOM", latinNoMeta, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "text/html");
        bom("UTF-16BE with a BOM", latinNoMeta, StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "text/html");
        bom("UTF-16LE with a BOM, header says UTF-8", latinNoMeta, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE},
                "text/html; charset=utf-8");
        bom("UTF-8 with a BOM, header says windows-1251", latinNoMeta, StandardCharsets.UTF_8,
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "text/html; charset=windows-1251");
        encoded("UTF-16LE without a BOM, header says UTF-16", latinNoMeta, StandardCharsets.UTF_16LE, "text/html; charset=utf-16",
                Expect.EITHER, "café");
        encoded("UTF-16LE without a BOM, no charset", latinNoMeta, StandardCharsets.UTF_16LE, "text/html", Expect.RECORDED, null);
        String cyrillicNames = article().replace(LEAD, "Mayor Олена Петренко met Іван Ковальчук at the harbour on Tuesday.")
                .replace("<meta charset=\"utf-8\">", "");
        Charset cp1251 = Charset.forName("windows-1251");
        encoded("windows-1251 in the header (Cyrillic names in English text)", cyrillicNames, cp1251, "text/html; charset=windows-1251",
                Expect.NARRATED, "Олена");
        encoded("windows-1251 in a meta tag", cyrillicNames.replace("<title>", "<meta charset=\"windows-1251\"><title>"), cp1251,
                "text/html", Expect.NARRATED, "Олена");
        encoded("windows-1251 bytes, no charset", cyrillicNames, cp1251, "text/html", Expect.EITHER, PHRASE);
        String russian = "<html lang=\"ru\"><head><meta charset=\"windows-1251\"><title>Новости гавани</title></head><body><article>"
                + "<h1>Новости гавани</h1>" + "<p>Городской совет во вторник одобрил новый план развития портового района.</p>".repeat(12)
                + "</article></body></html>";
        encoded("a Russian article in windows-1251", russian, cp1251, "text/html", Expect.EITHER, null);
        encoded("meta charset after 8 KB of head", latinNoMeta.replace("<title>", "<!-- " + "x".repeat(8192)
                + " --><meta charset=\"windows-1252\"><title>"), cp1252, "text/html", Expect.NARRATED, "café");
    }

    // ---- deep nesting ----

    private void nesting() {
        String page = article();
        String body = page.substring(page.indexOf("<article>"), page.indexOf("</article>") + "</article>".length());
        for (String tag : new String[] {"div", "span", "b", "table", "a", "section", "blockquote", "ul"}) {
            int depth = tag.equals("table") || tag.equals("a") ? 10_000 : 100_000;
            String open = tag.equals("ul") ? "<ul><li>" : "<" + tag + ">";
            html(depth + " nested <" + tag + "> around the article",
                    page.replace(body, open.repeat(depth) + body), Expect.EITHER);
        }
        other("100,000 nested <div> with text at every level", "<html><body>" + "<div>level ".repeat(100_000) + "</body></html>");
        html("100,000 nested <i> inside a paragraph", page.replace("<p>The city", "<p>" + "<i>".repeat(100_000) + "The city"),
                Expect.EITHER);
        html("JSON-LD nested 100,000 arrays deep", page.replace("</head>", "<script type=\"application/ld+json\">"
                + "[".repeat(100_000) + "]".repeat(100_000) + "</script></head>"), Expect.NARRATED);
    }

    // ---- giant paragraphs ----

    private void giantParagraphs() {
        String page = article();
        String sentence = "The council will meet again next week to discuss the harbour district and its future. ";
        html("one paragraph of 30 KB of sentences", page.replace("<p>The city", "<p>" + sentence.repeat(30_000 / sentence.length())
                + "The city"), Expect.NARRATED);
        html("one paragraph of 300 KB of sentences", page.replace("<p>The city", "<p>" + sentence.repeat(300_000 / sentence.length())
                + "The city"), Expect.NARRATED);
        html("one paragraph of 200 KB without a full stop", page.replace("<p>The city", "<p>"
                + "and the council will meet again ".repeat(200_000 / 32) + "The city"), Expect.EITHER);
        html("one 1 MB word", page.replace("<p>The city", "<p>" + "a".repeat(1 << 20) + " The city"), Expect.EITHER);
        html("one paragraph of 100,000 digits", page.replace("<p>The city", "<p>" + "7".repeat(100_000) + " The city"), Expect.EITHER);
        html("one paragraph of 50,000 dots", page.replace("<p>The city", "<p>" + ".".repeat(50_000) + " The city"), Expect.EITHER);
        html("one paragraph of 20,000 'U.S.'", page.replace("<p>The city", "<p>" + "U.S.".repeat(20_000) + " The city"), Expect.EITHER);
        html("one paragraph of 20,000 dashes", page.replace("<p>The city", "<p>" + "-".repeat(20_000) + " The city"), Expect.EITHER);
        html("a 1 MB title", page.replace("<title>Harbour plan approved", "<title>" + "Harbour ".repeat(1 << 17)), Expect.EITHER);
        html("10,000 paragraphs", page.replace("<p>The city", "<p>A short line.</p>".repeat(10_000) + "<p>The city"), Expect.NARRATED);
    }

    // ---- invisible and control characters ----

    private void invisibleAndControlCharacters() {
        String page = article();
        String[][] kinds = {
            {"zero-width spaces", "\u200b"}, {"zero-width joiners", "\u200d"}, {"zero-width non-joiners", "\u200c"},
            {"byte-order marks", "\ufeff"}, {"soft hyphens", "\u00ad"}, {"word joiners", "\u2060"},
            {"right-to-left overrides", "\u202e"}, {"left-to-right marks", "\u200e"}, {"C0 control characters", "\u0001\u0007\u001b"},
            {"DEL characters", "\u007f"}, {"C1 control characters", "\u0085\u009b"}, {"NUL characters", "\u0000"},
            {"line and paragraph separators", "\u2028\u2029"}, {"variation selectors", "\ufe0f"}, {"combining marks (zalgo)", "\u0301\u0336\u0489"},
            {"interlinear annotation marks", "\ufff9\ufffa\ufffb"}, {"replacement characters", "\ufffd"}, {"private use characters", "\ue000"},
            {"tag characters", "\udb40\udc41"}, {"emoji", "\ud83d\udca5"},
        };
        for (String[] kind : kinds) {
            String mixed = page.replace("harbour district", interleave("harbour district", kind[1]));
            // Invisible characters must vanish (the phrase reads whole again); visible ones may stay.
            boolean invisible = kind[1].codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.CONTROL);
            encoded(kind[0] + " between every letter", mixed, StandardCharsets.UTF_8, "text/html; charset=utf-8", Expect.NARRATED,
                    invisible ? PHRASE : null);
        }
        html("control characters as numeric references", page.replace("<p>The city", "<p>&#0;&#1;&#27;&#x7f;&#x85;&#xD800;&#x110000; The city"),
                Expect.NARRATED);
        html("a paragraph of nothing but zero-width spaces", page.replace("<p>The city", "<p>" + "\u200b".repeat(100_000) + "</p><p>The city"),
                Expect.NARRATED);
        html("bidirectional text mixed in", page.replace("<p>The city", "<p>The mayor said \u202bمرحبا بكم\u202c in Arabic. The city"),
                Expect.NARRATED);
    }

    // ---- script-only pages and empty shells ----

    private void scriptsOnly() {
        String script = "<script>document.write('<p>" + "The harbour plan was approved on Tuesday. ".repeat(20) + "</p>');</script>";
        html("only scripts", "<html><head>" + script + "</head><body>" + script.repeat(20) + "</body></html>", Expect.RECORDED);
        html("a single-page-app shell", "<html><head><title>News</title><script src=\"/app.js\"></script></head>"
                + "<body><div id=\"root\"></div><noscript>You need to enable JavaScript to run this app.</noscript></body></html>",
                Expect.RECORDED);
        html("only styles", "<html><head><style>" + "p { color: red }\n".repeat(1000) + "</style></head><body></body></html>",
                Expect.RECORDED);
        html("article text inside <template>", "<html><body><template>" + article() + "</template></body></html>", Expect.EITHER);
        html("article text inside <noscript>", "<html><body><noscript>" + article() + "</noscript></body></html>", Expect.EITHER);
        html("article text only in JSON-LD articleBody", "<html><head><title>Harbour plan approved</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour plan approved\",\"articleBody\":\""
                + "The city council voted to approve a new plan for the harbour district. ".repeat(10) + "\"}</script></head><body>"
                + "<div id=\"root\"></div></body></html>", Expect.EITHER);
        html("an error page", "<html><head><title>404 Not Found</title></head><body><h1>Page not found</h1>"
                + "<p>Sorry, the page you are looking for does not exist.</p></body></html>", Expect.RECORDED);
    }

    // ---- metadata built to mislead ----

    private void hostileMetadata() {
        String page = article();
        html("a title full of markup", page.replace("Harbour plan approved", "Harbour &lt;script&gt;alert(1)&lt;/script&gt; --&gt; plan"),
                Expect.NARRATED);
        html("canonical URL with a javascript: scheme", page.replace("https://news.example/harbour-plan", "javascript:alert(1)"),
                Expect.NARRATED);
        html("canonical URL climbing out with dot-dots", page.replace("https://news.example/harbour-plan", "../../../../etc/passwd"),
                Expect.NARRATED);
        html("malformed JSON-LD", page.replace("\"NewsArticle\",", "\"NewsArticle\",,,{{{"), Expect.NARRATED);
        html("2 MB of JSON-LD", page.replace("</head>", "<script type=\"application/ld+json\">{\"@graph\":["
                + "{\"@type\":\"Thing\",\"name\":\"x\"},".repeat(60_000) + "{}]}</script></head>"), Expect.NARRATED);
        html("a date from the year 99999", page.replace("2025-06-02T09:30:00+01:00", "99999-06-02T09:30:00+01:00"), Expect.NARRATED);
        html("a byline of 10,000 names", page.replace("By Jane Example", "By " + "Jane Example, ".repeat(10_000)), Expect.EITHER);
    }

    // ---- builders ----

    private void html(String name, String page, Expect expect) {
        encoded(name, page, StandardCharsets.UTF_8, "text/html; charset=utf-8", expect, expect == Expect.RECORDED ? null : PHRASE);
    }

    /** A page that is not the standard article: either outcome may be right, and no phrase is checked. */
    private void other(String name, String page) {
        encoded(name, page, StandardCharsets.UTF_8, "text/html; charset=utf-8", Expect.EITHER, null);
    }

    private void encoded(String name, String page, Charset charset, String contentType, Expect expect, String phrase) {
        bytes(name, contentType, null, own(page).getBytes(charset), expect, phrase);
    }

    /** Each page its own canonical URL, so that through the pipeline each is an article of its own. */
    private String own(String page) {
        return page.replace(CANONICAL, CANONICAL + "-" + cases.size());
    }

    private void bom(String name, String page, Charset charset, byte[] bom, String contentType) {
        bytes(name, contentType, null, concat(bom, own(page).getBytes(charset)), Expect.NARRATED, "café");
    }

    private void bytes(String name, String contentType, String encoding, byte[] body, Expect expect) {
        bytes(name, contentType, encoding, body, expect, expect == Expect.NARRATED ? PHRASE : null);
    }

    private void bytes(String name, String contentType, String encoding, byte[] body, Expect expect, String phrase) {
        cases.add(new Case(name, contentType, encoding, body.length, out -> out.write(body), expect, phrase));
    }

    private void gzip(String name, byte[] content, String encoding, Expect expect) {
        bytes(name, "text/html; charset=utf-8", encoding, compress(content, encoding), expect);
    }

    private static Body repeatAfter(String head, String filler, long total) {
        return out -> {
            byte[] start = head.getBytes(StandardCharsets.UTF_8);
            out.write(start);
            byte[] chunk = filler.repeat(Math.max(1, 65_536 / filler.length())).getBytes(StandardCharsets.UTF_8);
            for (long written = start.length; written < total; written += chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, total - written));
            }
        };
    }

    static byte[] compress(byte[] content, String encoding) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = encoding.equals("gzip") ? new GZIPOutputStream(compressed) : new DeflaterOutputStream(compressed)) {
            out.write(content);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return compressed.toByteArray();
    }

    /** {@code head}, then {@code size} bytes of {@code filler}, compressed as they are produced (never all in memory). */
    private static byte[] bomb(byte[] head, byte filler, long size, String encoding) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = encoding.equals("gzip") ? new GZIPOutputStream(compressed) : new DeflaterOutputStream(compressed)) {
            out.write(head);
            byte[] chunk = new byte[1 << 16];
            java.util.Arrays.fill(chunk, filler);
            for (long written = 0; written < size; written += chunk.length) {
                out.write(chunk);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return compressed.toByteArray();
    }

    private static byte[] half(byte[] bytes) {
        return java.util.Arrays.copyOf(bytes, bytes.length / 2);
    }

    private static byte[] noise(Random random, int size) {
        byte[] noise = new byte[size];
        random.nextBytes(noise);
        return noise;
    }

    private static byte[] allBytes() {
        byte[] all = new byte[256 * 16];
        for (int i = 0; i < all.length; i++) {
            all[i] = (byte) i;
        }
        return all;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static String attributes(int count) {
        StringBuilder attributes = new StringBuilder();
        for (int i = 0; i < count; i++) {
            attributes.append(" data-a").append(i).append("=\"").append(i).append('"');
        }
        return attributes.toString();
    }

    private static String interleave(String text, String between) {
        StringBuilder mixed = new StringBuilder();
        text.codePoints().forEach(c -> mixed.appendCodePoint(c).append(between));
        return mixed.toString();
    }
}
