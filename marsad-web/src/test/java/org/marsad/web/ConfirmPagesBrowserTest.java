package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.watch.Watch;
import org.marsad.watch.Watch.WatchSpec;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The confirm pages in Debian's headless Chromium at phone width (390×844; screenshots in target/screenshots), each
 * link → page → POST: «احذف المراقبة» on /watches and «احذف هذا المقال من الأرشيف» on an article open a page that
 * names what goes and deletes nothing; its button posts and lands on /watches or the front page, the thing gone.
 * (Stopping following a source is walked the same way in marsad-server's SourcesBrowserTest, which has a poller.)
 * Skipped when Chromium or its driver is not installed.
 */
class ConfirmPagesBrowserTest extends SiteInChromium {
    @BeforeAll
    static void signInAtPhoneWidth() {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(site.server.uri().resolve("/login").toString());
        Browsing.signIn(driver);
    }

    /** The confirm pages' card (marsad.css's .main): a solid frame with round corners. */
    private static final String CARD = "solid 10px";

    /** The frame of the section that holds the page's heading, as drawn. */
    private static String card() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var s = getComputedStyle("
                + "document.querySelector('h1').closest('section')); return s.borderTopStyle + ' '"
                + " + s.borderTopLeftRadius;");
    }

    private static String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    @Test
    void deletingAWatchGoesFromItsLinkToItsConfirmPageAndBackToTheWatchesWithoutIt() throws Exception {
        Watch quakes = site.watches.create(WatchSpec.of("زلازل", "زلزال"), Browsing.EDITOR);
        Watch floods = site.watches.create(WatchSpec.of("سيول", "سيول"), Browsing.EDITOR);
        driver.get(site.server.uri().resolve("/watches").toString());
        driver.findElement(By.cssSelector("#watch-" + quakes.id() + " a.delete-watch")).click();
        Browsing.waiting(driver).until(d -> path().equals("/watches/" + quakes.id() + "/delete"));
        assertThat(driver.findElement(By.cssSelector(".confirm-action .target")).getText()).isEqualTo("زلازل");
        assertThat(site.watches.list()).as("the page deletes nothing").hasSize(2);
        assertThat(Browsing.fitsTheScreen(driver)).as("watch confirm page fits 390 px").isTrue();
        assertThat(card()).isEqualTo(CARD);
        Browsing.shot(driver, "confirm-watch-delete-phone");

        driver.findElement(By.cssSelector("form.confirm button")).click();
        Browsing.waiting(driver).until(d -> path().equals("/watches"));
        assertThat(site.watches.list()).extracting(Watch::id).containsExactly(floods.id());
        assertThat(driver.findElements(By.cssSelector("#watch-" + quakes.id()))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("#watch-" + floods.id()))).hasSize(1);
    }

    @Test
    void deletingAnArticleGoesFromItsPageToItsConfirmPageAndToTheFrontPageWithoutIt() throws Exception {
        driver.get(site.server.uri().resolve("/article/gaza-1").toString());
        String title = driver.findElement(By.tagName("h1")).getText();
        driver.findElement(By.cssSelector("a.delete-article")).click();
        Browsing.waiting(driver).until(d -> path().equals("/article/gaza-1/delete"));
        assertThat(driver.findElement(By.cssSelector(".confirm-action .target")).getText()).contains(title);
        assertThat(site.archive.store().get("gaza-1")).as("the page deletes nothing").isPresent();
        assertThat(Browsing.fitsTheScreen(driver)).as("article confirm page fits 390 px").isTrue();
        assertThat(card()).as("drawn as the watch and source confirm pages are").isEqualTo(CARD);
        Browsing.shot(driver, "confirm-article-delete-phone");
        driver.manage().window().setSize(new Dimension(1280, 900));
        Browsing.shot(driver, "confirm-article-delete-wide");
        driver.manage().window().setSize(new Dimension(390, 844));

        driver.findElement(By.cssSelector("form.confirm button")).click();
        Browsing.waiting(driver).until(d -> path().equals("/"));
        assertThat(site.archive.store().get("gaza-1")).isEmpty();
        driver.get(site.server.uri().resolve("/article/gaza-1").toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isNotEqualTo(title);
    }
}
