package org.longarm.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.longarm.model.Incident;
import org.longarm.model.IncidentType;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in headless Chromium (Debian's chromium and chromium-driver), against the server on a free loopback
 * port over the fixture store. Skipped, with a message, where Chromium or its driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final String TOKEN = "browser-token-0123456789abcdef";

    @TempDir
    static Path data;
    @TempDir
    static Path profile;

    Server server;
    ChromeDriver driver;
    WebDriverWait wait;
    List<Incident> incidents;

    @BeforeAll
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "browser tests skipped: install Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
        incidents = Fixture.importInto(data, Fixture.articles());
        server = Server.start(data, "127.0.0.1", 0, TOKEN, Clock.systemUTC(), System.err);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1000", "--user-data-dir=" + profile.resolve("chrome"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().withLogFile(new File(profile.resolve("chromedriver.log").toString())).build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    void stop() {
        if (driver != null) driver.quit();
        if (server != null) server.close();
    }

    @BeforeEach
    void blank() {
        driver.get(server.url() + "/assets/favicon.svg");
    }

    void open(String hash) {
        driver.get(server.url() + "/" + hash);
    }

    String idOf(IncidentType type) {
        return incidents.stream().filter(x -> x.type() == type).findFirst().orElseThrow().id();
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    @Test
    void theListShowsEveryIncidentWithFacetsAndSearches() {
        open("#/");
        wait.until(d -> d.findElements(By.cssSelector("#results tr.incident-row")).size() == incidents.size());
        assertEquals(incidents.size() + " incidents", driver.findElement(By.id("result-count")).getText());
        saveScreenshotQuietly("list");
        assertFalse(driver.findElements(By.cssSelector("#facets li.facet")).isEmpty());
        WebElement q = driver.findElement(By.id("search-q"));
        q.sendKeys("repatriated");
        driver.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("result-count")).getText().equals("1 incident"));
        wait.until(d -> d.findElements(By.cssSelector("#results tr.incident-row")).size() == 1);
        assertEquals(idOf(IncidentType.FORCED_RETURN),
                driver.findElement(By.cssSelector("#results tr.incident-row")).getAttribute("data-id"));
    }

    @Test
    void theIncidentPageShowsEvidenceInItsTextTheChainAndPerSourceValues() {
        open("#/incident/" + idOf(IncidentType.ABDUCTION));
        wait.until(d -> d.findElements(By.cssSelector("#evidence blockquote.excerpt mark")).size() == 2);
        // the excerpts fill in with the article text around the marked mention
        wait.until(d -> d.findElements(By.cssSelector("#evidence blockquote.excerpt")).stream()
                .allMatch(b -> b.getText().length() > b.findElement(By.tagName("mark")).getText().length()));
        List<String> marks = driver.findElements(By.cssSelector("#evidence mark")).stream().map(WebElement::getText).toList();
        assertTrue(marks.contains("Agents of the Ministry of State Security seized two defectors in Dandong last March"), marks.toString());
        assertTrue(driver.findElement(By.id("evidence")).getText().contains("hedged"));
        assertTrue(driver.findElement(By.id("source-chain")).getText().contains("citing Daily NK"));
        assertEquals(2, driver.findElements(By.cssSelector("#reports tbody tr")).size());
        assertEquals(2, driver.findElements(By.cssSelector("#reports td.conflict")).size());
        saveScreenshotQuietly("incident");
    }

    @Test
    void hostileArticleStringsShowAsTextAndNeverRun() {
        open("#/article/a2");
        WebElement title = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));
        assertEquals(Fixture.XSS_TITLE, title.getText());
        assertTrue(driver.findElement(By.tagName("main")).getText().contains(Fixture.XSS_OUTLET));
        assertTrue(driver.findElement(By.id("article-text")).getText().contains("<b>Family</b>"));
        open("#/incident/" + idOf(IncidentType.ABDUCTION));
        wait.until(d -> d.findElements(By.cssSelector("#evidence .outlet")).size() == 2);
        assertTrue(driver.findElement(By.id("source-chain")).getText().contains(Fixture.XSS_OUTLET));
        assertEquals(0L, js("return document.querySelectorAll('main script, main img, main b').length"));
        assertEquals(null, js("return window.__xss === undefined ? null : window.__xss"));
        // the article's javascript: address is not made into a live link
        open("#/article/a2");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("article-title")));
        for (WebElement a : driver.findElements(By.cssSelector("main a"))) {
            assertFalse(String.valueOf(a.getAttribute("href")).startsWith("javascript:"), a.getAttribute("href"));
        }
    }

    @Test
    void aReviewIsSavedWithTheTokenAndRefusedWithout() {
        open("#/incident/" + idOf(IncidentType.THREAT));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
        driver.findElement(By.id("review-token")).sendKeys("wrong-token-0123456789");
        driver.findElement(By.id("review-note")).sendKeys("checked");
        driver.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("review-status")).getText().contains("refused"));
        WebElement token = driver.findElement(By.id("review-token"));
        token.clear();
        token.sendKeys(TOKEN);
        driver.findElement(By.id("review-reviewer")).sendKeys("<i>Ana</i>");
        driver.findElement(By.cssSelector("#review-form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("review-status")).getText().equals("Saved."));
        String reviews = driver.findElement(By.id("reviews")).getText();
        assertTrue(reviews.contains("confirmed") && reviews.contains("checked") && reviews.contains("<i>Ana</i>"), reviews);
    }

    @Test
    void aLongListLoadsPageByPageAsItScrolls(@TempDir Path big) {
        ScaleTest.many(big, 180);
        try (Server other = Server.start(big, "127.0.0.1", 0, TOKEN, Clock.systemUTC(), System.err)) {
            driver.get(other.url() + "/#/");
            wait.until(d -> d.findElements(By.cssSelector("#results tr.incident-row")).size() == 50);
            assertEquals("180 incidents", driver.findElement(By.id("result-count")).getText());
            for (int expected : new int[] {100, 150, 180}) {
                js("window.scrollTo(0, document.body.scrollHeight)");
                wait.until(d -> d.findElements(By.cssSelector("#results tr.incident-row")).size() >= expected);
            }
            assertEquals(180, driver.findElements(By.cssSelector("#results tr.incident-row")).size());
            assertFalse(driver.findElement(By.id("load-more")).isDisplayed());
        }
    }

    /** Keeps a screenshot of the page in target/screenshots for people to look at; asserts nothing. */
    void saveScreenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    void saveScreenshotQuietly(String name) {
        try {
            saveScreenshot(name);
        } catch (Exception e) {
            // only for looking at
        }
    }

    /** Pixels of an element's screenshot that differ from its background colour. */
    int drawnPixels(WebElement e, int background) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(e.getScreenshotAs(OutputType.BYTES)));
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if (far(img.getRGB(x, y), background)) n++;
            }
        }
        return n;
    }

    static boolean far(int rgb, int other) {
        int dr = Math.abs(((rgb >> 16) & 255) - ((other >> 16) & 255));
        int dg = Math.abs(((rgb >> 8) & 255) - ((other >> 8) & 255));
        int db = Math.abs((rgb & 255) - (other & 255));
        return dr + dg + db > 60;
    }

    @Test
    void theTimelineDrawsBars() throws Exception {
        open("#/timeline");
        WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline svg")));
        assertEquals(2, driver.findElements(By.cssSelector("#timeline rect.bar")).size());
        int drawn = drawnPixels(svg, 0xffffff);
        assertTrue(drawn > 500, "the timeline drew only " + drawn + " pixels");
        saveScreenshot("timeline");
    }

    @Test
    void theMapDrawsCountriesAndPlaces() throws Exception {
        open("#/map");
        WebElement svg = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map svg")));
        wait.until(d -> d.findElements(By.cssSelector("#map path.country")).size() > 150);
        assertEquals(2, driver.findElements(By.cssSelector("#map circle.point")).size());
        assertEquals(1, driver.findElements(By.cssSelector("#map path.has-incidents")).size());
        int land = drawnPixels(svg, 0xdfeaf3);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(svg.getScreenshotAs(OutputType.BYTES)));
        int points = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 255) > 100 && ((rgb >> 8) & 255) < 80 && (rgb & 255) < 80) points++;
            }
        }
        assertTrue(land > 20_000, "land drawn: " + land + " pixels");
        assertTrue(points > 20, "incident points drawn: " + points + " pixels");
        List<WebElement> circles = driver.findElements(By.cssSelector("#map circle.point"));
        circles.get(circles.size() - 1).click(); // the last drawn lies on top
        saveScreenshot("map");
        wait.until(d -> !d.findElements(By.cssSelector("#map-info a")).isEmpty());
    }
}
