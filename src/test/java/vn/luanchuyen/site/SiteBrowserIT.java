package vn.luanchuyen.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built sample in a real browser: Debian's Chromium, headless, driven by Selenium through
 * Debian's chromedriver, on the site served from 127.0.0.1. A reader goes from the home page to
 * a district, a commune and a cadre, searches without diacritics, reads on a 375 px phone
 * screen without sideways scrolling; axe-core finds no serious or critical accessibility
 * problem; no request leaves the site. Screenshots go to {@code target/screenshots/}.
 *
 * <p>Without Chromium or chromedriver the test is skipped, saying how to install them, except
 * under {@code CI=true}, where it fails.
 */
class SiteBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final Path SHOTS = Path.of("target/screenshots");
    /** A page of each template, and the variants a reader meets. */
    private static final List<String> PAGES = List.of("", "don-vi/", "don-vi/thai-nguyen/", "don-vi/vo-nhai/",
            "don-vi/cuc-duong/", "don-vi/lap-thach/", "don-vi/ninh-phuoc/", "can-bo/", "can-bo/nguyen-hong-son/",
            "can-bo/nguyen-ngoc-hien/", "luan-chuyen/", "luan-chuyen/huong/ve-co-so/", "van-ban/", "van-ban/vo-nhai-de-an-01/",
            "nguon/", "tim-kiem/?q=ha", "bai-viet/", "bai-viet/hoan-doi-vi-tri-de-ren-can-bo-o-vo-nhai.html",
            "bai-viet/chu-de/vo-nhai/", "khong-co-trang-nay/");
    private static final List<String> FINDER_LOG = new ArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SampleSite site;
    private static Path out;
    private static StaticServer server;
    private static Path profile;
    private static ChromeDriver driver;
    private static String axe;

    /** Why the tests are skipped (no browser here), or null. */
    private static String skipped;

    @BeforeAll
    static void start() throws Exception {
        skipped = missingBrowser();
        if (skipped != null) return;
        site = SampleSite.copy();
        out = site.build();
        server = StaticServer.start(out);
        try (InputStream in = SiteBrowserIT.class.getClassLoader().getResourceAsStream(AXE)) {
            assertThat(in).as("axe.min.js from the WebJar org.webjars.npm:axe-core").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("luanchuyen-chromium");

        // Selenium Manager must never run (it would download drivers and browsers): we hand
        // Selenium both binaries, and check below that it said it skipped the manager.
        Logger finder = Logger.getLogger("org.openqa.selenium.remote.service.DriverFinder");
        finder.setLevel(Level.FINE);
        finder.addHandler(new Handler() {
            @Override
            public void publish(LogRecord r) {
                FINDER_LOG.add(r.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile,
                "--window-size=1280,900",
                // A guard: no host name resolves, so nothing can leave this machine even if a page asked.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
        // Every request the browser starts, from chromedriver's performance log (DevTools Network events).
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        assertThat(FINDER_LOG).as("Selenium Manager was skipped").anySatisfy(m -> assertThat(m).startsWith("Skipping Selenium Manager"));
    }

    /** Null when Chromium and chromedriver are here; else why not, and how to install them. Fails on CI. */
    private static String missingBrowser() {
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(CHROMIUM)) missing.add(CHROMIUM.toString());
        if (!Files.isExecutable(CHROMEDRIVER)) missing.add(CHROMEDRIVER.toString());
        if (missing.isEmpty()) return null;
        String message = "SiteBrowserIT needs Chromium and chromedriver, missing " + missing
                + "; install them with: apt-get install chromium chromium-driver";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) throw new IllegalStateException(message + " (CI=true: failing, not skipping)");
        System.err.println(message + " (skipped)");
        return message;
    }

    @BeforeEach
    void skipWithoutBrowser() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    @AfterAll
    static void stop() throws IOException {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (site != null) site.close();
        if (profile != null) SampleSite.deleteTree(profile);
    }

    private static void open(String path) {
        driver.get(server.url(path));
    }

    private static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static void follow(By link) {
        WebElement a = driver.findElement(link);
        String href = a.getAttribute("href");
        a.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(href));
    }

    /** A screenshot of the whole page (up to 5000 px high), through the DevTools protocol. */
    @SuppressWarnings("unchecked")
    private static void shot(String name) throws IOException {
        Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(5000, ((Number) size.get("height")).doubleValue());
        Map<String, Object> png = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) png.get("data")));
    }

    @Test
    void readerGoesFromHomeToDistrictCommuneAndCadre() throws IOException {
        open("");
        assertThat(driver.getTitle()).isEqualTo("Luân chuyển cán bộ");
        shot("1-trang-chu");
        follow(By.xpath("//section[@aria-labelledby='dia-phuong']//a[contains(., 'Võ Nhai')]"));
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url("don-vi/vo-nhai/"));
        assertThat(h1()).containsIgnoringCase("huyện Võ Nhai");
        shot("2-huyen-vo-nhai");
        follow(By.xpath("//section[@aria-labelledby='truc-thuoc']//a[contains(., 'Cúc Đường')]"));
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url("don-vi/cuc-duong/"));
        assertThat(h1()).containsIgnoringCase("xã Cúc Đường");
        shot("3-xa-cuc-duong");
        follow(By.xpath("//section[@aria-labelledby='lanh-dao']//a[.='Nguyễn Hồng Sơn']"));
        assertThat(driver.getCurrentUrl()).isEqualTo(server.url("can-bo/nguyen-hong-son/"));
        assertThat(h1()).isEqualTo("Nguyễn Hồng Sơn");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bí thư Đảng ủy xã Cúc Đường");
        shot("4-can-bo-nguyen-hong-son");
    }

    /** Searches on the search page; returns the titles of the results. */
    private static List<String> search(String query) {
        WebElement input = driver.findElement(By.id("q"));
        input.clear();
        input.sendKeys(query);
        driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "«" + query + "»"));
        return driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void searchFindsNamesTypedWithoutDiacritics() throws IOException {
        open("tim-kiem/");
        assertThat(search("nghia")).contains("Vũ Minh Nghĩa");
        shot("5-tim-kiem-nghia");
        assertThat(search("ha")).contains("Vũ Thị Hà", "Đỗ Đình Hà");
        assertThat(driver.getCurrentUrl()).endsWith("/tim-kiem/?q=ha");
        shot("6-tim-kiem-ha");
        assertThat(search("cuc duong")).anySatisfy(t -> assertThat(t).containsIgnoringCase("xã Cúc Đường"));

        // The search box of the home page leads to the same results.
        open("");
        driver.findElement(By.id("q-home")).sendKeys("nghia");
        driver.findElement(By.cssSelector("form.search-box button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("search-status"), "«nghia»"));
        assertThat(driver.findElements(By.cssSelector("#search-results li a")).stream().map(WebElement::getText))
                .contains("Vũ Minh Nghĩa");
    }

    @Test
    void everyPageFitsA375PixelScreen() throws IOException {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 1, "mobile", true));
        try {
            List<String> wide = new ArrayList<>();
            for (String page : SampleSite.htmlFiles(out)) {
                open(page.equals("index.html") ? "" : page);
                long viewport = (Long) driver.executeScript("return document.documentElement.clientWidth");
                long scroll = (Long) driver.executeScript("return document.documentElement.scrollWidth");
                assertThat(viewport).isEqualTo(375);
                if (scroll > viewport) {
                    Object culprits = driver.executeScript("""
                            return Array.from(document.querySelectorAll('main *, header *, footer *'))
                              .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                              .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                                + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px)');""");
                    wide.add(page + ": " + scroll + " px wide, " + culprits);
                }
            }
            for (String[] page : new String[][] {{"", "7-375-trang-chu"}, {"don-vi/vo-nhai/", "8-375-huyen-vo-nhai"},
                    {"don-vi/lap-thach/", "9-375-huyen-lap-thach"}, {"can-bo/nguyen-hong-son/", "10-375-can-bo"},
                    {"tim-kiem/?q=ha", "11-375-tim-kiem-ha"}}) {
                open(page[0]);
                if (page[0].contains("?q=")) {
                    new WebDriverWait(driver, Duration.ofSeconds(10))
                            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
                }
                shot(page[1]);
            }
            assertThat(wide).as("pages wider than a 375 px screen:%n%s", String.join("\n", wide)).isEmpty();
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Runs axe-core in the current page: its violations as "[impact] rule: help" and the nodes concerned. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> axeViolations() {
        driver.executeScript(axe);
        return (List<Map<String, Object>>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' → ' + n.failureSummary.replace(/\\s+/g, ' '))}))))
                  .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));""");
    }

    @Test
    @SuppressWarnings("unchecked")
    void axeFindsNoSeriousOrCriticalProblem() {
        List<String> failing = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (String page : PAGES) {
            open(page);
            if (page.contains("?q=")) {
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
            }
            for (Map<String, Object> v : axeViolations()) {
                String line = "/" + page + ": [" + v.get("impact") + "] " + v.get("id") + ": " + v.get("help") + "\n      "
                        + String.join("\n      ", (List<String>) v.get("nodes"));
                all.add(line);
                if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) failing.add(line);
            }
        }
        System.out.println(all.isEmpty() ? "axe-core: no violation on " + PAGES.size() + " pages"
                : "axe-core violations:\n  " + String.join("\n  ", all));
        assertThat(failing).as("serious or critical accessibility problems (axe-core):%n%s", String.join("\n", failing)).isEmpty();
    }

    /** The control: axe as injected here does report a problem when a page has one. */
    @Test
    void axeReportsAnImageWithoutText() {
        open("");
        driver.executeScript("const i = document.createElement('img');"
                + "i.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw='; document.querySelector('main').appendChild(i);");
        assertThat(axeViolations()).anySatisfy(v -> assertThat(v).containsEntry("id", "image-alt").containsEntry("impact", "critical"));
    }

    /** The addresses of the requests the browser started since the last call. */
    private static List<String> requested() throws IOException {
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    @Test
    void noRequestLeavesTheSiteAndNoneFails() throws IOException {
        String origin = server.url("");
        List<String> offSite = new ArrayList<>();
        // Every page load fetches everything again, so that each page's own requests are seen.
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        try {
            requested();
            for (String page : PAGES) {
                open(page);
                if (page.contains("?q=")) {
                    new WebDriverWait(driver, Duration.ofSeconds(10))
                            .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#search-results li")));
                }
                // The browser's log of requests arrives asynchronously: collect until the stylesheet shows up (or 10 s pass).
                List<String> urls = new ArrayList<>(requested());
                long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (urls.stream().noneMatch(u -> u.endsWith("/assets/site.css")) && System.nanoTime() < until) {
                    urls.addAll(requested());
                }
                assertThat(urls).as("/%s loads the stylesheet", page).anySatisfy(u -> assertThat(u).endsWith("/assets/site.css"));
                // chrome://, data: and blob: addresses never leave the browser.
                urls.stream().filter(u -> u.matches("(?i)(https?|wss?|ftp)://.*") && !u.startsWith(origin))
                        .forEach(u -> offSite.add("/" + page + " → " + u));
            }
        } finally {
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
        assertThat(offSite).as("requests that left the site").isEmpty();
        // Nothing the pages ask for is missing: only the made-up page, and the browser's own
        // favicon guess (the site has no icon).
        assertThat(server.requests()).filteredOn(r -> !r.startsWith("200 "))
                .allSatisfy(r -> assertThat(r).isIn("404 /khong-co-trang-nay/", "404 /favicon.ico"))
                .contains("404 /khong-co-trang-nay/");
        assertThat(server.requests()).contains("200 /search-index.json", "200 /assets/lunr.min.js", "200 /assets/search.js");
    }
}
