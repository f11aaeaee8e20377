package org.marsad.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.marsad.model.ArticleJson;
import org.marsad.watch.deliver.AlertMail;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.Delivery.Channel;
import org.marsad.watch.deliver.Delivery.Status;
import org.marsad.watch.deliver.MailSender;
import org.marsad.watch.deliver.SendOutcome;
import org.marsad.watch.deliver.WebhookSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background side of watches: one loop thread matches new articles, queues due digests and hands due
 * deliveries to a few sender threads; each attempt's outcome is written back to the queue (delivered, retried
 * later with backoff, or held and the channel paused). Woken when articles are stored or a send ends; otherwise
 * it looks again every {@link #POLL}, which also catches articles stored and watches changed by other processes.
 */
final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    static final Duration POLL = Duration.ofSeconds(2);
    private static final int PAGE = 100;

    private final Watches watches;
    private final WatchStore db;
    private final WebhookSender webhooks;
    private final MailSender mail;
    private final Watches.Settings settings;
    private final Thread loop;
    private final ExecutorService senders;
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean closed;

    DeliveryWorker(Watches watches, WatchStore db, WebhookSender webhooks, MailSender mail,
                   Watches.Settings settings) {
        this.watches = watches;
        this.db = db;
        this.webhooks = webhooks;
        this.mail = mail;
        this.settings = settings;
        this.senders = Executors.newFixedThreadPool(settings.senders(), r -> {
            Thread t = new Thread(r, "marsad-watch-sender");
            t.setDaemon(true);
            return t;
        });
        this.loop = new Thread(this::run, "marsad-watch");
        loop.setDaemon(true);
    }

    void start() {
        loop.start();
    }

    void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    private void run() {
        while (!closed) {
            Duration wait = POLL;
            try {
                watches.matchNew();
                watches.digestsDue();
                wait = dispatch();
            } catch (RuntimeException e) {
                LOG.warn("watches: {}", e.getMessage(), e);
            }
            synchronized (signal) {
                if (!woken && !closed && !wait.isZero()) {
                    try {
                        signal.wait(Math.max(1, wait.toMillis()));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /** Hands due deliveries to the senders; returns how long to wait before looking again. */
    private Duration dispatch() {
        Instant now = settings.clock().instant();
        List<Delivery> due = db.read(tx -> tx.due(now, PAGE + inFlight.size()));
        int submitted = 0;
        for (Delivery d : due) {
            if (inFlight.add(d.id())) {
                submitted++;
                senders.execute(() -> {
                    try {
                        send(d);
                    } catch (RuntimeException e) {
                        LOG.warn("watch {}: delivery {} failed: {}", d.watchId(), d.id(), e.getMessage(), e);
                    } finally {
                        inFlight.remove(d.id());
                        wake();
                    }
                });
            }
        }
        if (submitted >= PAGE) {
            return Duration.ZERO;
        }
        Duration wait = POLL;
        Optional<Instant> next = db.read(tx -> tx.nextDue(now));
        if (next.isPresent()) {
            wait = min(wait, Duration.between(now, next.get()));
        }
        Optional<Instant> digest = watches.nextDigest();
        if (digest.isPresent()) {
            wait = min(wait, Duration.between(now, digest.get()));
        }
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One attempt, and its outcome recorded. */
    void send(Delivery listed) {
        // The dispatcher's list may be older than the last attempt (it was read while that attempt was in flight):
        // act on the delivery as stored now, and only if it is still due, so a retry never comes before its backoff
        // and every attempt is counted.
        Instant asked = settings.clock().instant();
        Delivery d = db.read(tx -> tx.delivery(listed.id())).orElse(null);
        if (d == null || d.status() != Status.PENDING || d.attempts() != listed.attempts()
                || d.nextAttempt() != null && d.nextAttempt().isAfter(asked)) {
            return;
        }
        Watch w = db.read(tx -> tx.watch(d.watchId())).orElse(null);
        if (w == null) {
            return; // deleted meanwhile, with its deliveries
        }
        int attempts = d.attempts() + 1;
        String gone = channelGone(w, d.channel());
        if (gone != null) {
            // Nowhere to send it: dropped, and no channel to pause (a paused one would come back on every edit).
            Instant dropped = settings.clock().instant();
            db.write(tx -> {
                tx.recordAttempt(d.id(), Status.FAILED, attempts, null, null, gone, dropped);
                return null;
            });
            return;
        }
        SendOutcome outcome = attempt(w, d);
        Instant now = settings.clock().instant();
        db.write(tx -> {
            if (outcome instanceof SendOutcome.Delivered ok) {
                tx.recordAttempt(d.id(), Status.DELIVERED, attempts, null, ok.status(), null, now);
            } else if (outcome instanceof SendOutcome.Retry r && attempts < settings.retry().maxAttempts()) {
                Duration delay = settings.retry().delayAfter(attempts, r.retryAfter());
                tx.recordAttempt(d.id(), Status.PENDING, attempts, now.plus(delay), r.status(), r.error(), now);
                // The rest of the receiver's queue, every watch's, waits for this retry instead of each meeting the
                // same outage.
                tx.waitBehind(d.id(), d.channel(), receiver(w, d.channel()), now.plus(delay), now);
            } else if (outcome instanceof SendOutcome.Retry r) {
                // The delivery that wore out the retries is held with the ones queued behind it, not dropped: when
                // the owner has fixed the receiver and edits the watch, every alert of the outage goes, this one too.
                tx.recordAttempt(d.id(), Status.HELD, attempts, null, r.status(), r.error(), now);
                tx.pause(w.id(), d.channel(), "paused after " + attempts + " failed attempts: " + r.error(), now);
            } else if (outcome instanceof SendOutcome.Failed f) {
                // A refusal (a wrong URL, no mail server yet) is fixed by the owner or the administrator, and the
                // alert is still worth having then: held like the rest, sent when the channel resumes.
                tx.recordAttempt(d.id(), Status.HELD, attempts, null, f.status(), f.error(), now);
                tx.pause(w.id(), d.channel(), refusedReason(f.error()), now);
            }
            return null;
        });
    }

    /** The pause reason of a channel stopped by a refusal (the watch list and the pages show it). */
    static String refusedReason(String error) {
        return "paused: " + error;
    }

    /** Why the watch no longer has the delivery's channel (its owner removed it), or null when it still has it. */
    private static String channelGone(Watch w, Channel channel) {
        if (channel == Channel.WEBHOOK) {
            return w.spec().webhookUrl() == null ? "the watch has no webhook any more" : null;
        }
        return w.spec().email() == null ? "the watch has no e-mail address any more" : null;
    }

    /** Where the watch sends a channel's deliveries: its webhook URL or its e-mail address. */
    private static String receiver(Watch w, Channel channel) {
        return channel == Channel.WEBHOOK ? w.spec().webhookUrl().toString() : w.spec().email();
    }

    private SendOutcome attempt(Watch w, Delivery d) {
        if (d.channel() == Channel.WEBHOOK) {
            return webhooks.send(w.spec().webhookUrl(), w.spec().webhookSecret(), w.spec().allowPrivate(), d.id(),
                    d.payload());
        }
        AlertMail m;
        try {
            m = AlertMail.of(ArticleJson.mapper().readTree(d.payload()));
        } catch (JsonProcessingException e) {
            return new SendOutcome.Failed(null, "unreadable payload: " + e.getOriginalMessage());
        }
        return mail.send(w.spec().email(), m.subject(), m.text(), m.html());
    }

    @Override
    public void close() {
        closed = true;
        wake();
        try {
            loop.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdown();
        try {
            if (!senders.awaitTermination(settings.sendTimeout().toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
