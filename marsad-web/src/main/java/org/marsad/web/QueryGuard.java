package org.marsad.web;

import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResults;
import org.marsad.web.http.BadRequest;

/** Turns a query the archive cannot parse into a 400 for the user rather than a 500. */
record QueryGuard(Archive archive) implements Archive {

    @Override
    public Optional<Article> article(String id) {
        return archive.article(id);
    }

    @Override
    public SearchResults search(SearchRequest request) {
        try {
            return archive.search(request);
        } catch (IllegalArgumentException e) {
            throw new BadRequest("the query cannot be parsed: " + e.getMessage(),
                    "تعذر فهم عبارة البحث. تأكد من إغلاق علامات التنصيص والأقواس.");
        }
    }

    @Override
    public List<SearchHit> similar(String id, int limit) {
        return archive.similar(id, limit);
    }
}
