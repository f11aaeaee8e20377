package org.marsad.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.fetch.AddressGuard;
import org.marsad.store.Archive;

/** The import shared by {@code sources import} and the sources page: its checks, look-ups and bounds. */
class SourcesImportTest {
    private static final AddressGuard.Resolver HOSTS = host -> List.of(InetAddress.getByName(
            host.startsWith("intranet") ? "192.168.0.9" : "93.184.216.34"));

    @TempDir
    Path dir;

    @Test
    void aLargeListIsCheckedWithOneLookupPerHostAndItsPrivateEntriesAreNamedInOrder() {
        AtomicInteger lookups = new AtomicInteger();
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String host = i % 100 == 7 ? "intranet.example" : "feeds" + (i % 3) + ".example";
            sources.add(source("مصدر " + i, "https://" + host + "/rss/" + i));
        }

        Map<Source, SourcesImport.Refusal> refused = SourcesImport.privateAddresses(sources, host -> {
            lookups.incrementAndGet();
            return HOSTS.resolve(host);
        });

        assertThat(lookups).hasValue(4);
        assertThat(refused.keySet()).extracting(Source::name).containsExactly("مصدر 7", "مصدر 107", "مصدر 207");
        assertThat(refused.values()).allSatisfy(why -> assertThat(why.line()).contains("192.168.0.9")
                .startsWith("https://intranet.example/rss/"));
    }

    @Test
    void anImportAddsTheNewSaysWhichWereThereAndRefusesPrivateOnesLeavingTheStoredAsTheyWere() {
        try (Archive archive = Archive.open(dir, null)) {
            SourceRegistry registry = new SourceRegistry(archive.store().database());
            Source kept = source("الجزيرة", "https://feeds1.example/old.xml");
            registry.add(kept, Instant.EPOCH);

            SourcesImport.Outcome done = SourcesImport.run(List.of(source("العربية", "https://feeds0.example/a"),
                    source("الجزيرة", "https://feeds1.example/new.xml"),
                    source("داخلي", "https://intranet.example/rss")), false, true, HOSTS, registry, Instant.EPOCH);

            assertThat(done.added()).extracting(Source::name).containsExactly("العربية");
            assertThat(done.present()).extracting(Source::name).containsExactly("الجزيرة");
            assertThat(done.refused()).extracting(r -> r.source().name()).containsExactly("داخلي");
            assertThat(done.refused().get(0).url()).isEqualTo(URI.create("https://intranet.example/rss"));
            assertThat(registry.get("الجزيرة").orElseThrow().feeds()).containsExactly(
                    URI.create("https://feeds1.example/old.xml"));
            assertThat(registry.get("داخلي")).isEmpty();
        }
    }

    // review25: importing the export of sources followed on an intranet (allowed private) refused each one
    @Test
    void aSourceFollowedAlreadyIsSaidToBeThereNotRefusedForItsPrivateAddress() {
        try (Archive archive = Archive.open(dir, null)) {
            SourceRegistry registry = new SourceRegistry(archive.store().database());
            registry.add(source("داخلي", "https://intranet.example/rss").withAllowPrivate(true), Instant.EPOCH);

            SourcesImport.Outcome done = SourcesImport.run(List.of(source("داخلي", "https://intranet.example/rss"),
                    source("داخلي آخر", "https://intranet.example/other")), false, true, HOSTS, registry,
                    Instant.EPOCH);

            assertThat(done.present()).extracting(Source::name).containsExactly("داخلي");
            assertThat(done.refused()).extracting(r -> r.source().name()).containsExactly("داخلي آخر");
            assertThat(done.added()).isEmpty();
            assertThat(registry.get("داخلي").orElseThrow().allowPrivate()).as("left as it was").isTrue();
        }
    }

    @Test
    void aFileListingNoFeedIsRefusedNotImportedAsNothing() {
        byte[] empty = """
                <?xml version="1.0"?><opml version="2.0"><head><title>فارغ</title></head><body>
                <outline text="مجلد"/></body></opml>""".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SourcesImport.read(empty)).isInstanceOf(Opml.OpmlException.class)
                .hasMessage("the OPML document lists no feed (no outline with an xmlUrl)");
        assertThatThrownBy(() -> SourcesImport.read(new byte[(int) SourcesImport.MAX_BYTES + 1]))
                .isInstanceOf(Opml.OpmlException.class).hasMessageStartingWith("too large");
    }

    // review23: a saved web page given as the list was refused as "OPML declares a DTD, refused" (its doctype) or "not
    // an OPML document", which told nothing of what the file was nor where the site's feeds are.
    @Test
    void aWebPageGivenAsTheListIsNamedAsOneWithTheFeedsItNames() {
        byte[] page = ("<!DOCTYPE html>\n<html lang=\"ar\"><head><meta charset=\"utf-8\"><title>موقع الأخبار</title>"
                + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://news.example.org/rss.xml\">"
                + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/atom.xml\">"
                + "</head><body><p>الصفحة الرئيسية</p></body></html>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SourcesImport.read(page)).isInstanceOf(Opml.OpmlException.class)
                .hasMessage("an HTML page, not an OPML list of sources: a feed reader exports its list as OPML, and "
                        + "'marsad sources discover URL' lists the feeds a site links to; the page names a feed: "
                        + "https://news.example.org/rss.xml (follow one with 'marsad sources add --name NAME --feed URL')");

        byte[] bare = "\ufeff<html><body><p>نص</p></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> SourcesImport.read(bare)).isInstanceOf(Opml.OpmlException.class)
                .hasMessage("an HTML page, not an OPML list of sources: a feed reader exports its list as OPML, and "
                        + "'marsad sources discover URL' lists the feeds a site links to");
    }

    private static Source source(String name, String feed) {
        return new Source(name, null, null, null, null, List.of(URI.create(feed)), null, Duration.ofMinutes(15),
                false, null);
    }
}
