package io.github.narrator.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import io.github.narrator.api.SubmitApi;

/**
 * Carries {@code /api/} requests to the {@link SubmitApi} and its answers back; every other path goes
 * on to the files. The body is read up to the API's limit and no further: a longer one is answered
 * 413 without being read whole.
 */
final class ApiHandler extends Handler.Wrapper {

    static final String PREFIX = "/api/";

    private final SubmitApi api;

    ApiHandler(SubmitApi api, Handler files) {
        super(files);
        this.api = api;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.startsWith(PREFIX) && !path.equals("/api")) {
            return super.handle(request, response, callback);
        }
        // The body is read blocking: off the thread that called (it may be the one that delivers the body).
        request.getComponents().getThreadPool().execute(() -> {
            try {
                answer(request, response, callback, path);
            } catch (Throwable e) {
                callback.failed(e);
            }
        });
        return true;
    }

    private void answer(Request request, Response response, Callback callback, String path) throws IOException {
        SubmitApi.Response answer = api.handle(new SubmitApi.Request(request.getMethod(), path,
                request.getHeaders().get(HttpHeader.AUTHORIZATION), request.getHeaders().get(HttpHeader.CONTENT_TYPE),
                body(request), Request.getRemoteAddr(request), origin(request.getHttpURI())));
        byte[] bytes = answer.bytes();
        response.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers().entrySet()) {
            response.getHeaders().put(header.getKey(), header.getValue());
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** The body, or null when it is longer than the API takes (by its Content-Length, or as it is read). */
    private byte @Nullable [] body(Request request) throws IOException {
        int limit = api.maxBodyBytes();
        if (!"POST".equals(request.getMethod()) || !api.enabled()) {
            return new byte[0];
        }
        if (request.getLength() > limit) {
            return null;
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] read = in.readNBytes(limit + 1);
            return read.length > limit ? null : read;
        }
    }

    /** {@code scheme://host:port/} as the client addressed this server (a proxy's X-Forwarded-* applied). */
    private static String origin(HttpURI uri) {
        String host = uri.getHost();
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return uri.getScheme() + "://" + shown + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/";
    }
}
