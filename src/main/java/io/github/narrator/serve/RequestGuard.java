package io.github.narrator.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What every request goes through before a file is looked up: only GET, HEAD and OPTIONS (CORS
 * preflight); {@code /health} for load balancers; paths that could never name a public file
 * refused early; and the headers every response carries (CORS for web players, no sniffing).
 */
final class RequestGuard extends Handler.Wrapper {

    static final String HEALTH_PATH = "/health";

    private static final String ALLOWED_METHODS = "GET, HEAD, OPTIONS";
    private static final String SECURITY_POLICY =
            "default-src 'self'; img-src 'self' https: data:; object-src 'none'; base-uri 'none'; form-action 'none'";

    RequestGuard(Handler files) {
        super(files);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields.Mutable headers = response.getHeaders();
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, "Accept-Ranges, Content-Length, Content-Range, ETag, Last-Modified");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", SECURITY_POLICY);

        String method = request.getMethod();
        if (HttpMethod.OPTIONS.is(method)) {
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, ALLOWED_METHODS);
            headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, "Range, If-None-Match, If-Modified-Since, If-Range");
            headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, "86400");
            headers.put(HttpHeader.ALLOW, ALLOWED_METHODS);
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
            headers.put(HttpHeader.ALLOW, ALLOWED_METHODS);
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }

        String path = Request.getPathInContext(request);
        if (HEALTH_PATH.equals(path)) {
            health(request, response, callback);
            return true;
        }
        if (hasForbiddenBytes(request.getHttpURI().getPath())) {
            Response.writeError(request, response, callback, HttpStatus.BAD_REQUEST_400);
            return true;
        }
        if (!ServedFiles.isPublicPath(path)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static void health(Request request, Response response, Callback callback) {
        byte[] body = "ok\n".getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
    }

    /** An encoded NUL, control character or backslash in the raw path: never part of a file Narrator writes. */
    private static boolean hasForbiddenBytes(String rawPath) {
        if (rawPath == null) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        return lower.contains("%00") || lower.contains("%5c") || lower.contains("\\")
                || lower.matches(".*%[01][0-9a-f].*") || lower.contains("%7f");
    }
}
