package org.marsad.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.search.SearchRequest;

class ParamsTest {
    @Test
    void readsAFullSearch() {
        SearchRequest r = new Params(Map.of("q", List.of(" غزة "), "source", List.of("الخليج الجديد"),
                "from", List.of("2023-12-01"), "to", List.of("2023-12-31"), "sort", List.of("date"),
                "limit", List.of("5"), "offset", List.of("10"))).search(20);
        assertThat(r).isEqualTo(new SearchRequest("غزة", "الخليج الجديد", null, LocalDate.of(2023, 12, 1),
                LocalDate.of(2023, 12, 31), SearchRequest.Sort.DATE, 5, 10));
    }

    // review18: the API read 1445-05-28 as the Gregorian year 1445 and answered the whole archive
    @Test
    void aHijriDayIsItsGregorianDay() {
        SearchRequest r = new Params(Map.of("from", List.of("1445-05-28"), "to", List.of("١٤٤٥-٠٦-١٨هـ")))
                .search(20);
        assertThat(r.from()).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(r.to()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void defaultsSortByDateWhenBrowsingAndByRelevanceWhenSearching() {
        assertThat(new Params(Map.of()).search(20).sort()).isEqualTo(SearchRequest.Sort.DATE);
        assertThat(new Params(Map.of("q", List.of("x"))).search(20).sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
    }

    @Test
    void refusesAbsurdValues() {
        assertThatThrownBy(() -> new Params(Map.of("q", List.of("ب".repeat(501)))).search(20))
                .isInstanceOf(BadRequest.class).hasMessageContaining("500");
        assertThatThrownBy(() -> new Params(Map.of("limit", List.of("1000000"))).search(20))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Params(Map.of("limit", List.of("0"))).search(20))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Params(Map.of("offset", List.of("99999999999"))).search(20))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Params(Map.of("from", List.of("yesterday"))).search(20))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Params(Map.of("sort", List.of("random"))).search(20))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Params(Map.of("q", List.of("a", "b"))).search(20))
                .isInstanceOf(BadRequest.class);
        assertThatThrownBy(() -> new Params(Map.of("from", List.of("2024-02-01"), "to", List.of("2024-01-01")))
                .search(20)).isInstanceOf(BadRequest.class);
    }

    @Test
    void badRequestsCarryAnArabicMessage() {
        try {
            new Params(Map.of("limit", List.of("abc"))).search(20);
        } catch (BadRequest e) {
            assertThat(e.arabic()).contains("عدداً صحيحاً");
            return;
        }
        throw new AssertionError("expected a BadRequest");
    }
}
