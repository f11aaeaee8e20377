package org.marsad.extract;

import java.util.List;
import org.marsad.model.Article;

/**
 * One page format's extraction stage: a decoded page in, its articles out, in page order.
 *
 * <p>Implementations are pure (no I/O) and return an empty list when the page holds no article. They leave
 * {@code id}, {@code url} and {@code fetched_at} to the caller, who knows where the page came from.
 */
public interface PageExtractor {
    List<Article> extract(String page);
}
