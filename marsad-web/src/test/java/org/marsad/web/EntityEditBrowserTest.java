package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.ArticleEntity;
import org.marsad.testing.CiRequirement;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An editor marks an entity "not an entity" and undoes it, in a real browser (headless Chromium) at phone width,
 * and the article page's automatic tags at phone and desktop widths; screenshots under target/screenshots
 * (entity-*.png, article-auto-tags-*.png). The articles are the module's entities.jsonl fixture.
 */
class EntityEditBrowserTest {
    static TestSite site;
    static WebDriver driver;
    static String pm;

    @BeforeAll
    static void start(@TempDir Path profile, @TempDir Path data) throws Exception {
        CiRequirement.require(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
                "headless Chromium or its driver is not installed (apt-get install chromium chromium-driver)");
        site = TestSite.start(data, "entities.jsonl");
        pm = site.archive.store().get("pm-1").orElseThrow().entities().stream()
                .filter(e -> e.type().equals("PER")).map(ArticleEntity::id).findFirst().orElseThrow();
        Browsing.addEditor(site);
        driver = BrowserTest.headlessChromium(profile);
    }

    @AfterAll
    static void stop() {
        Browsing.stop(driver, site);
    }

    private static void open(String path) {
        driver.get(site.server.uri().resolve(path).toString());
    }

    /** Signs the editor in, unless the other test already did in this browser. */
    private static void signIn() {
        open("/");
        if (!driver.findElements(By.cssSelector("header .account .who")).isEmpty()) {
            return;
        }
        open("/login");
        Browsing.signIn(driver);
    }

    @Test
    void anEditorMarksNotAnEntityAndUndoesItOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn();
        open("/entity/" + pm);
        WebElement editor = driver.findElement(By.cssSelector("section.entity-editor"));
        assertThat(editor.findElements(By.tagName("form"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(editor.getCssValue("direction")).isEqualTo("rtl");
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", editor);
        assertThat(Browsing.fitsTheScreen(driver)).as("the editor controls fit at 390px").isTrue();
        Browsing.shot(driver, "entity-editor-phone");

        driver.findElement(By.cssSelector("form.entity-reject button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".entity-edit .what")));
        assertThat(driver.findElement(By.cssSelector(".entity-edit .what")).getText())
                .contains("ليس كياناً", "بنيامين نتنياهو");
        assertThat(Browsing.fitsTheScreen(driver)).as("the confirmation fits at 390px").isTrue();
        assertThat(driver.findElement(By.cssSelector("section.entity-edit")).getCssValue("background-color"))
                .as("the confirmation sits on the page's card, as other pages' content does").isNotEqualTo("rgba(0, 0, 0, 0)");
        Browsing.shot(driver, "entity-confirm-phone");
        assertThat(site.archive.entities().get(pm)).as("nothing changes before confirming").isPresent();

        driver.findElement(By.cssSelector("form.entity-edit-confirm button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.entity-rejected")));
        assertThat(driver.getCurrentUrl()).endsWith("/entity/" + pm);
        assertThat(site.archive.entities().get(pm)).isEmpty();
        assertThat(Browsing.fitsTheScreen(driver)).as("the undo page fits at 390px").isTrue();
        assertThat(driver.findElement(By.cssSelector("section.entity-rejected")).getCssValue("background-color"))
                .as("the undo page sits on the page's card").isNotEqualTo("rgba(0, 0, 0, 0)");
        Browsing.shot(driver, "entity-rejected-phone");
        open("/article/pm-1");
        assertThat(driver.findElements(By.cssSelector("aside section.entities a[href='/entity/" + pm + "']")))
                .isEmpty();

        open("/entity/" + pm);
        driver.findElement(By.cssSelector("form.entity-restore button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.entity-editor")));
        assertThat(driver.getCurrentUrl()).endsWith("/entity/" + pm);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("بنيامين نتنياهو");
        open("/article/pm-1");
        assertThat(driver.findElements(By.cssSelector("aside section.entities a[href='/entity/" + pm + "']")))
                .hasSize(1);
    }

    @Test
    void theArticlesAutomaticTagsStandApartAndFitAtPhoneAndDesktopWidths() throws Exception {
        signIn();
        for (int width : List.of(390, 1280)) {
            driver.manage().window().setSize(new Dimension(width, 900));
            open("/article/pm-1");
            WebElement block = driver.findElement(By.cssSelector("article section.auto-tags"));
            // dashed, unlike the page's own tags
            assertThat(block.findElement(By.cssSelector("ul.tags.auto a")).getCssValue("border-top-style"))
                    .isEqualTo("dashed");
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", block);
            assertThat(Browsing.fitsTheScreen(driver)).as("the article page fits at " + width + "px").isTrue();
            String size = width < 600 ? "phone" : "desktop";
            Browsing.shot(driver, "article-auto-tags-" + size);
            open("/entity/" + pm);
            WebElement editor = driver.findElement(By.cssSelector("section.entity-editor"));
            assertThat(editor.findElements(By.tagName("form"))).isNotEmpty();
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView()", editor);
            assertThat(Browsing.fitsTheScreen(driver)).as("the entity page with its editor controls fits at " + width + "px")
                    .isTrue();
            Browsing.shot(driver, "entity-" + size);
        }
    }
}
