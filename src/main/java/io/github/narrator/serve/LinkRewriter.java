package io.github.narrator.serve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import io.github.narrator.dedupe.ContentHash;
import io.github.narrator.files.MediaTypes;

/**
 * Serves the feeds and playlists with their links pointing at this server, as the request reached
 * it, when no base URL is configured: the files are written for a placeholder address (the preview
 * base), and a podcast app that fetched the feed from {@code http://192.168.1.20:18431/} gets
 * enclosure, transcript, chapter and cover URLs under that same address. The files on disk are not
 * touched, so several servers on several ports can share one {@code out/}.
 *
 * <p>Why rewrite rather than render each request from the catalogue: the feed documents are already
 * written (and kept small by the item cap), so a rewrite is one read and one string replacement,
 * and the server needs nothing of the site's state. Rewritten responses carry a strong ETag of their
 * own bytes (conditional requests get 304) and no byte ranges (they are small text; a Range is
 * ignored, as RFC 9110 allows). Everything else goes on to the file handler.
 */
final class LinkRewriter extends Handler.Wrapper {

    /** Feeds, archive pages and playlists are small; a larger file is served as it is. */
    private static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    private final ServedFiles served;
    private final String writtenBase;

    /** @param writtenBase the base URL the files were written with, without a trailing slash */
    LinkRewriter(Handler files, ServedFiles served, String writtenBase) {
        super(files);
        this.served = served;
        this.writtenBase = writtenBase;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        String lower = path.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".xml") && !lower.endsWith(".m3u")) {
            return super.handle(request, response, callback);
        }
        Path file = served.root().resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(served.root()) || !Files.isRegularFile(file) || !served.isPublicFile(file)
                || Files.size(file) > MAX_BYTES) {
            return super.handle(request, response, callback);
        }
        String base = requestBase(request);
        byte[] body = Files.readString(file, StandardCharsets.UTF_8).replace(writtenBase + "/", base + "/")
                .getBytes(StandardCharsets.UTF_8);
        String etag = "\"" + ContentHash.sha256Hex(new String(body, StandardCharsets.ISO_8859_1)).substring(0, 24) + "\"";
        response.getHeaders().put(HttpHeader.ETAG, etag);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.ACCEPT_RANGES, "none");
        if (matches(request.getHeaders().getValuesList(HttpHeader.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MediaTypes.contentType(file.getFileName().toString()));
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
        return true;
    }

    /** The scheme, host and port the client used (its Host header, or what a proxy forwarded), else our own. */
    static String requestBase(Request request) {
        HttpURI uri = request.getHttpURI();
        String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = Request.getServerName(request);
        int port = Request.getServerPort(request);
        if (host == null || !HOST.matcher(host).matches() || !scheme.matches("https?")) {
            host = Request.getLocalAddr(request);
            host = host.contains(":") ? "[" + host + "]" : host;
            port = Request.getLocalPort(request);
            scheme = "http";
        } else if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        boolean defaultPort = port <= 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static boolean matches(List<String> ifNoneMatch, String etag) {
        for (String header : ifNoneMatch) {
            for (String candidate : header.split(",")) {
                String value = candidate.strip();
                // a weak comparison: gzip's "--gzip" suffix and a W/ prefix still name the same content
                value = value.startsWith("W/") ? value.substring(2) : value;
                value = value.replace("--gzip\"", "\"");
                if (value.equals("*") || value.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
