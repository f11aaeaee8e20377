/**
 * The system of record. {@link org.marsad.store.ArticleStore} keeps articles, tags and raw sources through JDBC in
 * SQLite (default, WAL) or PostgreSQL with one SQL dialect; Flyway migrations live in {@code db/migration} (SQL)
 * and {@code org.marsad.store.migration} (Java) (this package owns V1–V9; sources V10–V19; stories V20–V29). {@link org.marsad.store.Archive} is a data
 * directory: the store plus the search index derived from it, kept in agreement through the store's change
 * sequence recorded in every index commit.
 */
package org.marsad.store;
