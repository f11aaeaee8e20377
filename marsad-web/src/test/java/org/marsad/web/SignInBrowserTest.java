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
 * Signing in and out in a real browser (Debian's headless Chromium) at phone width, then desktop width. Skipped
 * when Chromium or its driver is not installed, like {@link BrowserTest}.
 */
class SignInBrowserTest {
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
    void signInAndOutOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(site.server.uri().toString());
        driver.findElement(By.cssSelector("header .account a")).click();
        waiting().until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("تسجيل الدخول");
        assertThat(driver.findElement(By.cssSelector("form.signin-form")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(fitsTheScreen()).as("no sideways scrolling at 390px").isTrue();

        driver.findElement(By.id("name")).sendKeys("سلمى");
        driver.findElement(By.id("password")).sendKeys("كلمة سر خاطئة");
        driver.findElement(By.cssSelector("form.signin-form button")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText())
                .isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة.");
        // The name stays filled in; the password does not.
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("سلمى");
        assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
        shot("login-error-phone");

        driver.findElement(By.id("password")).sendKeys("كلمة سر طويلة");
        driver.findElement(By.cssSelector("form.signin-form button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .account .who")));
        assertThat(driver.findElement(By.cssSelector("header .account .who")).getText()).contains("سلمى")
                .contains("محرر");
        Cookie session = driver.manage().getCookieNamed(Access.SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(fitsTheScreen()).as("the header with the user fits at 390px").isTrue();
        shot("signed-in-phone");

        driver.findElement(By.cssSelector("header form.signout button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .account a")));
        assertThat(driver.findElements(By.cssSelector("header .account .who"))).isEmpty();
        assertThat(driver.manage().getCookieNamed(Access.SESSION_COOKIE)).isNull();

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(site.server.uri().resolve("/login").toString());
        shot("login-desktop");
        driver.findElement(By.id("name")).sendKeys("سلمى");
        driver.findElement(By.id("password")).sendKeys("كلمة سر طويلة");
        driver.findElement(By.cssSelector("form.signin-form button")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .account .who")));
        shot("signed-in-desktop");
    }

    private static void shot(String name) throws Exception {
        Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(tmp, BrowserTest.SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
