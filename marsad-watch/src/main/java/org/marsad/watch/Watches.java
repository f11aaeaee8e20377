package org.marsad.watch;

import java.net.URI;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.marsad.enrich.story.Story;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.model.Article;
import org.marsad.search.QuerySyntaxException;
import org.marsad.search.SearchRequest;
import org.marsad.store.Archive;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoredArticle;
import org.marsad.watch.AlertPolicy.Reason;
import org.marsad.watch.Watch.WatchSpec;
import org.marsad.watch.WatchStore.AlertRow;
import org.marsad.watch.deliver.Delivery;
import org.marsad.watch.deliver.MailSender;
import org.marsad.watch.deliver.RetryPolicy;
import org.marsad.watch.deliver.SmtpSettings;
import org.marsad.watch.deliver.WebhookSender;
import org.marsad.watch.match.WatchMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches over one archive: saving them, matching each newly stored article against all of them, deciding the
 * alerts ({@link AlertPolicy}), queueing deliveries, digests, and sending (once {@link #start}ed).
 *
 * <pre>{@code
 * Watches watches = Watches.open(archive, Watches.Settings.of(URI.create("https://marsad.example/")));
 * watches.start();                 // the server: match and deliver in the background
 * ... archive.save(...); watches.articlesStored();   // after each stored, enriched batch
 * }</pre>
 *
 * <p>Matching follows the store's change counter: every article stored after the last one matched is matched,
 * whichever process stored it, and the counter is saved in the same transaction as the alerts and deliveries it
 * produced, so a restart neither loses nor repeats alerts. The first start begins at the store's end (no alerts
 * for the archive already there); a new watch only alerts on articles stored after it was made.
 *
 * <p>Thread safety: every method may be called from any thread.
 */
public final class Watches implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Watches.class);
    static final int MAX_NAME = 200;
    static final int MAX_QUERY = 2_000;
    private static final int BATCH = 200;
    /** How many articles a watch's feed lists. */
    static final int FEED_SIZE = 50;
    /** How long an article stored without enrichment (story, copies) holds matching back before it is matched. */
    private static final Duration ENRICHMENT_GRACE = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Archive archive;
    private final Settings settings;
    private final WatchStore db;
    private final WatchMatcher matcher;
    private final WebhookSender webhooks;
    private final MailSender mail;
    private volatile Map<Long, Watch> registered = Map.of();
    private long loadedVersion = -1;
    private final Map<String, Instant> waitingForEnrichment = new HashMap<>();
    private volatile URI baseUrl;
    private volatile DeliveryWorker worker;
    private final Object startLock = new Object();

    /**
     * How watches run.
     *
     * @param baseUrl     this Marsad's public address, for the links in alerts
     * @param smtp        the mail server, or null (e-mail deliveries then fail, saying so)
     * @param retry       webhook and mail retries
     * @param sendTimeout time allowed for one webhook request or SMTP conversation
     * @param guard       the SSRF guard for webhook targets
     * @param clock       now
     * @param senders     deliveries sent at a time
     */
    public record Settings(URI baseUrl, SmtpSettings smtp, RetryPolicy retry, Duration sendTimeout,
                           AddressGuard guard, Clock clock, int senders) {
        public Settings {
            Objects.requireNonNull(baseUrl, "baseUrl");
            baseUrl = baseUrl.toString().endsWith("/") ? baseUrl : URI.create(baseUrl + "/");
            retry = retry == null ? RetryPolicy.DEFAULT : retry;
            sendTimeout = sendTimeout == null ? Duration.ofSeconds(10) : sendTimeout;
            guard = guard == null ? new AddressGuard(AddressGuard.SYSTEM) : guard;
            clock = clock == null ? Clock.systemUTC() : clock;
            senders = Math.max(1, senders);
        }

        /** Defaults, with the mail server from the environment ({@link SmtpSettings#fromEnvironment}). */
        public static Settings of(URI baseUrl) {
            return new Settings(baseUrl, SmtpSettings.fromEnvironment(System.getenv()), null, null, null, null, 4);
        }

        public Settings withSmtp(SmtpSettings s) {
            return new Settings(baseUrl, s, retry, sendTimeout, guard, clock, senders);
        }

        public Settings withRetry(RetryPolicy r) {
            return new Settings(baseUrl, smtp, r, sendTimeout, guard, clock, senders);
        }

        public Settings withClock(Clock c) {
            return new Settings(baseUrl, smtp, retry, sendTimeout, guard, c, senders);
        }
    }

    private Watches(Archive archive, Settings settings) {
        this.archive = archive;
        this.matcher = new WatchMatcher(archive.entityNames(), archive.index().formCounts());
        this.settings = settings;
        this.db = new WatchStore(archive.store().database());
        this.baseUrl = settings.baseUrl();
        this.webhooks = new WebhookSender(settings.guard(), settings.sendTimeout(), settings.clock());
        this.mail = new MailSender(settings.smtp(), settings.sendTimeout());
    }

    /** Opens the watches of an archive and registers them for matching. Sends nothing until {@link #start}. */
    public static Watches open(Archive archive, Settings settings) {
        Watches w = new Watches(archive, settings);
        long storeEnd = archive.store().lastSeq();
        w.db.write(tx -> {
            if (tx.state("matched_seq") < 0) {
                tx.setState("matched_seq", storeEnd);
            }
            return null;
        });
        w.refresh();
        return w;
    }

    /** Starts matching and sending in the background (the running server). */
    public void start() {
        synchronized (startLock) {
            if (worker != null) {
                return;
            }
            resumeMailOnceConfigured();
            DeliveryWorker w = new DeliveryWorker(this, db, webhooks, mail, settings);
            w.start();
            worker = w;
        }
    }

    /**
     * E-mail channels stopped only because the sending process had no SMTP server resume, with their held alerts,
     * once a process that has one sends: the administrator's fix needs no edit of every watch by its owner.
     */
    private void resumeMailOnceConfigured() {
        if (!mail.configured()) {
            return;
        }
        Instant now = settings.clock().instant();
        int resumed = db.write(tx -> tx.resumePaused(Delivery.Channel.EMAIL,
                DeliveryWorker.refusedReason(MailSender.NOT_CONFIGURED), now));
        if (resumed > 0) {
            LOG.info("watches: e-mail resumed for {} watch(es) paused while no SMTP server was set", resumed);
        }
    }

    /**
     * For a process that does not stay up ({@code marsad run --once}): matches what is new, queues the digests
     * due, and makes one attempt at each delivery due now, in this thread. Retries wait for the next run.
     *
     * @return the number of deliveries attempted
     */
    public int runOnce() {
        resumeMailOnceConfigured();
        matchNew();
        digestsDue();
        DeliveryWorker once = new DeliveryWorker(this, db, webhooks, mail, settings);
        try {
            List<Delivery> due = db.read(tx -> tx.due(settings.clock().instant(), Integer.MAX_VALUE));
            due.forEach(once::send);
            return due.size();
        } finally {
            once.close();
        }
    }

    /**
     * Sets the address alerts link to, once it is known (a server bound to port 0, or moved to a free port, knows
     * it only after it started listening). Alerts already queued keep their links.
     */
    public void useBaseUrl(URI base) {
        this.baseUrl = base.toString().endsWith("/") ? base : URI.create(base + "/");
    }

    /** Tells the background worker that articles were stored: it matches them now rather than at its next poll. */
    public void articlesStored() {
        DeliveryWorker w = worker; // not under the lock: matching may hold it for a while
        if (w != null) {
            w.wake();
        }
    }

    // ------------------------------------------------------------------ saving watches

    /**
     * Saves a new watch. A webhook without a secret gets a random one (read it back from the watch).
     *
     * @throws WatchException when the spec is not acceptable (bad query, unreachable webhook, bad address …)
     */
    public Watch create(WatchSpec spec, String owner) {
        WatchSpec s = validate(spec);
        Instant now = settings.clock().instant();
        long since = archive.store().lastSeq();
        Watch w = db.write(tx -> tx.insert(s, owner, randomToken(), since,
                DigestSchedule.next(s.mode(), s.digestAt(), s.zone(), now), now));
        refresh();
        return w;
    }

    /**
     * Replaces what the owner chose; the watch is registered again with its new query. A channel paused after
     * failures is resumed, and its held deliveries are sent.
     *
     * @return the saved watch, or empty when there is none with this id
     * @throws WatchException when the spec is not acceptable
     */
    public Optional<Watch> update(long id, WatchSpec spec) {
        WatchSpec s = validate(spec);
        Instant now = settings.clock().instant();
        Optional<Watch> w = db.write(tx -> {
            Optional<Watch> old = tx.watch(id);
            if (old.isEmpty()) {
                return Optional.<Watch>empty();
            }
            Instant next = old.get().mode() == s.mode() && old.get().nextDigest() != null
                    && old.get().spec().digestAt().equals(s.digestAt()) && old.get().spec().zone().equals(s.zone())
                    ? old.get().nextDigest() : DigestSchedule.next(s.mode(), s.digestAt(), s.zone(), now);
            return Optional.of(tx.update(id, s, next, now));
        });
        refresh();
        articlesStored();
        return w;
    }

    /** Deletes a watch with its alerts and deliveries; false when there was none. */
    public boolean remove(long id) {
        boolean gone = db.write(tx -> tx.delete(id));
        refresh();
        return gone;
    }

    public Optional<Watch> get(long id) {
        return db.read(tx -> tx.watch(id));
    }

    /** Whether e-mail alerts can go out: an SMTP server is configured (else they stop at the first alert). */
    public boolean mailConfigured() {
        return mail.configured();
    }

    /** Every watch, by id. */
    public List<Watch> list() {
        return db.read(WatchStore.Tx::watches);
    }

    /** When the watch last alerted (an alert recorded, whatever its channels did), if ever. */
    public Optional<Instant> lastAlert(long watchId) {
        List<AlertRow> last = db.read(tx -> tx.recentAlerts(watchId, 1));
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0).createdAt());
    }

    /** The delivery log of a watch, newest first. */
    public List<Delivery> deliveries(long watchId, int limit) {
        return db.read(tx -> tx.deliveries(watchId, limit));
    }

    /**
     * The articles of a watch's newest alerts, newest first, for its feed: the newest {@value #FEED_SIZE} that are
     * still there to read, so an alert whose article was deleted or hidden since makes room for an older one rather
     * than shortening the feed. Empty when the id or the token is wrong (the two are not told apart).
     */
    public Optional<List<Article>> feed(long watchId, String token) {
        Optional<Watch> w = get(watchId);
        if (w.isEmpty() || token == null || !MessageDigest.isEqual(
                w.get().feedToken().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        List<Article> out = new ArrayList<>();
        long before = Long.MAX_VALUE;
        while (out.size() < FEED_SIZE) {
            long olderThan = before;
            List<AlertRow> page = db.read(tx -> tx.alertsBefore(watchId, olderThan, FEED_SIZE));
            for (AlertRow a : page) {
                if (out.size() < FEED_SIZE) {
                    archive.store().get(a.articleId()).ifPresent(out::add);
                }
            }
            if (page.size() < FEED_SIZE) {
                break;
            }
            before = page.get(page.size() - 1).id();
        }
        return Optional.of(out);
    }

    private WatchSpec validate(WatchSpec s) {
        if (s.name() == null || s.name().isBlank()) {
            throw new WatchException("name", "a watch needs a name", "اكتب اسما للمراقبة.");
        }
        if (s.name().length() > MAX_NAME) {
            throw new WatchException("name", "the name is longer than " + MAX_NAME + " characters",
                    "الاسم أطول من " + MAX_NAME + " حرف.");
        }
        if (s.query() == null || s.query().isBlank()) {
            throw new WatchException("query", "a watch needs a query", "اكتب عبارة البحث التي تراقبها.");
        }
        if (s.query().length() > MAX_QUERY) {
            throw new WatchException("query", "the query is longer than " + MAX_QUERY + " characters",
                    "عبارة البحث أطول من " + MAX_QUERY + " حرف.");
        }
        try {
            WatchMatcher.compile(s.query());
        } catch (QuerySyntaxException e) {
            throw new WatchException("query", e.getMessage(), QueryErrors.arabic(e));
        }
        String secret = s.webhookSecret();
        if (s.webhookUrl() != null) {
            String refused = webhooks.refusal(s.webhookUrl(), s.allowPrivate());
            if (refused != null) {
                // The guard's reason is English; the Arabic says what matters and keeps the address readable.
                throw new WatchException("webhook_url", "webhook: " + refused, refused.contains("non-public")
                        ? "عنوان الخطاف داخلي (شبكة خاصة أو الجهاز نفسه)؛ لا يسمح به إلا مدير."
                        : "لا يمكن الإرسال إلى عنوان الخطاف هذا: " + s.webhookUrl());
            }
            if (secret == null || secret.isBlank()) {
                secret = randomToken();
            }
        } else {
            secret = null;
        }
        String email = s.email() == null || s.email().isBlank() ? null : s.email().strip();
        if (email != null) {
            String bad = MailSender.invalidAddress(email);
            if (bad != null) {
                throw new WatchException("email", bad, "عنوان البريد الإلكتروني غير صالح.");
            }
        }
        return new WatchSpec(s.name().strip(), s.query().strip(), s.mode(), s.newOutlets(), s.digestAt(), s.zone(),
                s.webhookUrl(), secret, s.allowPrivate(), email, s.paused());
    }

    static String randomToken() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    // ------------------------------------------------------------------ matching

    /** Registers the watches again when they changed (here or in another process). */
    synchronized void refresh() {
        long version = db.read(tx -> tx.state("version"));
        if (version == loadedVersion) {
            return;
        }
        Map<Long, Watch> now = new LinkedHashMap<>();
        for (Watch w : list()) {
            now.put(w.id(), w);
        }
        for (Long gone : registered.keySet()) {
            if (!now.containsKey(gone)) {
                matcher.remove(gone);
            }
        }
        Map<Long, String> changed = new LinkedHashMap<>();
        for (Watch w : now.values()) {
            Watch before = registered.get(w.id());
            if (before == null || !before.query().equals(w.query())) {
                changed.put(w.id(), w.query());
            }
        }
        if (!changed.isEmpty()) {
            matcher.registerAll(changed);
        }
        registered = Map.copyOf(now);
        loadedVersion = version;
    }

    /**
     * Matches every article stored since the last one matched, records the alerts and queues their deliveries;
     * returns the number of alerts. Articles not yet enriched (story, copies) hold matching back for a while, so
     * that a republished copy is known as one when it is matched.
     */
    public synchronized int matchNew() {
        refresh();
        long cursor = db.read(tx -> tx.state("matched_seq"));
        // Read before the articles: an upkeep range is written with the articles it numbers.
        List<ArticleStore.UpkeepChanges> upkeep = archive.store().upkeepSince(cursor);
        List<StoredArticle> batch = new ArrayList<>();
        long[] passed = {cursor};
        int[] alerts = {0};
        Instant now = settings.clock().instant();
        try {
            archive.store().forEachSince(cursor, s -> {
                if (s.hidden()) {
                    // hidden by an editor before it was matched: readers never see it, watches neither
                    return;
                }
                if (seenBefore(upkeep, cursor, s.seq())) {
                    // An upgrade stored it again (its language found) after this follower had matched it: no news.
                    passed[0] = s.seq();
                    return;
                }
                if (s.article().story() == null && !enrichmentGivenUp(s.article().id(), now)) {
                    throw new NotYetEnriched();
                }
                batch.add(s);
                if (batch.size() >= BATCH) {
                    alerts[0] += matchBatch(batch);
                    batch.clear();
                }
            });
        } catch (NotYetEnriched stop) {
            // matched up to the article before it; the rest waits for the next call
        }
        if (!batch.isEmpty()) {
            alerts[0] += matchBatch(batch);
        }
        if (passed[0] > cursor && passed[0] > db.read(tx -> tx.state("matched_seq"))) {
            // Upkeep after the last article matched (a long upgrade pass): passed, not read again on every call.
            // Every article before it was matched above (or hidden, or upkeep too).
            long through = passed[0];
            db.write(tx -> {
                tx.setState("matched_seq", through);
                return null;
            });
        }
        return alerts[0];
    }

    private static boolean seenBefore(List<ArticleStore.UpkeepChanges> upkeep, long cursor, long seq) {
        for (ArticleStore.UpkeepChanges u : upkeep) {
            if (u.seenBy(cursor, seq)) {
                return true;
            }
        }
        return false;
    }

    private static final class NotYetEnriched extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotYetEnriched() {
            super(null, null, false, false);
        }
    }

    private boolean enrichmentGivenUp(String id, Instant now) {
        Instant first = waitingForEnrichment.computeIfAbsent(id, k -> now);
        if (Duration.between(first, now).compareTo(ENRICHMENT_GRACE) >= 0) {
            waitingForEnrichment.remove(id);
            return true;
        }
        return false;
    }

    private record Hit(StoredArticle stored, Watch watch) {
    }

    private int matchBatch(List<StoredArticle> batch) {
        Map<Long, Watch> watches = registered;
        List<Hit> hits = new ArrayList<>();
        Set<String> storyIds = new HashSet<>();
        for (StoredArticle s : batch) {
            waitingForEnrichment.remove(s.article().id());
            for (long id : matcher.match(s.article())) {
                Watch w = watches.get(id);
                if (w != null && !w.spec().paused() && s.seq() > w.sinceSeq()) {
                    hits.add(new Hit(s, w));
                    if (s.article().story() != null) {
                        storyIds.add(s.article().story());
                    }
                }
            }
        }
        // Story summaries are read before the transaction: the store runs one transaction at a time.
        Map<String, Story> stories = new HashMap<>();
        for (String id : storyIds) {
            archive.stories().story(id).ifPresent(st -> stories.put(id, st));
        }
        long last = batch.get(batch.size() - 1).seq();
        Instant now = settings.clock().instant();
        URI base = baseUrl;
        return db.write(tx -> {
            int n = 0;
            for (Hit h : hits) {
                Article a = h.stored().article();
                Watch w = h.watch();
                Optional<Reason> reason = AlertPolicy.decide(w.mode(), w.spec().newOutlets(), a, tx.history(w.id()));
                if (reason.isEmpty()) {
                    continue;
                }
                tx.insertAlert(w.id(), a.id(), AlertPolicy.storyOf(a), a.source(), reason.get(), now);
                n++;
                if (!w.mode().digest()) {
                    String payload = Payloads.alert(w, new Payloads.Item(reason.get(), a, stories.get(a.story())),
                            base, now);
                    enqueue(tx, w, Delivery.Kind.ALERT, payload, now);
                }
            }
            tx.setState("matched_seq", last);
            return n;
        });
    }

    private static void enqueue(WatchStore.Tx tx, Watch w, Delivery.Kind kind, String payload, Instant now)
            throws java.sql.SQLException {
        if (w.spec().webhookUrl() != null) {
            tx.enqueue(w.id(), Delivery.Channel.WEBHOOK, kind, payload, w.webhookPaused() != null, now);
        }
        if (w.spec().email() != null) {
            tx.enqueue(w.id(), Delivery.Channel.EMAIL, kind, payload, w.emailPaused() != null, now);
        }
    }

    /** Queues the digests that are due and schedules the next ones; returns how many digests were queued. */
    synchronized int digestsDue() {
        refresh();
        Instant now = settings.clock().instant();
        int n = 0;
        for (Watch w : registered.values()) {
            if (!w.mode().digest() || w.nextDigest() == null || w.nextDigest().isAfter(now)) {
                continue;
            }
            List<AlertRow> waiting = db.read(tx -> tx.undigested(w.id()));
            List<Payloads.Item> items = new ArrayList<>();
            for (AlertRow a : waiting) {
                Optional<Article> art = archive.store().get(a.articleId());
                if (art.isPresent()) {
                    Story st = a.storyId() == null ? null : archive.stories().story(a.storyId()).orElse(null);
                    items.add(new Payloads.Item(a.reason(), art.get(), st));
                }
            }
            Instant next = DigestSchedule.next(w.mode(), w.spec().digestAt(), w.spec().zone(), now);
            Instant from = waiting.isEmpty() ? now : waiting.get(0).createdAt();
            boolean sent = db.write(tx -> {
                boolean any = !items.isEmpty() && !w.spec().paused();
                if (any) {
                    String payload = Payloads.digest(w, items, from, now, baseUrl, now);
                    long marker = tx.nextId();
                    enqueue(tx, w, Delivery.Kind.DIGEST, payload, now);
                    tx.markDigested(waiting, marker);
                }
                tx.setNextDigest(w.id(), next);
                return any;
            });
            n += sent ? 1 : 0;
        }
        return n;
    }

    /** The soonest digest due among the watches, if any. */
    Optional<Instant> nextDigest() {
        return registered.values().stream().filter(w -> w.mode().digest()).map(Watch::nextDigest)
                .filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    // ------------------------------------------------------------------ testing a watch

    /** What a test of a watch found: the articles that match, and those that would have alerted. */
    public record TestResult(int matched, List<TestHit> alerts) {
    }

    /** An article that would have alerted, and why. */
    public record TestHit(Reason reason, Article article) {
    }

    /**
     * What the watch would have alerted on among the articles published in the last {@code days} days (in the
     * watch's time zone), newest first: search finds the matching articles and the watch's mode picks the alerts
     * (in story modes, the first article of each story).
     */
    public Optional<TestResult> test(long watchId, int days) {
        return get(watchId).map(w -> test(w.spec(), days));
    }

    /**
     * The same for a watch not saved yet.
     *
     * @throws WatchException when its query does not parse
     */
    public TestResult test(WatchSpec spec, int days) {
        try {
            WatchMatcher.compile(spec.query());
        } catch (QuerySyntaxException e) {
            throw new WatchException("query", e.getMessage(), QueryErrors.arabic(e));
        }
        LocalDate today = settings.clock().instant().atZone(spec.zone()).toLocalDate();
        SearchRequest r = new SearchRequest(spec.query(), null, null, today.minusDays(days), null,
                SearchRequest.Sort.DATE, 1000, 0);
        List<String> ids = archive.index().matchingIds(r);
        List<Article> found = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), 2_000))) {
            archive.store().get(id).ifPresent(found::add);
        }
        // Oldest first, as they would have arrived.
        List<Article> arrival = new ArrayList<>(found);
        java.util.Collections.reverse(arrival);
        AlertPolicy.Memory history = new AlertPolicy.Memory();
        List<TestHit> hits = new ArrayList<>();
        for (Article a : arrival) {
            history.offer(spec.mode(), spec.newOutlets(), a).ifPresent(reason -> hits.add(new TestHit(reason, a)));
        }
        java.util.Collections.reverse(hits);
        return new TestResult(found.size(), hits);
    }

    @Override
    public void close() {
        DeliveryWorker w;
        synchronized (startLock) {
            w = worker;
            worker = null;
        }
        if (w != null) {
            w.close();
        }
        matcher.close();
    }
}
