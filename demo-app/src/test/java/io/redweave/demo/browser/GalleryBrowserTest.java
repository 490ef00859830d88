package io.redweave.demo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.redweave.demo.support.DemoExtension;
import io.redweave.demo.support.DemoFixture;
import io.redweave.testing.Prerequisites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What a visitor sees in a real browser: headless Chromium from Debian. */
@ExtendWith(DemoExtension.class)
class GalleryBrowserTest {

    private static ChromeDriver browser;
    private static String base;

    @BeforeAll
    static void open(DemoFixture demo) {
        Prerequisites.require(
                Chromium.installed(),
                "Chromium and chromedriver are not installed: run demo-app/ci/install-browser.sh");
        browser = Chromium.start();
        base = demo.baseUrl();
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void gallery_rendersEveryPicture() {
        browser.get(base + "/images/");

        List<WebElement> images = browser.findElements(By.cssSelector("#pictures img"));
        Object loaded = browser.executeScript(
                "return Array.from(document.querySelectorAll('#pictures img')).filter(i => i.complete && i.naturalWidth > 0).length");

        assertThat(images).hasSize(65);
        assertThat(((Number) loaded).intValue()).isEqualTo(65);
        assertThat(browser.findElement(By.id("views")).getText()).matches("View Count : \\d+");
        assertThat(browser.findElement(By.id("visitors")).getText()).matches("Unique visitors : \\d+");
        assertThat(browser.findElement(By.id("counts-explained")).getText()).contains("F5 included");
        screenshot("gallery.png");
    }

    @Test
    void openingAPicture_raisesItsCount() {
        browser.get(base + "/images/");
        browser.findElement(By.cssSelector("a[href='/images/20/'] img")).click();
        long before = score();

        browser.navigate().refresh();

        assertThat(browser.getCurrentUrl()).endsWith("/images/20/");
        assertThat(score()).isEqualTo(before + 1);
    }

    @Test
    void pressingF5_raisesTheClicksButNotTheUniqueVisitors_untilANewBrowserComes() {
        browser.get(base + "/images/41/");
        long clicks = score();
        long visitors = visitors();

        browser.navigate().refresh();
        browser.navigate().refresh();

        assertThat(score()).isEqualTo(clicks + 2);
        assertThat(visitors()).isEqualTo(visitors);
        screenshot("picture.png");

        browser.manage().deleteCookieNamed("visitor"); // what a new browser looks like
        browser.navigate().refresh();

        assertThat(score()).isEqualTo(clicks + 3);
        assertThat(visitors()).isEqualTo(visitors + 1);
    }

    @Test
    void login_wrongPasswordFiveTimes_refusesEvenTheRightOneAndRedisShowsTheCount(DemoFixture demo) {
        browser.manage().deleteAllCookies();
        for (int i = 0; i < 5; i++) {
            submitLogin(DemoFixture.USER, "not-the-password-" + i);
            assertThat(browser.findElement(By.id("login-error")).getText())
                    .contains("Please enter the correct username and password.");
        }

        submitLogin(DemoFixture.USER, DemoFixture.PASSWORD);

        assertThat(browser.getCurrentUrl()).contains("/admin/login/");
        assertThat(browser.findElement(By.id("login-error")).getText())
                .contains("Too many failed logins")
                .contains("not even the right one");
        assertThat(browser.manage().getCookieNamed("sessionid")).isNull();
        assertThat(demo.redis().command("GET :counter:login-failures.user:" + DemoFixture.USER))
                .isEqualTo("$1");
        screenshot("login-locked.png");
    }

    @Test
    void leaderboard_reordersWhenAPictureIsOpenedMost() {
        browser.get(base + "/images/");
        long top = topScore();
        for (long i = 0; i <= top; i++) {
            browser.get(base + "/images/33/");
        }

        browser.get(base + "/images/");
        WebElement first = browser.findElement(By.cssSelector("#top10 li a"));

        assertThat(first.getText()).isEqualTo("Picture 33");
        first.click();
        assertThat(browser.getCurrentUrl()).endsWith("/images/33/");
    }

    @Test
    void login_createsTheRedisSessionKey_andLogoutRemovesIt(DemoFixture demo) {
        browser.get(base + "/admin/");
        browser.findElement(By.id("username")).sendKeys(DemoFixture.USER);
        browser.findElement(By.id("password")).sendKeys(DemoFixture.PASSWORD);
        browser.findElement(By.id("login")).click();

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("who")));
        assertThat(browser.findElement(By.id("who")).getText()).isEqualTo(DemoFixture.USER);
        Cookie session = browser.manage().getCookieNamed("sessionid");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(demo.redis().exists(":session:" + session.getValue())).isTrue();
        screenshot("dashboard.png");

        browser.findElement(By.id("logout")).click();

        assertThat(browser.getCurrentUrl()).contains("/admin/login/");
        assertThat(demo.redis().exists(":session:" + session.getValue())).isFalse();
    }

    private static void submitLogin(String user, String password) {
        browser.get(base + "/admin/login/");
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("login")).click();
        // the fresh form has no error line: the answer to this POST is on screen once one appears
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
    }

    // kept under target/screenshots for a person to look at; the assertions above are the test
    private static void screenshot(String name) {
        try {
            Path shot = Path.of("target", "screenshots", name);
            Files.createDirectories(shot.getParent());
            Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long score() {
        Matcher m = Pattern.compile("Click rate : (\\d+)")
                .matcher(browser.findElement(By.id("score")).getText());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long visitors() {
        Matcher m = Pattern.compile("Unique visitors : (\\d+)")
                .matcher(browser.findElement(By.id("visitors")).getText());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static long topScore() {
        List<WebElement> scores = browser.findElements(By.cssSelector("#top10 .score"));
        return scores.isEmpty() ? 0 : Long.parseLong(scores.get(0).getText().replaceAll("\\D", ""));
    }
}
