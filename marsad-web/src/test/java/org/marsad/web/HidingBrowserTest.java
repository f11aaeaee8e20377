package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 17: an editor hides an article and un-hides it from the /hidden list in Debian's headless Chromium, at phone
 * and desktop widths (screenshots in target/screenshots). Skipped when Chromium or its driver is not installed.
 */
class HidingBrowserTest extends SiteInChromium {

    @Test
    void anEditorHidesAnArticleOnAPhoneAndShowsItAgainFromTheHiddenListOnADesktop() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(site.server.uri().resolve("/login").toString());
        Browsing.signIn(driver);

        driver.get(site.server.uri().resolve("/article/gaza-1").toString());
        String title = driver.findElement(By.tagName("h1")).getText();
        driver.findElement(By.cssSelector("form.hide-article button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hidden-notice")));
        assertThat(driver.findElement(By.cssSelector(".hidden-notice")).getText()).contains("مخفي عن القرّاء");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(Browsing.fitsTheScreen(driver)).as("hidden article page fits 390 px").isTrue();
        Browsing.shot(driver, "hidden-article-phone");

        driver.get(site.server.uri().resolve("/hidden").toString());
        assertThat(driver.findElement(By.cssSelector(".hidden-articles li")).getText()).contains(title);
        assertThat(driver.findElement(By.cssSelector(".hidden-list")).getCssValue("direction")).isEqualTo("rtl");
        // it sits on the white card every other page's content has (review27: it lay bare on the grey background)
        assertThat(driver.findElement(By.cssSelector(".hidden-list")).getCssValue("background-color"))
                .isNotEqualTo("rgba(0, 0, 0, 0)");
        assertThat(Browsing.fitsTheScreen(driver)).as("/hidden fits 390 px").isTrue();
        Browsing.shot(driver, "hidden-list-phone");

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.navigate().refresh();
        assertThat(Browsing.fitsTheScreen(driver)).isTrue();
        Browsing.shot(driver, "hidden-list-desktop");
        driver.findElement(By.cssSelector(".hidden-articles form.unhide-article button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hidden-list .empty")));
        assertThat(site.archive.store().get("gaza-1")).isPresent();
    }
}
