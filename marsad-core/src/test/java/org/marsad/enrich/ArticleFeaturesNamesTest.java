package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;

/** The name spellings the story stage may fold: what gets one key and what is left as written. */
class ArticleFeaturesNamesTest {

    private static ArticleFeatures features(String id, String title, ArticleEntity... entities) {
        Article a = Article.builder().id(id).source("o-" + id).published("2018-04-20T10:00:00Z").title(title)
                .language("ar").body(List.of(title)).build();
        return ArticleFeatures.of(a.withEntities(List.of(entities), List.of()), Instant.EPOCH);
    }

    @Test
    void twoOutletsSpellingOneForeignNameDifferentlyShareItsKey() {
        ArticleFeatures one = features("a", "المدرب أرسين فينغر يعلن رحيله عن آرسنال",
                new ArticleEntity("1779", "أرسين فينغر", "PER", 2, List.of("أرسين فينغر")));
        ArticleFeatures two = features("b", "فينجر يرحل عن آرسنال بعد 22 عاما",
                new ArticleEntity("1779", "أرسين فينغر", "PER", 1, List.of("فينجر")));
        assertThat(one.headline()).doesNotContainAnyElementsOf(two.names().keySet());
        Set<String> shared = new HashSet<>(one.names().values());
        shared.retainAll(two.names().values());
        assertThat(shared).as("فينغر and فينجر fold to one key").hasSize(1);
        assertThat(shared.iterator().next()).startsWith(ArticleFeatures.NAME_MARK);
        assertThat(one.terms()).as("the features themselves keep the spelling").doesNotContainKeys(
                shared.toArray(String[]::new));
    }

    @Test
    void commonNativeGivenNamesPlacesAndOrganisationsAreLeftAsWritten() {
        ArticleFeatures f = features("c", "محمد ومحمود في موسكو مع وزارة الخارجية",
                new ArticleEntity("1", "محمد", "PER", 1, List.of("محمد")),
                new ArticleEntity("2", "محمود", "PER", 1, List.of("محمود")),
                new ArticleEntity("3", "موسكو", "LOC", 1, List.of("موسكو")),
                new ArticleEntity("4", "وزارة الخارجية", "ORG", 1, List.of("وزارة الخارجية")));
        assertThat(f.names()).isEmpty();
    }
}
