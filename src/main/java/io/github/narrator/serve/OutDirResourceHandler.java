package io.github.narrator.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.ResourceService;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;

import io.github.narrator.files.MediaTypes;

import org.jspecify.annotations.Nullable;

/**
 * Jetty's static file handler (byte ranges, conditional requests, HEAD) over {@code out/}, with
 * four changes:
 * <ul>
 *   <li>files are streamed from disk on every request, never cached in memory nor mapped, so memory
 *       stays bounded however many clients read however many files, and a file replaced atomically
 *       is served new at once;</li>
 *   <li>a file is only served when {@link ServedFiles#isPublicFile} allows it (symbolic links out of
 *       {@code out/}, hidden and private folders are "not found");</li>
 *   <li>the Content-Type is Narrator's (chapters, feed, transcript) and the ETag is strong, so that
 *       If-Range can match it;</li>
 *   <li>{@link RangeConditions} decides whether a Range header is honoured at all (Jetty 12.1 has no
 *       If-Range and answers 416 to a Range it cannot parse, where RFC 9110 says to ignore it).</li>
 * </ul>
 */
final class OutDirResourceHandler extends ResourceHandler {

    private final ServedFiles served;

    OutDirResourceHandler(ServedFiles served) {
        this.served = served;
    }

    @Override
    protected ResourceService newResourceService() {
        return new ResourceService() {
            @Override
            public void doGet(Request request, Response response, Callback callback, HttpContent content) {
                boolean honour = RangeConditions.honourRange(request.getHeaders(), content.getETagValue(),
                        content.getLastModifiedInstant());
                super.doGet(honour ? request : withoutRange(request), response, callback, content);
            }
        };
    }

    private static Request withoutRange(Request request) {
        HttpFields headers = HttpFields.build(request.getHeaders()).remove(HttpHeader.RANGE).remove(HttpHeader.IF_RANGE)
                .asImmutable();
        return new Request.Wrapper(request) {
            @Override
            public HttpFields getHeaders() {
                return headers;
            }
        };
    }

    @Override
    protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized bufferPool) {
        HttpContent.Factory files = new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), bufferPool);
        return pathInContext -> {
            HttpContent content = files.getContent(pathInContext);
            if (content == null) {
                return null;
            }
            Path file = content.getResource().getPath();
            if (file == null || !served.isPublicFile(file)) {
                return null;
            }
            return Files.isDirectory(file) ? content : new NarratorFileContent(content, file);
        };
    }

            /** A file with Narrator's Content-Type and a strong ETag from its identity, size and modification time. */
    private static final class NarratorFileContent extends HttpContent.Wrapper {

        private final HttpField contentType;
        private final HttpField etag;

        NarratorFileContent(HttpContent content, Path file) throws IOException {
            super(content);
            this.contentType = new HttpField(HttpHeader.CONTENT_TYPE, MediaTypes.contentType(file.getFileName().toString()));
            this.etag = new HttpField(HttpHeader.ETAG, strongEtag(file));
        }

        private static String strongEtag(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = attributes.fileKey();
            // Dots, not dashes: Jetty reads what follows a dash in an ETag as a content-coding suffix.
            return "\"" + Long.toHexString(attributes.lastModifiedTime().toMillis())
                    + "." + Long.toHexString(attributes.size())
                    + (key == null ? "" : "." + Integer.toHexString(key.hashCode())) + "\"";
        }

        @Override
        public HttpField getContentType() {
            return contentType;
        }

        @Override
        public @Nullable String getCharacterEncoding() {
            String value = contentType.getValue();
            int charset = value.indexOf("charset=");
            return charset < 0 ? null : value.substring(charset + "charset=".length());
        }

        @Override
        public MimeTypes.Type getMimeType() {
            return MimeTypes.CACHE.get(contentType.getValue());
        }

        @Override
        public HttpField getETag() {
            return etag;
        }
    }
}
