package org.marsad.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap. Past the cap it cancels the download: either failing with
 * {@link FetchException.Kind#TOO_LARGE} (for bodies we need whole) or keeping what came (for error pages and
 * redirects, whose bodies are not used).
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long cap;
    private final long declaredLength;
    private final boolean truncate;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    CappedBody(long cap, long declaredLength, boolean truncate) {
        this.cap = cap;
        this.declaredLength = declaredLength;
        this.truncate = truncate;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declaredLength > cap && !truncate) {
            s.cancel();
            result.completeExceptionally(tooLarge());
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int room = (int) Math.min(b.remaining(), cap - out.size());
            byte[] chunk = new byte[room];
            b.get(chunk);
            out.write(chunk, 0, room);
            if (b.hasRemaining()) {
                subscription.cancel();
                if (truncate) {
                    result.complete(out.toByteArray());
                } else {
                    result.completeExceptionally(tooLarge());
                }
                return;
            }
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    private FetchException tooLarge() {
        return new FetchException(FetchException.Kind.TOO_LARGE, "response body exceeds " + cap + " bytes");
    }
}
