/**
 * Search over stored articles: the request/result contract ({@link org.marsad.search.SearchRequest},
 * {@link org.marsad.search.SearchResults}, {@link org.marsad.search.SearchHit}) shared by the CLI, the web pages
 * and the API; the query language ({@link org.marsad.search.QueryLanguage}); and the index behind
 * {@link org.marsad.search.SearchIndex}, embedded Lucene in {@link org.marsad.search.LuceneIndex}.
 */
package org.marsad.search;
