package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.bakedsecrets.core.report.HtmlReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.PanelDataWriter;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleDescriptions;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The findings panel's layout at common screen widths, with long real-looking paths: in the standalone report, and
 * embedded the way the Jenkins build page embeds it (script and style as separate files, rows fetched as JSON, the
 * Jenkins look, under a Content-Security-Policy of {@code script-src 'self'; style-src 'self'}) from a loopback HTTP
 * server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsPanelLayoutBrowserTest {
    /** Three pages: layout depends on the rows shown, not on how many there are (HtmlReportBrowserTest has 10,000). */
    private static final int COUNT = 300;
    private static final String PANEL = "/io/jenkins/plugins/bakedsecrets/core/report/findings-panel.";
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'";
    private static final String LAYOUT = """
            var root = document.getElementById('bs-findings');
            var table = root.querySelector('table.bs-dynamic');
            var wrap = root.querySelector('.bs-table-wrap');
            var cells = Array.prototype.slice.call(table.querySelectorAll('th, td'));
            var paths = Array.prototype.slice.call(table.querySelectorAll('.bs-loc-main'));
            return {
              pageScroll: document.documentElement.scrollWidth,
              pageClient: document.documentElement.clientWidth,
              wrapScroll: wrap.scrollWidth,
              wrapClient: wrap.clientWidth,
              table: table.getBoundingClientRect().width,
              location: table.querySelector('th.bs-col-loc').getBoundingClientRect().width,
              narrowestPath: Math.min.apply(null, paths.map(function (p) { return p.getBoundingClientRect().width; })),
              overflowingCells: cells.filter(function (c) { return c.scrollWidth > c.clientWidth + 1; }).length,
              rows: table.tBodies[0].rows.length
            };""";

    private Path html;
    private HttpServer server;
    private String base;
    private WebDriver driver;

    @BeforeAll
    void setUp(@TempDir Path dir) throws IOException {
        HeadlessChrome.assumeInstalled();
        ScanReport report = PanelTestReports.many(COUNT);
        ReportAnnotations annotations = PanelTestReports.annotations(report);
        html = dir.resolve("report.html");
        try (OutputStream out = Files.newOutputStream(html)) {
            new HtmlReportWriter(RuleDescriptions.empty(), annotations).write(report, out);
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        Map<String, Response> site = Map.of(
                "/job/app/1/baked-secrets/", new Response("text/html", page().getBytes(StandardCharsets.UTF_8)),
                "/job/app/1/baked-secrets/findings", new Response("application/json", panelData(report, annotations)),
                "/job/clean/1/baked-secrets/", new Response("text/html", page().getBytes(StandardCharsets.UTF_8)),
                "/job/clean/1/baked-secrets/findings", new Response("application/json",
                        panelData(PanelTestReports.clean(), ReportAnnotations.none())),
                "/adjuncts/findings-panel.js", new Response("text/javascript", resource(PANEL + "js")),
                "/adjuncts/findings-panel.css", new Response("text/css", resource(PANEL + "css")),
                "/static/jenkins-stand-in.css", new Response("text/css", resource("jenkins-stand-in.css")),
                "/favicon.ico", new Response("image/x-icon", new byte[0]));
        server.createContext("/", exchange -> serve(site, exchange));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        driver = HeadlessChrome.start(dir.resolve("profile"), true);
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private record Response(String type, byte[] body) {
    }

    private static void serve(Map<String, Response> site, HttpExchange exchange) throws IOException {
        Response r = site.get(exchange.getRequestURI().getPath());
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        if (r == null) {
            exchange.sendResponseHeaders(404, -1);
        } else {
            exchange.getResponseHeaders().set("Content-Type", r.type() + "; charset=utf-8");
            exchange.sendResponseHeaders(200, r.body().length == 0 ? -1 : r.body().length);
            exchange.getResponseBody().write(r.body());
        }
        exchange.close();
    }

    /** The build page as the plugin's ImageSecretsAction/index.jelly renders it, reduced to what the panel needs. */
    private static String page() {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Secrets baked into the image</title>
                <link rel="stylesheet" href="/static/jenkins-stand-in.css">
                <link rel="stylesheet" href="/adjuncts/findings-panel.css"></head>
                <body class="two-column"><div id="page-body">
                <div id="side-panel"><a href="../">Back to build</a></div>
                <div id="main-panel"><h1>Secrets baked into the image</h1>
                <div id="bs-findings" data-bs-findings="true" data-bs-look="jenkins" data-rows-url="findings"></div>
                <script src="/adjuncts/findings-panel.js"></script>
                </div></div></body></html>
                """;
    }

    private static byte[] panelData(ScanReport report, ReportAnnotations annotations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PanelDataWriter(RuleDescriptions.empty(), annotations).write(report, out);
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = FindingsPanelLayoutBrowserTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WebElement open(String url, int width) {
        HeadlessChrome.viewportWidth(driver, width);
        driver.get(url);
        WebElement root = driver.findElement(By.id("bs-findings"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> root.getDomAttribute("data-shown") != null);
        return root;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Number> layout() {
        return (Map<String, Number>) HeadlessChrome.script(driver, LAYOUT);
    }

    /** No sideways scrolling, no cell whose text spills out, and the location column keeps a readable share. */
    private void assertReadable(String view) {
        Map<String, Number> m = layout();
        assertThat(m.get("rows").intValue()).as(view + ": rows").isEqualTo(100);
        assertThat(m.get("pageScroll").doubleValue()).as(view + ": page scroll width")
                .isLessThanOrEqualTo(m.get("pageClient").doubleValue());
        assertThat(m.get("wrapScroll").doubleValue()).as(view + ": table scroll width")
                .isLessThanOrEqualTo(m.get("wrapClient").doubleValue());
        assertThat(m.get("overflowingCells").intValue()).as(view + ": cells whose text spills out").isZero();
        assertThat(m.get("location").doubleValue()).as(view + ": location column width")
                .isGreaterThanOrEqualTo(0.3 * m.get("table").doubleValue());
        assertThat(m.get("narrowestPath").doubleValue()).as(view + ": narrowest path").isGreaterThanOrEqualTo(256);
    }

    private void sortByLocation() {
        driver.findElement(By.cssSelector("th[data-key='location'] button")).click();
        assertThat(driver.findElement(By.cssSelector(".bs-dynamic tbody .bs-loc-main")).getText())
                .contains(PanelTestReports.LONG_SEGMENT);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1400, 1920})
    void shouldKeepPathsReadableWithoutSidewaysScrollingInTheStandaloneReport(int width) throws IOException {
        open(html.toUri().toString(), width);
        assertReadable(width + " px, by severity");
        HeadlessChrome.screenshot(driver, "report-" + width);
        sortByLocation();
        assertReadable(width + " px, by location");
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 1400, 1920})
    void shouldKeepPathsReadableBesideTheJenkinsSidePanel(int width) throws IOException {
        open(base + "/job/app/1/baked-secrets/", width);
        assertReadable(width + " px, by severity");
        HeadlessChrome.screenshot(driver, "jenkins-" + width);
        sortByLocation();
        assertReadable(width + " px, by location");
        assertThat(HeadlessChrome.consoleProblems(driver)).isEmpty();
    }

    @Test
    void shouldUseTheJenkinsDesignLibraryWithoutStyleAttributesWhenEmbedded() {
        open(base + "/job/app/1/baked-secrets/", 1280);

        assertThat(driver.findElement(By.className("bs-dynamic")).getDomAttribute("class"))
                .contains("jenkins-table", "jenkins-table--small").doesNotContain("bs-table");
        assertThat(driver.findElements(By.cssSelector(".jenkins-select > select.jenkins-select__input"))).hasSize(3);
        assertThat(driver.findElement(By.className("bs-search")).getDomAttribute("class")).contains("jenkins-input");
        assertThat(driver.findElement(By.className("bs-next")).getDomAttribute("class")).contains("jenkins-button");
        assertThat(driver.findElements(By.cssSelector(".bs-col-sev .jenkins-badge"))).hasSize(100);
        assertThat(driver.findElement(By.cssSelector(".bs-col-sev .jenkins-badge")).getDomAttribute("class"))
                .isEqualTo("jenkins-badge jenkins-!-color-dark-red");
        assertThat(driver.findElement(By.className("bs-count")).getText())
                .isEqualTo("300 of 300 findings · 1 waived");
        assertThat(driver.findElements(By.cssSelector("[style]"))).isEmpty();
        assertThat(HeadlessChrome.consoleProblems(driver)).isEmpty();
    }

    @Test
    void shouldTakeEveryColourFromTheJenkinsThemeWhenEmbedded() {
        open(base + "/job/app/1/baked-secrets/", 1280);
        driver.findElement(By.cssSelector(".bs-dynamic tbody .bs-open")).click();

        @SuppressWarnings("unchecked")
        List<String> colours = (List<String>) HeadlessChrome.script(driver, """
                var seen = {};
                document.querySelectorAll('#bs-findings, #bs-findings *').forEach(function (e) {
                  var s = getComputedStyle(e);
                  seen[s.color] = true;
                  seen[s.backgroundColor] = true;
                });
                return Object.keys(seen);""");
        assertThat(colours).as("colours of the standalone look").doesNotContain("rgb(29, 29, 31)",
                "rgb(91, 100, 114)", "rgb(11, 87, 208)", "rgb(154, 52, 18)", "rgb(250, 250, 250)");
        assertThat(colours).contains("rgb(230, 230, 235)", "rgb(160, 170, 180)", "rgb(100, 160, 255)",
                "rgb(255, 170, 90)", "rgb(40, 40, 48)");
    }

    @Test
    void shouldShowTheJenkinsNoticeWhenTheImageIsClean() {
        WebElement root = open(base + "/job/clean/1/baked-secrets/", 1280);

        assertThat(root.getDomAttribute("data-shown")).isEqualTo("0");
        WebElement empty = driver.findElement(By.cssSelector(".bs-empty.jenkins-notice"));
        assertThat(empty.getText()).isEqualTo("No findings: no secrets were found in what was scanned.");
        assertThat(List.of(driver.findElement(By.className("bs-dynamic")), driver.findElement(
                By.className("bs-controls")))).noneMatch(WebElement::isDisplayed);
        assertThat(HeadlessChrome.consoleProblems(driver)).isEmpty();
    }
}
