package org.marsad.ingest.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * A resolver for checking many URLs at once (an OPML file's feeds): each host is looked up once, its answer — the
 * addresses, or that it does not resolve — kept for the life of this object, and the distinct hosts can be looked
 * up a few at a time beforehand ({@link #prefetch}). Checking a list one URL after another through the system
 * resolver waited for one lookup per entry, a DNS timeout each for hosts that do not answer; the JVM's own cache
 * keeps a failed lookup only 10 s.
 */
public final class HostLookups implements AddressGuard.Resolver {
    private final AddressGuard.Resolver resolver;
    /** Host → its lookup: the addresses, or the {@link UnknownHostException} it gave. */
    private final Map<String, FutureTask<Object>> answers = new ConcurrentHashMap<>();

    public HostLookups(AddressGuard.Resolver resolver) {
        this.resolver = resolver;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<InetAddress> resolve(String host) throws UnknownHostException {
        FutureTask<Object> lookup = new FutureTask<>(() -> {
            try {
                return List.copyOf(resolver.resolve(host));
            } catch (UnknownHostException e) {
                return e;
            }
        });
        FutureTask<Object> first = answers.putIfAbsent(host, lookup);
        if (first == null) {
            first = lookup;
            lookup.run(); // (outside the map's locks: lookups of other hosts go on meanwhile)
        }
        Object answer;
        try {
            answer = first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnknownHostException(host + ": lookup interrupted");
        } catch (ExecutionException e) {
            answers.remove(host, first);
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
        if (answer instanceof UnknownHostException e) {
            throw e;
        }
        return (List<InetAddress>) answer;
    }

    /**
     * Looks up the hosts of these URLs, each once, on up to {@code threads} threads, and returns when all have
     * answered (or failed). URLs without a host are passed over; the guard refuses them without a lookup.
     */
    public void prefetch(Collection<URI> urls, int threads) {
        Set<String> hosts = new LinkedHashSet<>();
        for (URI u : urls) {
            String host = u.getHost();
            if (host != null && !host.isEmpty()) {
                // as AddressGuard asks for it: an IPv6 literal without its brackets
                hosts.add(host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
            }
        }
        hosts.removeAll(answers.keySet());
        if (hosts.size() <= 1 || threads <= 1) {
            hosts.forEach(this::lookUpQuietly);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, hosts.size()), r -> {
            Thread t = new Thread(r, "host-lookup");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (String host : hosts) {
                pending.add(pool.submit(() -> lookUpQuietly(host)));
            }
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // a resolver that threw something unexpected: that host is looked up again when checked
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void lookUpQuietly(String host) {
        try {
            resolve(host);
        } catch (UnknownHostException e) {
            // kept in answers: the check that asks for this host reads it from there
        }
    }
}
