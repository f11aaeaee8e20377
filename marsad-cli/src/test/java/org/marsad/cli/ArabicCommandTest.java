package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code marsad arabic …} run in-process, output captured. */
class ArabicCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;
    private InputStream savedIn;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        savedIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
        System.setIn(savedIn);
    }

    private int run(String... args) {
        return Marsad.execute(args);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode json() throws Exception {
        return JSON.readTree(stdout());
    }

    @Test
    void normalizeSearchIsTheDefault() {
        assertThat(run("arabic", "normalize", "أعلنت الـحكومة ﻻ ٢٠٢٤")).isZero();
        assertThat(stdout().strip()).isEqualTo("اعلنت الحكومه لا 2024");
    }

    @Test
    void normalizeDisplayKeepsLetters() {
        assertThat(run("arabic", "normalize", "--level", "display", "أعلنت الـحكومة ﻻ ٢٠٢٤")).isZero();
        assertThat(stdout().strip()).isEqualTo("أعلنت الحكومة لا ٢٠٢٤");
    }

    @Test
    void normalizeReadsStandardInput() {
        System.setIn(new ByteArrayInputStream("مُحَمَّدٌ في القاهرة\nوغزة\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("arabic", "normalize", "-")).isZero();
        assertThat(stdout().replace("\r\n", "\n")).isEqualTo("محمد في القاهره\nوغزه\n");
    }

    @Test
    void numbersAsJson() throws Exception {
        assertThat(run("arabic", "numbers", "قتل 20 ألفاً و258 شخصاً وأصيب عشرات ونزح 1.5 مليون")).isZero();
        JsonNode a = json();
        assertThat(a).hasSize(3);
        assertThat(a.get(0).get("text").asText()).isEqualTo("20 ألفاً و258");
        assertThat(a.get(0).get("value").asLong()).isEqualTo(20258);
        assertThat(a.get(0).get("start").asInt()).isEqualTo(4);
        assertThat(a.get(0).get("vague").asBoolean()).isFalse();
        assertThat(a.get(1).get("value").isNull()).isTrue();
        assertThat(a.get(1).get("vague").asBoolean()).isTrue();
        assertThat(a.get(2).get("value").asLong()).isEqualTo(1_500_000);
    }

    @Test
    void fractionalNumbersStayDecimal() throws Exception {
        assertThat(run("arabic", "numbers", "بنسبة 3.5 في المئة")).isZero();
        assertThat(json().get(0).get("value").decimalValue()).isEqualByComparingTo("3.5");
    }

    @Test
    void figuresAsJson() throws Exception {
        assertThat(run("arabic", "figures", "--ref", "2023-12-24",
                "ارتفعت حصيلة الشهداء منذ 7 أكتوبر إلى أكثر من 20 ألفاً و258 شهيداً بحسب وزارة الصحة، "
                        + "ونزح ما بين 1.7 و1.9 مليون شخص. صدر القرار رقم 2722.")).isZero();
        JsonNode a = json();
        assertThat(a).hasSize(2);
        JsonNode killed = a.get(0);
        assertThat(killed.get("text").asText()).isEqualTo("أكثر من 20 ألفاً و258 شهيداً");
        assertThat(killed.get("value").asLong()).isEqualTo(20258);
        assertThat(killed.get("value_max").isNull()).isTrue();
        assertThat(killed.get("comparator").asText()).isEqualTo("more_than");
        assertThat(killed.get("counted").asText()).isEqualTo("شهيداً");
        assertThat(killed.get("category").asText()).isEqualTo("killed");
        assertThat(killed.get("unit").isNull()).isTrue();
        assertThat(killed.get("attribution").asText()).isEqualTo("وزارة الصحة");
        assertThat(killed.get("since").asText()).isEqualTo("2023-10-07");
        assertThat(killed.get("date").asText()).isEqualTo("2023-12-24");
        JsonNode displaced = a.get(1);
        assertThat(displaced.get("value").asLong()).isEqualTo(1_700_000);
        assertThat(displaced.get("value_max").asLong()).isEqualTo(1_900_000);
        assertThat(displaced.get("category").asText()).isEqualTo("displaced");
    }

    @Test
    void figuresWithoutReferenceHaveNoDateAndReadStandardInput() throws Exception {
        System.setIn(new ByteArrayInputStream("خسائر بقيمة 5 مليارات دولار".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("arabic", "figures", "-")).isZero();
        JsonNode f = json().get(0);
        assertThat(f.get("value").asLong()).isEqualTo(5_000_000_000L);
        assertThat(f.get("unit").asText()).isEqualTo("USD");
        assertThat(f.get("category").asText()).isEqualTo("money");
        assertThat(f.get("date").isNull()).isTrue();
        assertThat(f.get("attribution").isNull()).isTrue();
    }

    @Test
    void figuresBadReferenceIsAUsageError() {
        assertThat(run("arabic", "figures", "--ref", "yesterday", "قتل 5 أشخاص")).isEqualTo(2);
        assertThat(stderr().lines().toList()).hasSize(1);
        assertThat(stderr()).startsWith("marsad: ").contains("--ref").doesNotContain("Exception");
    }

    @Test
    void datesAsJsonAgainstAReference() throws Exception {
        assertThat(run("arabic", "dates", "--ref", "2024-01-20", "الأحد 14 يناير 2024 - 10:30 ص ثم أمس")).isZero();
        JsonNode a = json();
        assertThat(a).hasSize(2);
        assertThat(a.get(0).get("value").asText()).isEqualTo("2024-01-14");
        assertThat(a.get(0).get("time").asText()).isEqualTo("10:30");
        assertThat(a.get(0).get("relative").asBoolean()).isFalse();
        assertThat(a.get(1).get("text").asText()).isEqualTo("أمس");
        assertThat(a.get(1).get("value").asText()).isEqualTo("2024-01-19");
        assertThat(a.get(1).get("relative").asBoolean()).isTrue();
    }

    @Test
    void datesFromStandardInput() throws Exception {
        System.setIn(new ByteArrayInputStream("تاريخ النشر: ٢٢ جوان ٢٠٢٣".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("arabic", "dates", "-")).isZero();
        assertThat(json().get(0).get("value").asText()).isEqualTo("2023-06-22");
    }

    @ParameterizedTest(name = "same-name {0} {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            غالانت | جالانت | true
            هولاند | أولاند | true
            ترامب  | تراب   | false
            بوتين  | بوتان  | false
            """)
    void sameName(String a, String b, boolean same) throws Exception {
        assertThat(run("arabic", "same-name", a, b)).isZero();
        JsonNode o = json();
        assertThat(o.get("same").asBoolean()).isEqualTo(same);
        assertThat(o.get("a").asText()).isEqualTo(a);
        assertThat(o.has("key_a")).isTrue();
    }

    @Test
    void emptyTextGivesEmptyResults() throws Exception {
        assertThat(run("arabic", "numbers", "")).isZero();
        assertThat(json()).isEmpty();
        out.reset();
        assertThat(run("arabic", "dates", "")).isZero();
        assertThat(json()).isEmpty();
        out.reset();
        assertThat(run("arabic", "normalize", "")).isZero();
        assertThat(stdout().strip()).isEmpty();
    }

    @Test
    void badReferenceDateIsAOneLineUsageError() {
        assertThat(run("arabic", "dates", "--ref", "20-01-2024", "أمس")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines().toList()).hasSize(1);
        assertThat(stderr()).startsWith("marsad: ").contains("--ref").doesNotContain("Exception");
    }

    @ParameterizedTest
    @CsvSource({"+999999999-12-31", "-0001-01-01", "+10000-01-01"})
    void referenceOutsideTheSupportedDaysIsAOneLineUsageError(String reference) {
        assertThat(run("arabic", "dates", "--ref", reference, "أمس و1 رمضان")).isEqualTo(2);
        assertThat(stdout()).isEmpty();
        assertThat(stderr().lines().toList()).singleElement().asString()
                .isEqualTo("marsad: --ref: " + reference + " is outside the supported days 0001-01-01 to 9999-12-31");
    }

    @Test
    void referenceAtTheEdgeOfTheSupportedDaysResolves() throws Exception {
        assertThat(run("arabic", "dates", "--ref", "9999-12-31", "أمس")).isZero();
        assertThat(json().get(0).get("value").asText()).isEqualTo("9999-12-30");
    }

    @Test
    void badLevelIsAUsageError() {
        assertThat(run("arabic", "normalize", "--level", "loud", "نص")).isEqualTo(2);
        assertThat(stderr()).startsWith("marsad: ").doesNotContain("Exception");
    }

    @Test
    void missingSubcommandOrArgumentIsAUsageError() {
        assertThat(run("arabic")).isEqualTo(2);
        assertThat(run("arabic", "same-name", "ترامب")).isEqualTo(2);
        assertThat(stderr()).doesNotContain("Exception");
    }

    @Test
    void entitiesPrintsSpansWithOffsetsIntoTheInputAndWithoutClitics() throws Exception {
        String text = "قال الرئيس جورج بوش إن فرنسا وبريطانيا تدعمان الأمم المتحدة.";
        assertThat(run("arabic", "entities", text)).isZero();
        JsonNode found = json();
        assertThat(found.isArray()).isTrue();
        for (JsonNode m : found) {
            assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        assertThat(found.findValuesAsText("text")).contains("جورج بوش", "فرنسا", "بريطانيا", "الأمم المتحدة");
        assertThat(found.get(0).get("type").asText()).isEqualTo("PER");
    }

    @Test
    void entitiesReadsStandardInput() throws Exception {
        System.setIn(new java.io.ByteArrayInputStream("وصل الوفد إلى بيروت.\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(run("arabic", "entities", "-")).isZero();
        assertThat(json().findValuesAsText("type")).containsExactly("LOC");
        assertThat(json().findValuesAsText("text")).containsExactly("بيروت");
    }
}
