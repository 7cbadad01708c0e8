package de.koeln.zks.itests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * One browser of a browser test: Debian's headless Chromium driven by chromium-driver (paths from the system
 * properties zks.chromium and zks.chromedriver), with a profile of its own, so two browsers are two people.
 */
final class WebBrowser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final String base;
    private final Path profile;

    WebBrowser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("zks-chromium");
        String chromium = System.getProperty("zks.chromium", "/usr/bin/chromium");
        String chromedriver = System.getProperty("zks.chromedriver", "/usr/bin/chromedriver");
        if (!Files.isExecutable(Path.of(chromium)) || !Files.isExecutable(Path.of(chromedriver))) {
            fail("Browser tests need Chromium and its driver (" + chromium + ", " + chromedriver
                + "): apt-get install chromium chromium-driver (.ci/run does it)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        // as root in a container: no sandbox; the closed network: nothing that phones home
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-default-apps", "--lang=de-DE", "--window-size=1280,900",
            "--autoplay-policy=no-user-gesture-required", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(chromedriver).toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /** Opens a route of the page ({@code ""} for the start page). */
    void open(String route) {
        driver.get(base + "/#/" + route);
    }

    WebElement await(By by) {
        return await(by, Duration.ofSeconds(15));
    }

    WebElement await(By by, Duration timeout) {
        return new WebDriverWait(driver, timeout).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void awaitText(By by, String text, Duration timeout) {
        new WebDriverWait(driver, timeout).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
    }

    /** Logs in through the page's own form and waits for the start page with every part started. */
    void login(String user, String password) {
        driver.get(base + "/");
        await(By.id("login-user")).sendKeys(user);
        driver.findElement(By.id("login-password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        await(By.cssSelector("header [data-shell=logout]"));
        // the start page replaces the login form after the parts have started (and put their tools, e.g. the alarm
        // button, in place)
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.numberOfElementsToBe(By.id("login"), 0));
        await(By.cssSelector("#main h1"));
    }

    void logout() {
        driver.findElement(By.cssSelector("header [data-shell=logout]")).click();
        await(By.id("login-user"));
    }

    /** Shows the page as a phone of this width would (a window cannot be made that narrow). */
    void width(int pixels) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
            java.util.Map.of("width", pixels, "height", 800, "deviceScaleFactor", 1, "mobile", true));
        driver.navigate().refresh();
    }

    /** A screenshot for people to look at (target/screenshots, not committed). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** axe-core on the page as it is now: no serious or critical violation (WCAG 2.1 A and AA rules). */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
            .analyze(driver);
        List<Rule> serious = results.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .collect(Collectors.toList());
        String report = serious.stream()
            .map(r -> r.getImpact() + " " + r.getId() + ": " + r.getHelp() + " at "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
            .collect(Collectors.joining("\n  "));
        assertTrue("accessibility of " + page + ":\n  " + report, serious.isEmpty());
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a temporary profile left behind
            }
        }
    }
}
