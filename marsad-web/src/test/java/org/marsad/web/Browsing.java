package org.marsad.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.marsad.accounts.Accounts;
import org.marsad.accounts.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the browser tests do in headless Chromium around their own checks: the editor account they sign in with,
 * waiting, the no-sideways-scrolling check, screenshots under {@link BrowserTest#SHOTS}, and the end of a run.
 */
final class Browsing {
    /** The editor the signed-in tests add and sign in as. */
    static final String EDITOR = "سلمى";
    static final String PASSWORD = "كلمة سر طويلة";

    private Browsing() {
    }

    /** Skips the calling test class when Debian's headless Chromium or its driver is not installed. */
    static void assumeChromium() {
        assumeTrue(Files.isExecutable(BrowserTest.CHROMIUM) && Files.isExecutable(BrowserTest.DRIVER),
                "headless Chromium not installed (apt-get install chromium chromium-driver): browser test skipped");
    }

    /** Adds the editor account to the site (a low bcrypt cost: the tests sign in, they do not measure hashing). */
    static void addEditor(TestSite site) {
        Accounts.open(site.archive.store().database(), Accounts.Settings.defaults().withBcryptCost(4))
                .addUser(EDITOR, Role.EDITOR, PASSWORD.toCharArray());
    }

    /** Up to 20 seconds for what the page does next. */
    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Whether the page is no wider than the window: nothing to scroll sideways. */
    static boolean fitsTheScreen(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /** Saves what the browser shows as {@code NAME.png} among the screenshots. */
    static void shot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(BrowserTest.SHOTS);
        Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, BrowserTest.SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** On the sign-in page: types the editor's name and this password, and sends the form. */
    static void submitSignIn(WebDriver driver, String password) {
        driver.findElement(By.id("name")).sendKeys(EDITOR);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.signin-form button")).click();
    }

    /** On the sign-in page: signs the editor in and waits for the header to name them. */
    static void signIn(WebDriver driver) {
        submitSignIn(driver, PASSWORD);
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .account .who")));
    }

    /** Closes the browser and the site, whichever was started. */
    static void stop(WebDriver driver, TestSite site) {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }
}
