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
 *       idf, headline words ×3. A story is one happening, not a subject: an article joins the most similar story
 *       that had news within 2 days and began at most 3 days before, when it is close to the story's centroid
 *       (cosine ≥ 0.25, +0.05 per shared telling figure) <em>and</em> to its members on average (average link ≥ 0.25,
 *       so that no article at the story's edge chains a neighbouring event in), and its headline shares a rare word
 *       with the story's headlines (else cosine ≥ 0.45); when the shared words are a running subject's (seen on 3
 *       of the 7 days before), only a story begun within a day qualifies. Copies join their original's story when
 *       published on a day it reports (a copy run again later is decided like any article).
 *       A story's id is its first article's id; its title is the member headline closest to its terms.</li>
 *   <li>{@link org.marsad.enrich.Enricher}: both as one stage; {@code enrich} decides, {@code restore} replays a
 *       stored decision, so the in-memory state is rebuilt from the store (the truth) on open.</li>
 * </ul>
 */
package org.marsad.enrich;
