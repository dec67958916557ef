package io.github.narrator.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A response body read up to a byte limit: the rest is never downloaded, so a 50 MB page costs
 * only the limit in memory.
 */
record CappedBody(byte[] bytes, boolean truncated) {

    static BodySubscriber<CappedBody> subscriber(long maxBytes) {
        return new Subscriber(maxBytes);
    }

    private static final class Subscriber implements BodySubscriber<CappedBody> {
        private final long maxBytes;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private final CompletableFuture<CappedBody> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        Subscriber(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public CompletionStage<CappedBody> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer item : items) {
                int room = (int) Math.min(item.remaining(), maxBytes - buffer.size());
                byte[] chunk = new byte[room];
                item.get(chunk);
                buffer.write(chunk, 0, room);
                if (item.hasRemaining()) {
                    result.complete(new CappedBody(buffer.toByteArray(), true));
                    subscription.cancel();
                    return;
                }
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(new CappedBody(buffer.toByteArray(), false));
        }
    }
}
