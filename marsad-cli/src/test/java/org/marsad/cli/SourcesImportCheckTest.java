package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.source.Source;

/** {@code sources import}'s address check over a large OPML file's entries: a lookup per host, not per entry. */
class SourcesImportCheckTest {

    @Test
    void aLargeListIsCheckedWithOneLookupPerHostAndItsPrivateEntriesAreNamedInOrder() {
        AtomicInteger lookups = new AtomicInteger();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String host = i % 100 == 7 ? "intranet.example" : "feeds" + (i % 3) + ".example";
            sources.add(new Source("مصدر " + i, null, null, null, null,
                    List.of(URI.create("https://" + host + "/rss/" + i)), null, Duration.ofMinutes(15), false, null));
        }

        Map<Source, String> refused = SourcesCommand.privateAddresses(sources, host -> {
            lookups.incrementAndGet();
            return List.of(InetAddress.getByName(host.startsWith("intranet") ? "192.168.0.9" : "93.184.216.34"));
        });

        assertThat(lookups).hasValue(4);
        assertThat(refused.keySet()).extracting(Source::name).containsExactly("مصدر 7", "مصدر 107", "مصدر 207");
        assertThat(refused.values()).allSatisfy(why -> assertThat(why).contains("192.168.0.9"));
    }
}
