package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.enrich.ArticleFeatures;
import org.marsad.enrich.TermCosine;

/**
 * Issue 17: "مقالات مشابهة" for a Gaza aid article listed a conference, interest rates and rain. Over
 * src/test/resources/similar.jsonl (two aid reports, three unrelated ones), the box lists only the related report,
 * and an article without a neighbour shows no box at all.
 */
class SimilarArticlesTest {
    static TestSite site;

    @BeforeAll
    static void start(@TempDir Path data) throws Exception {
        site = TestSite.start(data, "similar.jsonl");
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static Document page(String id) throws Exception {
        HttpResponse<String> r = WebServerTest.HTTP.send(HttpRequest.newBuilder(site.server.uri()
                .resolve("/article/" + id)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.body());
    }

    @Test
    void anAidArticleListsTheOtherAidReportAndNothingUnrelated() throws Exception {
        // The index alone offers the unrelated reports too (they share everyday words); the page must not.
        assertThat(site.archive.similar("aid-1", Pages.SIMILAR_CANDIDATES)).hasSizeGreaterThan(1);
        assertThat(page("aid-1").select(".similar h3 a").eachText())
                .containsExactly("الأمم المتحدة: شاحنات المساعدات إلى غزة أقل من الحاجة");
        assertThat(page("aid-2").select(".similar h3 a").eachText())
                .containsExactly("دخول شاحنات المساعدات إلى غزة عبر معبر رفح");
    }

    @Test
    void anArticleWithoutARealNeighbourShowsNoSimilarBox() throws Exception {
        for (String id : new String[] {"rain", "rates", "conference"}) {
            assertThat(page(id).select(".similar")).as(id).isEmpty();
        }
    }

    @Test
    void theFloorLiesBetweenTheRelatedAndTheUnrelatedPairs() {
        double related = cosine("aid-1", "aid-2");
        assertThat(related).isGreaterThanOrEqualTo(Pages.MIN_SIMILARITY);
        for (String other : new String[] {"conference", "rates", "rain"}) {
            assertThat(cosine("aid-1", other)).as(other).isLessThan(Pages.MIN_SIMILARITY);
        }
    }

    private static double cosine(String a, String b) {
        return TermCosine.of(features(a), features(b));
    }

    private static java.util.Map<String, Float> features(String id) {
        return ArticleFeatures.of(site.archive.store().get(id).orElseThrow(), Instant.EPOCH).terms();
    }
}
