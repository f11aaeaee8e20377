package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 17: an editor hides an article and un-hides it from the /hidden list in Debian's headless Chromium, at phone
 * and desktop widths (screenshots in target/screenshots). Skipped when Chromium or its driver is not installed.
 */
class HidingBrowserTest {
    static TestSite site;
    static WebDriver driver;

    @BeforeAll
    static void start(@TempDir Path profile, @TempDir Path data) throws Exception {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
                "headless Chromium not installed (apt-get install chromium chromium-driver): browser test skipped");
        site = TestSite.start(data);
        Accounts.open(site.archive.store().database(), Accounts.Settings.defaults().withBcryptCost(4))
                .addUser("سلمى", Role.EDITOR, "كلمة سر طويلة".toCharArray());
        driver = BrowserTest.headlessChromium(profile);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static boolean fitsTheScreen() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    @Test
    void anEditorHidesAnArticleOnAPhoneAndShowsItAgainFromTheHiddenListOnADesktop() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(site.server.uri().resolve("/login").toString());
        driver.findElement(By.id("name")).sendKeys("سلمى");
        driver.findElement(By.id("password")).sendKeys("كلمة سر طويلة");
        driver.findElement(By.cssSelector("form.signin-form button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .account .who")));

        driver.get(site.server.uri().resolve("/article/gaza-1").toString());
        String title = driver.findElement(By.tagName("h1")).getText();
        driver.findElement(By.cssSelector("form.hide-article button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hidden-notice")));
        assertThat(driver.findElement(By.cssSelector(".hidden-notice")).getText()).contains("مخفي عن القرّاء");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(fitsTheScreen()).as("hidden article page fits 390 px").isTrue();
        shot("hidden-article-phone");

        driver.get(site.server.uri().resolve("/hidden").toString());
        assertThat(driver.findElement(By.cssSelector(".hidden-articles li")).getText()).contains(title);
        assertThat(driver.findElement(By.cssSelector(".hidden-list")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(fitsTheScreen()).as("/hidden fits 390 px").isTrue();
        shot("hidden-list-phone");

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.navigate().refresh();
        assertThat(fitsTheScreen()).isTrue();
        shot("hidden-list-desktop");
        driver.findElement(By.cssSelector(".hidden-articles form.unhide-article button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".hidden-list .empty")));
        assertThat(site.archive.store().get("gaza-1")).isPresent();
    }

    private static void shot(String name) throws Exception {
        Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, BrowserTest.SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
