package org.marsad.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * Marsad's Arabic filters by their SPI names, as any Lucene application (Solr, Elasticsearch plugins, a
 * CustomAnalyzer) builds an analysis chain: found by the service loader, and the same terms as Marsad's own
 * analyzer.
 */
class FilterFactoriesTest {
    private static final String TEXT = "أعلنت الحكومة اللبنانية استئناف المفاوضات بالمفاوضات والمفاوضات للبنان "
            + "وبالاتفاقيات الألعاب ألمانيا آلاف الآلاف لإيران مُفاوَضاتٌ Talks Reuters";

    @Test
    void theServiceLoaderFindsEveryArabicFilterByName() {
        assertThat(TokenFilterFactory.availableTokenFilters()).contains(ArabicPrefixFilterFactory.NAME,
                ArabicFoldingFilterFactory.NAME, ArabicSuffixFilterFactory.NAME);
        assertThat(TokenFilterFactory.lookupClass("marsadArabicPrefix")).isEqualTo(ArabicPrefixFilterFactory.class);
    }

    @Test
    void aChainBuiltByNameAnalysesLikeMarsadsAnalyzer() throws IOException {
        Analyzer stemmed = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(ArabicPrefixFilterFactory.NAME).addTokenFilter(ArabicFoldingFilterFactory.NAME)
                .addTokenFilter(ArabicSuffixFilterFactory.NAME).build();
        Analyzer exact = CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(ArabicFoldingFilterFactory.NAME).build();

        assertThat(AnalysisTesting.terms(stemmed, TEXT))
                .isEqualTo(AnalysisTesting.terms(new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED), TEXT))
                .contains("مفاوض", "لبنان", "talks");
        assertThat(AnalysisTesting.terms(exact, TEXT))
                .isEqualTo(AnalysisTesting.terms(new MarsadAnalyzer(MarsadAnalyzer.Mode.EXACT), TEXT));
        // Folding is also the normalization of query terms that are not analysed (wildcards, prefixes).
        assertThat(stemmed.normalize("f", "مُفاوَضاتٌ").utf8ToString())
                .isEqualTo(new MarsadAnalyzer(MarsadAnalyzer.Mode.STEMMED).normalize("f", "مُفاوَضاتٌ").utf8ToString());
    }

    @Test
    void anUnknownArgumentIsRefused() {
        assertThatThrownBy(() -> TokenFilterFactory.forName(ArabicSuffixFilterFactory.NAME,
                new java.util.HashMap<>(Map.of("minStem", "2"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minStem");
    }
}
