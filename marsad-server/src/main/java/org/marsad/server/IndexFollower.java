package org.marsad.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.marsad.store.Archive;
import org.marsad.store.StoredArticle;

/**
 * The server's catch-up loop: keeps the derived state following the store. Each tick (a fraction of a second) it
 * reads the store's change counter; when other processes stored articles, it enriches and indexes them; it makes
 * what is indexed searchable (near-real-time refresh), tells the {@link ArticleListener}s, commits the index now
 * and then, and runs requests handed over by other commands (reindex). Failures are logged and retried on the next
 * tick; nothing here can stop the server.
 */
final class IndexFollower implements Runnable {
    /** How often the store's change counter is read. */
    static final Duration TICK = Duration.ofMillis(200);
    /** Uncommitted index changes are committed after this long: a crash redoes at most this much. */
    static final Duration COMMIT_INTERVAL = Duration.ofSeconds(5);
    private static final int DELIVERY_PAGE = 500;
    /** Store changes caught up (enriched and indexed) between two refreshes of what searches see. */
    static final int CATCH_UP_PART = 100;

    private final Archive archive;
    private final ServerRequests requests;
    private final Clock clock;
    private final Consumer<String> log;
    private final List<ArticleListener> listeners = new CopyOnWriteArrayList<>();
    private final Object wake = new Object();
    /**
     * Held for a whole {@link #tick}: the server's close runs a last round while the loop's thread may still be in
     * one (its join waits a while, not for ever), and two rounds at once would tell the listeners the same articles
     * twice, on two threads, and run a request both read as pending.
     */
    private final Object round = new Object();
    private volatile boolean stopping;
    private volatile long notifiedSeq;
    private volatile long storeSeq;
    private volatile String lastError;
    // False until the story state and entity resolver are open (see openEnrichers).
    private volatile boolean enrichersOpen;
    /** How long a round gives an upgrade's figure refresh before it catches up, delivers and commits. */
    static final Duration UPGRADE_SLICE = Duration.ofMillis(500);
    /** How often a long language pass says how far it is. */
    static final Duration LANGUAGES_SAY_EVERY = Duration.ofMinutes(1);
    private Instant lastCommit;

    IndexFollower(Archive archive, ServerRequests requests, Clock clock, Consumer<String> log) {
        this.archive = archive;
        this.requests = requests;
        this.clock = clock;
        this.log = log;
        // A background rebuild indexes the whole store again: listeners hear only of what is stored from now on.
        long from = archive.rebuildProgress().isPresent() ? archive.store().lastSeq() : archive.indexedSeq();
        this.notifiedSeq = from;
        this.storeSeq = from;
        this.lastCommit = clock.instant();
    }

    void addListener(ArticleListener l) {
        listeners.add(l);
    }

    @Override
    public void run() {
        openEnrichers();
        while (!stopping) {
            tick();
            synchronized (wake) {
                if (!stopping) {
                    try {
                        // An upgrade's refresh goes on at once, between rounds that catch up and commit.
                        wake.wait(archive.upgradeProgress().isPresent() ? 1 : TICK.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    /**
     * Opens the story state (replaying the decisions when this version's rules or join gate differ from the state
     * file's: minutes at a million articles) and the entity resolver, on this thread, after the web server has
     * started: searches, pages and the API answer meanwhile (from the stored decisions); saves wait for it.
     */
    private void openEnrichers() {
        if (archive.enriches()) {
            try {
                archive.storyIndexer();
                // Rebuilds the entity resolver, so that articles others store get their entities as it catches up.
                archive.entityIndexer();
            } catch (RuntimeException e) {
                // The first save or catch-up opens them again, and says why if it fails again.
                log.accept("marsad: opening the story state failed (retried on the next save): " + e.getMessage());
            }
        }
        enrichersOpen = true;
    }

    /** How often a background rebuild says how far it is. */
    static final Duration REBUILD_SAY_EVERY = Duration.ofSeconds(10);
    // When the rebuild last said how far it was (nanoTime): a restored archive of 100,000 articles rebuilds for
    // minutes, and a log that says nothing meanwhile looks like a hung server.
    private long rebuildSaidAt = System.nanoTime();

    private void sayRebuildProgress() {
        if (System.nanoTime() - rebuildSaidAt < REBUILD_SAY_EVERY.toNanos()) {
            return;
        }
        rebuildSaidAt = System.nanoTime();
        archive.rebuildProgress().ifPresent(r -> log.accept("marsad: rebuilding the search index: " + r.indexed()
                + " of " + r.total() + " articles indexed"));
    }

    // When the language pass last said how far it was (nanoTime), so that a long pass says it about once a minute.
    private long languagesSaidAt = System.nanoTime();

    /** Says when a step of the upgrade's background work ends, and how far the language pass is now and then. */
    private void logUpgrade(Archive.UpgradeProgress before, java.util.Optional<Archive.UpgradeProgress> now) {
        if (!before.figuresDone() && now.map(u -> u.figuresDone()).orElse(true)) {
            log.accept("marsad: upgraded: every article's figures are found under this version's rules");
        }
        Archive.LanguagesProgress was = before.languages();
        if (was == null) {
            return;
        }
        Archive.LanguagesProgress is = now.map(Archive.UpgradeProgress::languages).orElse(null);
        if (was.rowsRead() == 0 && (is == null || is.rowsRead() > 0)) {
            log.accept("marsad: upgrading: article languages: the pass began (" + was.rowsTotal() + " rows to read)");
        }
        if (is == null) {
            log.accept("marsad: upgraded: every article stored without a language has the one its text is in ("
                    + archive.languagesGiven() + " given one by this run); lang: searches find them all");
        } else if (now.get().figuresDone() && is.rowsRead() > was.rowsRead()
                && System.nanoTime() - languagesSaidAt >= LANGUAGES_SAY_EVERY.toNanos()) {
            languagesSaidAt = System.nanoTime();
            log.accept("marsad: upgrading: article languages, " + is.rowsRead() + " of " + is.rowsTotal()
                    + " rows read, " + is.given() + " articles given one");
        }
    }

    /** One round: catch up, refresh, deliver, commit when due, run requests; after any round under way ends. */
    void tick() {
        synchronized (round) {
            oneRound();
        }
    }

    private void oneRound() {
        try {
            // A rebuild left by opening goes on in parts (saves and edits run between them) until done or stopped;
            // a stop leaves the rest to the next open, which resumes it.
            boolean rebuilding = archive.rebuildProgress().isPresent();
            while (!stopping && archive.rebuildStep()) {
                storeSeq = archive.store().lastSeq();
                sayRebuildProgress();
            }
            if (rebuilding && archive.rebuildProgress().isEmpty()) {
                log.accept("marsad: the search index is rebuilt; searches read it now");
                lastCommit = clock.instant();
            }
            java.util.Optional<Archive.UpgradeProgress> upgradeWas = archive.upgradeProgress();
            long sliceEnd = System.nanoTime() + UPGRADE_SLICE.toNanos();
            while (!stopping && System.nanoTime() < sliceEnd && archive.upgradeStep()) {
                // pages of the refresh until the slice is used
            }
            if (upgradeWas.isPresent()) {
                // What the refresh indexed becomes visible: refreshed figures show as they are reached.
                archive.refresh();
                logUpgrade(upgradeWas.get(), archive.upgradeProgress());
            }
            storeSeq = archive.store().lastSeq();
            // In parts, each made searchable (and counted on the pages) before the next is enriched: a large batch
            // stored by another command shows up as it is indexed, not all at once at the end. A stop leaves the rest
            // after the current part: what is indexed is committed on close, and the next start catches up the rest.
            // While a shared index is known to be unreachable its breaker tries it in the background: the catch-up
            // waits for that (before, each tick took the workers' enrichment lock to be refused, and logged it).
            while (!stopping && storeSeq > archive.indexedSeq() && archive.index().unreachableSince().isEmpty()) {
                long before = archive.indexedSeq();
                archive.catchUpPart(CATCH_UP_PART);
                if (archive.indexedSeq() == before) {
                    break;
                }
                deliver();
                // Between parts too: a crash during a long catch-up redoes at most COMMIT_INTERVAL of it, not all.
                commitWhenDue();
                if (!stopping) {
                    // A command waiting on its request (reindex, enrich) need not wait for all of a large catch-up.
                    runRequests();
                }
            }
            deliver();
            commitWhenDue();
            if (!stopping) {
                // A stop starts no request (a reindex takes minutes): it stays pending, and the next start runs it,
                // as the waiting command is told.
                runRequests();
            }
            lastError = null;
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            if (!message.equals(lastError)) {
                log.accept("marsad: catching up with the store failed (retrying): " + message);
            }
            lastError = message;
        }
    }

    /** Commits what was indexed since the last commit, once {@link #COMMIT_INTERVAL} has passed since it. */
    private void commitWhenDue() {
        Instant now = clock.instant();
        if (archive.indexedSeq() != archive.committedSeq()
                && Duration.between(lastCommit, now).compareTo(COMMIT_INTERVAL) >= 0) {
            archive.commit();
            lastCommit = now;
        }
    }

    private void deliver() {
        long indexed = archive.indexedSeq();
        if (indexed <= notifiedSeq) {
            return;
        }
        archive.refresh();
        if (listeners.isEmpty()) {
            notifiedSeq = indexed;
            return;
        }
        while (notifiedSeq < indexed) {
            List<StoredArticle> batch = new ArrayList<>();
            long read = notifiedSeq;
            for (StoredArticle s : archive.store().since(notifiedSeq, DELIVERY_PAGE)) {
                if (s.seq() <= indexed) {
                    read = s.seq();
                    // hidden by an editor: readers never see it, listeners neither
                    if (!s.hidden()) {
                        batch.add(s);
                    }
                }
            }
            if (read == notifiedSeq) {
                // What was indexed changed again meanwhile: its newer version comes with the next tick.
                notifiedSeq = indexed;
                return;
            }
            if (batch.isEmpty()) {
                notifiedSeq = read;
                continue;
            }
            for (ArticleListener l : listeners) {
                try {
                    l.onArticles(List.copyOf(batch));
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    log.accept("marsad: an article listener failed (" + l.getClass().getName() + "): " + e);
                }
            }
            notifiedSeq = read;
        }
    }

    private void runRequests() {
        for (ServerRequests.Request r : requests.pending()) {
            requests.started(r.id(), clock.instant());
            boolean reindex = ServerRequests.REINDEX.equals(r.kind());
            boolean enrich = ServerRequests.ENRICH.equals(r.kind()) || ServerRequests.ENRICH_ALL.equals(r.kind());
            if (!reindex && !enrich) {
                requests.finished(r.id(), false, "unknown request '" + r.kind() + "'", clock.instant());
                continue;
            }
            long start = System.nanoTime();
            try {
                long n = reindex ? archive.reindex()
                        : archive.enrichStored(ServerRequests.ENRICH_ALL.equals(r.kind()), seen -> { });
                lastCommit = clock.instant();
                String outcome = String.format(java.util.Locale.ROOT,
                        reindex ? "reindexed %d articles in %.1f s" : "found the entities of %d articles in %.1f s",
                        n, (System.nanoTime() - start) / 1e9);
                requests.finished(r.id(), true, outcome, clock.instant());
                log.accept("marsad: " + outcome + " (requested by another command)");
            } catch (RuntimeException e) {
                requests.finished(r.id(), false, r.kind() + " failed: " + e.getMessage(), clock.instant());
            }
        }
    }

    /** Store changes not yet searchable (0 when the index has caught up). */
    long lag() {
        return Math.max(0, Math.max(storeSeq, archive.store().lastSeq()) - archive.indexedSeq());
    }

    /** What /healthz says about the index. */
    Map<String, Object> health() {
        Map<String, Object> o = new LinkedHashMap<>();
        long store = archive.store().lastSeq();
        o.put("lag", Math.max(0, store - archive.indexedSeq()));
        o.put("store_seq", store);
        o.put("indexed_seq", archive.indexedSeq());
        o.put("committed_seq", archive.committedSeq());
        o.put("last_error", lastError);
        archive.rebuildProgress().ifPresent(r -> {
            Map<String, Object> b = new LinkedHashMap<>();
            // A code for monitoring to match on; the reason is the same in words and may be reworded.
            b.put("cause", r.cause().name());
            b.put("reason", r.reason());
            b.put("indexed", r.indexed());
            b.put("total", r.total());
            b.put("searches", r.oldIndexServed() ? "old index" : "unavailable");
            o.put("rebuild", b);
        });
        java.util.Optional<Archive.UpgradeProgress> upgrade = archive.upgradeProgress();
        if (upgrade.isPresent() || !enrichersOpen) {
            // "upgrading: N of M" while an upgrade's figure refresh runs; the story state may be replaying first.
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("says", "upgrading: " + upgrade.map(Archive.UpgradeProgress::says).orElse("figures done"));
            u.put("figures_done", upgrade.map(Archive.UpgradeProgress::figuresPassed).orElse(null));
            u.put("figures_total", upgrade.map(Archive.UpgradeProgress::figuresTotal).orElse(null));
            upgrade.map(Archive.UpgradeProgress::languages).ifPresent(l -> {
                u.put("languages_rows_read", l.rowsRead());
                u.put("languages_rows_total", l.rowsTotal());
                u.put("languages_given", l.given());
            });
            u.put("stories", enrichersOpen ? "open" : "opening");
            o.put("upgrade", u);
        }
        return o;
    }

    /**
     * Ends the loop: a catch-up under way stops after its current part (the rest waits for the next start, which
     * catches it up from what was committed); a rebuild stops between its steps; a request under way finishes, and
     * no other starts (the next start runs it); the merge that ends a rebuild is left unfinished, for the archive's
     * close to drop. Returns at once; the loop's thread ends after that part.
     */
    void stop() {
        stopping = true;
        archive.stopCompacting();
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Wakes the loop now (e.g. a command just handed over a request). */
    void wake() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }
}
