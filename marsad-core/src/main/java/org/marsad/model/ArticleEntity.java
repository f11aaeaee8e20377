package org.marsad.model;

import java.util.List;

/**
 * An entity an article mentions, as the article JSON carries it ({@code "entities"}).
 *
 * @param id        the entity's stable id in the archive
 * @param name      the entity's canonical spelling (its most frequent form in the archive when the article was
 *                  enriched)
 * @param type      {@code PER} (person), {@code LOC} (place) or {@code ORG} (organisation)
 * @param count     how many times the article mentions it (title and body)
 * @param spellings how this article writes it, most frequent first
 */
public record ArticleEntity(String id, String name, String type, int count, List<String> spellings) {
    public ArticleEntity {
        spellings = spellings == null ? List.of() : List.copyOf(spellings);
    }
}
