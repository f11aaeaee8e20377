/**
 * Enrichment: pure, incremental stages that add what one article alone does not say.
 *
 * <ul>
 *   <li>{@link org.marsad.enrich.dedup}: near-duplicates. Word 3-shingles of the search-folded body, a 60-value
 *       MinHash signature, LSH in 20 bands of 3 rows; candidates are verified by estimated Jaccard (≥ 0.5) or
 *       containment (≥ 0.8 with the shorter at least 0.3 of the longer), and refused when they look like a filled-in
 *       template: each states figures the other lacks (a good share of them), or each lacks a word that the other's
 *       headline and body both use (a name or place swapped). A copy links to its earliest known original.</li>
 *   <li>{@link org.marsad.enrich.story}: stories. Light-stemmed, stop-word-free terms weighted by sublinear tf ×
 *       idf, headline words ×3; an article joins the most similar story (cosine ≥ 0.3, +0.05 per shared telling
 *       figure) that had news within 2 days and began at most 5 days before; copies join their original's story.
 *       A story's id is its first article's id; its title is the member headline closest to its terms.</li>
 *   <li>{@link org.marsad.enrich.Enricher}: both as one stage; {@code enrich} decides, {@code restore} replays a
 *       stored decision, so the in-memory state is rebuilt from the store (the truth) on open.</li>
 * </ul>
 */
package org.marsad.enrich;
