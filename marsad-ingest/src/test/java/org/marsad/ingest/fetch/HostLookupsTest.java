package org.marsad.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Checking many URLs through {@link HostLookups}: one lookup per host, the distinct hosts several at a time. */
class HostLookupsTest {

    @Test
    void eachHostIsLookedUpOnceHoweverManyUrlsNameItAndAnUnresolvedHostStaysUnresolved() throws Exception {
        Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        HostLookups lookups = new HostLookups(host -> {
            asked.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            if (host.equals("gone.example")) {
                throw new UnknownHostException(host);
            }
            return List.of(InetAddress.getByName(host.equals("intranet.example") ? "10.1.2.3" : "93.184.216.34"));
        });
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String host = List.of("news.example", "intranet.example", "gone.example").get(i % 3);
            urls.add(URI.create("https://" + host + "/feed/" + i + ".xml"));
        }
        lookups.prefetch(urls, 8);
        AddressGuard guard = new AddressGuard(lookups);
        int refused = 0;
        int unresolved = 0;
        for (URI u : urls) {
            try {
                refused += guard.check(u, false) == null ? 0 : 1;
            } catch (UnknownHostException e) {
                unresolved++;
            }
        }

        assertThat(refused).isEqualTo(67);
        assertThat(unresolved).isEqualTo(66);
        assertThat(asked).containsOnlyKeys("news.example", "intranet.example", "gone.example");
        assertThat(asked.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(1));
        assertThatThrownBy(() -> lookups.resolve("gone.example")).isInstanceOf(UnknownHostException.class);
    }

    @Test
    void distinctHostsAreLookedUpSeveralAtATime() {
        // Four lookups meet at a barrier: one after another, the first would wait there until it timed out.
        CyclicBarrier together = new CyclicBarrier(4);
        AtomicInteger met = new AtomicInteger();
        HostLookups lookups = new HostLookups(host -> {
            try {
                together.await(20, TimeUnit.SECONDS);
                met.incrementAndGet();
            } catch (Exception e) {
                throw new UnknownHostException(host + ": alone at the barrier");
            }
            return List.of(InetAddress.getByName("93.184.216.34"));
        });

        lookups.prefetch(List.of(URI.create("https://a.example/f"), URI.create("https://b.example/f"),
                URI.create("https://c.example/f"), URI.create("https://d.example/f")), 4);

        assertThat(met).hasValue(4);
    }
}
