package org.marsad.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Slice;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.search.analysis.MarsadAnalyzer;

/** {@code solr init} against a real 2-node SolrCloud, and the configset's analysis against the embedded one. */
class SolrCollectionsTest {
    static LocalSolrCloud cloud;
    static SolrCluster cluster;

    @BeforeAll
    static void start() {
        cloud = LocalSolrCloud.start(2);
        cluster = SolrCluster.connect(cloud.target());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void connectingThroughZooKeeperFindsBothNodes() {
        assertThat(cluster.nodeUrls()).containsExactlyInAnyOrderElementsOf(cloud.nodeUrls()).hasSize(2);
    }

    @Test
    void initCreatesTheCollectionWithShardsAndReplicasThenReloadsIt() {
        SolrCollections.Outcome first = SolrCollections.init(cluster, "articles_a", 2, 2);
        assertThat(first).isEqualTo(new SolrCollections.Outcome("articles_a", true, 2, 2));
        DocCollection state = cloud.cluster().getZkStateReader().getClusterState().getCollection("articles_a");
        assertThat(state.getSlices()).hasSize(2);
        for (Slice s : state.getSlices()) {
            assertThat(s.getReplicas()).hasSize(2);
            // Replication factor 2 on 2 nodes: each shard has a copy on each node.
            assertThat(s.getReplicas().stream().map(r -> r.getNodeName()).distinct()).hasSize(2);
        }
        assertThat(state.getConfigName()).isEqualTo(Configset.NAME);

        // Again: the configset is replaced and the collection reloaded; its shape is what it was, not the new ask.
        SolrCollections.Outcome again = SolrCollections.init(cluster, "articles_a", 1, 1);
        assertThat(again).isEqualTo(new SolrCollections.Outcome("articles_a", false, 2, 2));
    }

    @Test
    void badShapesAndNamesAreRefusedBeforeAskingSolr() {
        assertThatThrownBy(() -> SolrCollections.init(cluster, "x", 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("shards and replicas must be at least 1");
        assertThatThrownBy(() -> SolrCollections.init(cluster, "bad name", 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("bad collection name 'bad name'");
    }

    @Test
    void solrRefusalIsOneLine() {
        // A live node, but not Solr's path: the node answers 404.
        String wrong = cloud.nodeUrls().get(0).replace("/solr", "/nothing/solr");
        try (SolrCluster c = SolrCluster.connect(SolrTarget.parse(wrong))) {
            assertThatThrownBy(() -> SolrCollections.init(c, "marsad", 1, 1))
                    .isInstanceOf(SolrException.class)
                    .hasMessageStartingWith("Solr refused to upload configset marsad: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    /**
     * The configset names the analysis by SPI name: Solr's analysis of each field type must give the terms
     * MarsadAnalyzer gives, on fixed words with every clitic and ending and on seeded random Arabic words.
     */
    @Test
    void configsetAnalysesExactlyLikeTheEmbeddedIndex() throws Exception {
        SolrCollections.init(cluster, "articles_b", 1, 1);
        List<String> texts = new ArrayList<>(List.of(
                "والمفاوضات بالمفاوضات للمفاوضات فالمفاوضات وكالمفاوضات مفاوضاتهم",
                "ألمانيا إلغاء آلاف ألفاً إيران لبنان مسؤول رئيس القرآن",
                "كوفيد-19 و Covid THE United Nations ٢٠٢٣ 2023",
                "الأَمْـــمُ المُتَّحِدَةُ يُرَحِّبُ بِالاتِّفاقِ"));
        Random random = new Random(20261204L);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةىـًٌٍَُِّْ";
        String[] clitics = {"", "و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "لل", "ولل", "س"};
        String[] endings = {"", "ات", "ون", "ين", "ان", "ها", "هم", "هما", "كم", "نا", "ة", "ي", "ية", "يات"};
        for (int t = 0; t < 20; t++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 25; w++) {
                StringBuilder stem = new StringBuilder();
                int len = 2 + random.nextInt(5);
                for (int i = 0; i < len; i++) {
                    stem.append(letters.charAt(random.nextInt(letters.length())));
                }
                text.append(clitics[random.nextInt(clitics.length)]).append(stem)
                        .append(endings[random.nextInt(endings.length)]).append(' ');
            }
            texts.add(text.toString().strip());
        }
        for (String text : texts) {
            assertThat(solrTerms("articles_b", "marsad_exact", text)).as("exact: %s", text)
                    .isEqualTo(lucene(MarsadAnalyzer.Mode.EXACT, text));
            assertThat(solrTerms("articles_b", "marsad_stem", text)).as("stemmed: %s", text)
                    .isEqualTo(lucene(MarsadAnalyzer.Mode.STEMMED, text));
        }
        // Not the same chain twice: the stemmed type really strips what the exact one keeps.
        assertThat(solrTerms("articles_b", "marsad_stem", "والمفاوضات"))
                .isNotEqualTo(solrTerms("articles_b", "marsad_exact", "والمفاوضات"));
    }

    private static List<String> solrTerms(String collection, String fieldType, String text) throws Exception {
        FieldAnalysisRequest req = new FieldAnalysisRequest();
        req.setFieldTypes(List.of(fieldType));
        req.setFieldValue(text);
        FieldAnalysisResponse r = cluster.withNode(node -> req.process(node, collection));
        List<AnalysisResponseBase.AnalysisPhase> phases = new ArrayList<>();
        r.getFieldTypeAnalysis(fieldType).getIndexPhases().forEach(phases::add);
        List<String> terms = new ArrayList<>();
        for (AnalysisResponseBase.TokenInfo t : phases.get(phases.size() - 1).getTokens()) {
            terms.add(t.getText());
        }
        return terms;
    }

    private static List<String> lucene(MarsadAnalyzer.Mode mode, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (MarsadAnalyzer a = new MarsadAnalyzer(mode);
             var ts = a.tokenStream("f", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
