package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.model.ArticleJson;

/** {@code marsad entities list|merge|split|rename|retype|not-entity|rejected|restore} as a user runs them, and that they hold. */
class EntityEditCommandsTest extends ArchiveFixture {
    private Path articles() throws IOException {
        return articles(TestArticles.PRESIDENT_AND_LEBANON);
    }

    /** The id of the listed entity with this name. */
    private String id(String name) {
        CliRun r = CliRun.of("entities", "list", "--data", data());
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().lines().map(l -> l.split("\t")).filter(c -> c[4].equals(name)).map(c -> c[0]).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + r.out()));
    }

    @Test
    void anEditorSplitsMergesRenamesRetypesAndRemovesEntitiesAndTheyHoldThroughEnrich() throws IOException {
        assertThat(CliRun.of("ingest", "--data", data(), articles().toString()).exitCode()).isZero();
        CliRun list = CliRun.of("entities", "list", "--data", data(), "--type", "PER");
        assertThat(list.out()).contains("\tPER\t2\t").contains("دونالد ترامب");
        String trump = id("دونالد ترامب");

        CliRun split = CliRun.of("entities", "split", "--data", data(), trump, "دونالد ترمب");
        assertThat(split.exitCode()).as(split.err()).isZero();
        assertThat(split.out()).contains("(1 article(s) changed)");
        String other = id("دونالد ترمب");
        assertThat(other).isNotEqualTo(trump);
        assertThat(CliRun.of("enrich", "--data", data(), "--all").exitCode()).isZero();
        assertThat(id("دونالد ترمب")).isEqualTo(other);

        assertThat(CliRun.of("entities", "merge", "--data", data(), other, trump).exitCode()).isZero();
        assertThat(CliRun.of("entities", "rename", "--data", data(), trump, "دونالد جون ترامب").exitCode()).isZero();
        assertThat(CliRun.of("entities", "retype", "--data", data(), id("لبنان"), "org").exitCode()).isZero();
        assertThat(CliRun.of("enrich", "--data", data(), "--all").exitCode()).isZero();
        assertThat(urls("person:\"دونالد جون ترامب\"")).containsExactly("https://a.example/1", "https://b.example/2");
        assertThat(urls("org:لبنان")).containsExactly("https://c.example/3");
        assertThat(urls("place:لبنان")).isEmpty();

        String guterres = id("أنطونيو غوتيريش");
        assertThat(CliRun.of("entities", "not-entity", "--data", data(), guterres).exitCode()).isZero();
        assertThat(CliRun.of("enrich", "--data", data(), "--all").exitCode()).isZero();
        assertThat(CliRun.of("entities", "list", "--data", data()).out()).doesNotContain("غوتيريش");
        CliRun export = CliRun.of("export", "--data", data(), "--format", "jsonl", "لبنان");
        assertThat(export.out().lines().map(ArticleJson::parse).toList()).singleElement()
                .satisfies(a -> assertThat(a.entities()).extracting(e -> e.name()).doesNotContain("أنطونيو غوتيريش"));

        // The undo: listed as rejected, restored under its id, and it holds through enrich again.
        CliRun rejected = CliRun.of("entities", "rejected", "--data", data());
        assertThat(rejected.exitCode()).as(rejected.err()).isZero();
        assertThat(rejected.out().lines().toList()).singleElement().satisfies(l -> assertThat(l)
                .startsWith(guterres + "\tPER\t").endsWith("\tأنطونيو غوتيريش"));
        CliRun restore = CliRun.of("entities", "restore", "--data", data(), guterres);
        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("restored entity " + guterres, "(1 article(s) changed)");
        assertThat(CliRun.of("enrich", "--data", data(), "--all").exitCode()).isZero();
        assertThat(id("أنطونيو غوتيريش")).isEqualTo(guterres);
        assertThat(urls("person:غوتيريش")).containsExactly("https://c.example/3");
        assertThat(CliRun.of("entities", "rejected", "--data", data()).out()).isEmpty();
        CliRun again = CliRun.of("entities", "restore", "--data", data(), guterres);
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).contains("not marked").doesNotContain("\n");
    }

    @Test
    void badRequestsSayWhyInOneLine() throws IOException {
        assertThat(CliRun.of("ingest", "--data", data(), articles().toString()).exitCode()).isZero();
        String trump = id("دونالد ترامب");
        CliRun self = CliRun.of("entities", "merge", "--data", data(), trump, trump);
        assertThat(self.exitCode()).isEqualTo(1);
        assertThat(self.err().strip()).contains("itself").doesNotContain("\tat ").doesNotContain("\n");
        CliRun unknown = CliRun.of("entities", "split", "--data", data(), "999", "x");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err().strip()).contains("no entity with id 999");
        assertThat(CliRun.of("entities", "retype", "--data", data(), trump, "MISC").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("entities", "--data", data()).exitCode()).isEqualTo(2);
        assertThat(id("دونالد ترامب")).isEqualTo(trump);
    }
}
