package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The search page's side column and coverage chart in Debian's headless Chromium, at phone and desktop widths: outlet
 * names that are a domain or a long site title stay inside the facet column, and a few matches over months are
 * drawn by month (screenshots in target/screenshots). Skipped when Chromium or its driver is not installed.
 */
class FacetsBrowserTest extends SiteInChromium {
    /** A domain name with no space to break at, and a site title as `sources add --homepage` may name an outlet. */
    static final String DOMAIN = "arabic-news-agency-international-service.example.com";
    static final String TITLE = "الخليج الجديد | أخبار الخليج والعالم العربي على مدار الساعة من مصادرها الموثوقة";

    @BeforeAll
    static void addLongNames() {
        site.archive.save(article(1, "قافلة مساعدات تصل إلى غزة", DOMAIN, "2024-06-02"), null);
        site.archive.save(article(2, "مساعدات غزة تنتظر عند المعبر", TITLE, "2024-11-20"), null);
        site.archive.commit();
        site.archive.refresh();
    }

    private static Article article(int i, String title, String source, String day) {
        return Article.builder().url("https://long-names.example/" + i).title(title)
                .body(List.of("وصلت قافلة مساعدات إنسانية إلى قطاع غزة صباح اليوم بعد انتظار طويل عند المعبر."))
                .source(source).published(day).language("ar").build();
    }

    @Test
    void longOutletNamesStayInTheFacetColumnAndSparseMonthsAreDrawnByMonth() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        String url = site.server.uri().resolve("/search?q=" + WebServerTest.enc("غزة")).toString();
        for (Dimension size : List.of(new Dimension(1280, 1000), new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            driver.get(url);
            String name = size.width < 600 ? "phone" : "desktop";
            assertThat(js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"))
                    .as("no sideways scrolling at %s", size).isEqualTo(Boolean.TRUE);
            // every facet entry, its name and its count, lies inside its box
            Object inside = js.executeScript("""
                    return [...document.querySelectorAll('.side .facet')].every(box => {
                      const b = box.getBoundingClientRect();
                      return [...box.querySelectorAll('li > a, li > .count')].every(e => {
                        const r = e.getBoundingClientRect();
                        return r.left >= b.left - 1 && r.right <= b.right + 1;
                      });
                    });""");
            assertThat(inside).as("facet entries inside their column at %s", size).isEqualTo(Boolean.TRUE);
            List<WebElement> outlets = driver.findElements(By.cssSelector(".side .facet li > a[title]"));
            assertThat(outlets).extracting(e -> e.getAttribute("title")).contains(DOMAIN, TITLE);
            // the long title shows two lines at most; the whole name is the link's title
            WebElement longOne = outlets.stream().filter(e -> TITLE.equals(e.getAttribute("title"))).findFirst()
                    .orElseThrow();
            Number lines = (Number) js.executeScript("""
                    const a = arguments[0];
                    return Math.round(a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight));""",
                    longOne);
            assertThat(lines.intValue()).as("lines of the long outlet name at %s", size).isBetween(1, 2);

            WebElement chart = driver.findElement(By.cssSelector("figure.chart.coverage"));
            assertThat(chart.findElement(By.tagName("figcaption")).getText()).contains("حسب الشهر");
            Browsing.shot(driver, "facets-coverage-" + name);
        }
    }
}
