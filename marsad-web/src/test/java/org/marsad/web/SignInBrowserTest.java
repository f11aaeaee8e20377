package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in and out in a real browser (Debian's headless Chromium) at phone width, then desktop width. Skipped
 * when Chromium or its driver is not installed, like {@link BrowserTest}.
 */
class SignInBrowserTest extends SiteInChromium {

    @Test
    void signInAndOutOnAPhone() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(site.server.uri().toString());
        driver.findElement(By.cssSelector("header .account a")).click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/login"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("تسجيل الدخول");
        assertThat(driver.findElement(By.cssSelector("form.signin-form")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(Browsing.fitsTheScreen(driver)).as("no sideways scrolling at 390px").isTrue();

        Browsing.submitSignIn(driver, "كلمة سر خاطئة");
        Browsing.waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertThat(driver.findElement(By.cssSelector(".alert")).getText())
                .isEqualTo("اسم المستخدم أو كلمة المرور غير صحيحة.");
        // The name stays filled in; the password does not.
        assertThat(driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("سلمى");
        assertThat(driver.findElement(By.id("password")).getAttribute("value")).isEmpty();
        Browsing.shot(driver, "login-error-phone");

        driver.findElement(By.id("password")).sendKeys("كلمة سر طويلة");
        driver.findElement(By.cssSelector("form.signin-form button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("header .account .who")));
        assertThat(driver.findElement(By.cssSelector("header .account .who")).getText()).contains("سلمى")
                .contains("محرر");
        Cookie session = driver.manage().getCookieNamed(Access.SESSION_COOKIE);
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(Browsing.fitsTheScreen(driver)).as("the header with the user fits at 390px").isTrue();
        Browsing.shot(driver, "signed-in-phone");

        // the name in the header opens the account page (password change); /logout asks before signing out
        driver.findElement(By.cssSelector("header .account a.who")).click();
        Browsing.waiting(driver).until(ExpectedConditions.urlContains("/account"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("حسابي");
        assertThat(driver.findElement(By.cssSelector("form.change-password")).getCssValue("direction")).isEqualTo("rtl");
        assertThat(Browsing.fitsTheScreen(driver)).as("the account page fits at 390px").isTrue();
        Browsing.shot(driver, "account-phone");
        driver.get(site.server.uri().resolve("/logout").toString());
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("الخروج");
        assertThat(Browsing.fitsTheScreen(driver)).as("the sign-out page fits at 390px").isTrue();
        Browsing.shot(driver, "logout-phone");

        driver.findElement(By.cssSelector("header form.signout button")).click();
        Browsing.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("header .account a[href='/login']")));
        assertThat(driver.findElements(By.cssSelector("header .account .who"))).isEmpty();
        assertThat(driver.manage().getCookieNamed(Access.SESSION_COOKIE)).isNull();

        driver.manage().window().setSize(new Dimension(1280, 900));
        driver.get(site.server.uri().resolve("/login").toString());
        Browsing.shot(driver, "login-desktop");
        Browsing.signIn(driver);
        Browsing.shot(driver, "signed-in-desktop");
        driver.get(site.server.uri().resolve("/account").toString());
        Browsing.shot(driver, "account-desktop");
        driver.get(site.server.uri().resolve("/logout").toString());
        Browsing.shot(driver, "logout-desktop");
    }
}
