/**
 * Marsad's Arabic analysis for Lucene, one small filter per step in the manner of Lucene's own {@code ar}
 * package: {@link org.marsad.search.analysis.ArabicPrefixFilter} (proclitics, read before folding so that the hamza
 * of أل/إل/آل words protects them), {@link org.marsad.search.analysis.ArabicFoldingFilter} (the Arabic toolkit's
 * search folding) and {@link org.marsad.search.analysis.ArabicSuffixFilter} (light10-style endings), guarded by
 * {@link org.marsad.search.analysis.StemExceptions}; {@link org.marsad.search.analysis.MarsadAnalyzer} chains them.
 *
 * <p>Compared with Lucene's ArabicAnalyzer, which normalizes before stemming: ألمانيا, إلغاء, آلاف, إيران and لبنان
 * keep their letters (ArabicAnalyzer makes مانيا, غاء, اف, اير, لبن of them), so لبنان does not find اللبن.
 */
package org.marsad.search.analysis;
