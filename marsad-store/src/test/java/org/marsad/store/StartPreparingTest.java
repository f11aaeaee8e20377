package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

/**
 * A batch prepared on the workers while the caller does something else ({@link ArticleStore#startPreparing}) is the
 * batch {@link ArticleStore#prepare} makes on the caller, and the function run after each article sees it as
 * prepared; a failure there fails the batch with its own error.
 */
class StartPreparingTest {
    /** Pieces of untrusted text: controls and bidi overrides to clean, figures to find. */
    private static final String[] PIECES = {"قتل 12 شخصا", "بلغت 3.5 مليار دولار", "\u0007", "\u202E", "\u202C",
        "ارتفع التضخم إلى 7.2 في المئة", " ", "بيروت", "\u0000", "نزح أكثر من 3200 عائلة"};

    private static List<ArticleStore.Incoming> batch(Random r, int size) {
        List<ArticleStore.Incoming> out = new ArrayList<>();
        for (int n = 0; n < size; n++) {
            StringBuilder body = new StringBuilder();
            for (int i = 1 + r.nextInt(8); i > 0; i--) {
                body.append(PIECES[r.nextInt(PIECES.length)]).append(' ');
            }
            Article a = Article.builder().url("https://example.org/" + n).title("عنوان " + PIECES[r.nextInt(4)])
                    .body(List.of(body.toString())).language("ar").build();
            out.add(new ArticleStore.Incoming(a, null));
        }
        return out;
    }

    @Test
    void theStartedBatchIsTheCallersAndTheFunctionSeesItPrepared() {
        Random r = new Random(2026_12_05L);
        for (int workers = 0; workers <= 2; workers++) {
            try (PureWork work = PureWork.withWorkers(workers)) {
                for (int round = 0; round < 10; round++) {
                    List<ArticleStore.Incoming> batch = batch(r, round == 0 ? 0 : r.nextInt(120));
                    ArticleStore.Preparing<String> started = ArticleStore.startPreparing(batch, work,
                            a -> a.body().get(0) + "|" + a.figures().size());
                    List<Article> expected = ArticleStore.prepare(batch, null).articles();
                    assertThat(started.prepared().articles()).as("%d workers", workers).isEqualTo(expected);
                    assertThat(started.extras()).isEqualTo(expected.stream()
                            .map(a -> a.body().get(0) + "|" + a.figures().size()).toList());
                }
            }
        }
    }

    @Test
    void aFailureOfTheFunctionAfterPreparingFailsTheBatchWithItsError() {
        List<ArticleStore.Incoming> batch = batch(new Random(7L), 90);
        try (PureWork work = PureWork.withWorkers(1)) {
            ArticleStore.Preparing<Integer> started = ArticleStore.startPreparing(batch, work, a -> {
                if (a.url().endsWith("/61")) {
                    throw new IllegalStateException("cannot tag article 61");
                }
                return 1;
            });
            assertThatThrownBy(started::prepared).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot tag article 61");
        }
    }
}
