/**
 * Binary state files of the enrichment stages: what opening an archive would otherwise recompute from every
 * article's text (MinHash signatures, story centroids, document frequencies), written and read in bulk with a
 * CRC-32C trailer, so that a torn or damaged file is recognised and the state rebuilt from the store.
 */
package org.marsad.enrich.state;
