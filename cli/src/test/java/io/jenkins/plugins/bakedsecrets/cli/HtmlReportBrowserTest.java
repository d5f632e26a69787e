package io.jenkins.plugins.bakedsecrets.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.bakedsecrets.core.finding.Finding;
import io.jenkins.plugins.bakedsecrets.core.finding.LocationKind;
import io.jenkins.plugins.bakedsecrets.core.finding.Severity;
import io.jenkins.plugins.bakedsecrets.core.report.HtmlReportWriter;
import io.jenkins.plugins.bakedsecrets.core.report.ReportAnnotations;
import io.jenkins.plugins.bakedsecrets.core.report.RuleDescriptions;
import io.jenkins.plugins.bakedsecrets.core.scan.ScanReport;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The standalone HTML report in headless Chromium: the panel's behaviour with 10,000 findings, and without scripts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportBrowserTest {
    private static final int COUNT = 10_000;

    private Path dir;
    private ScanReport report;
    private Path html;
    private Path cleanHtml;
    private WebDriver driver;

    @BeforeAll
    void setUp(@TempDir Path tempDir) throws IOException {
        HeadlessChrome.assumeInstalled();
        dir = tempDir;
        report = PanelTestReports.many(COUNT);
        html = write(report, PanelTestReports.annotations(report), "report.html");
        cleanHtml = write(PanelTestReports.clean(), ReportAnnotations.none(), "clean.html");
        driver = HeadlessChrome.start(dir.resolve("profile"), true);
    }

    private Path write(ScanReport r, ReportAnnotations annotations, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            new HtmlReportWriter(RuleDescriptions.empty(), annotations).write(r, out);
        }
        return file;
    }

    @AfterAll
    void tearDown() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement load(Path file) {
        driver.get(file.toUri().toString());
        WebElement root = driver.findElement(By.id("bs-findings"));
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> root.getDomAttribute("data-shown") != null);
        return root;
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".bs-dynamic tbody tr"));
    }

    private static String cell(WebElement row, String css) {
        return row.findElement(By.cssSelector(css)).getText();
    }

    /** The text of one part of every shown row (empty where a row lacks it), read in one round trip. */
    @SuppressWarnings("unchecked")
    private List<String> column(String css) {
        return (List<String>) HeadlessChrome.script(driver, """
                var css = arguments[0];
                return Array.prototype.map.call(document.querySelectorAll('.bs-dynamic tbody tr'), function (r) {
                  var part = r.querySelector(css);
                  return part ? part.textContent : '';
                });""", css);
    }

    private long count(Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).count();
    }

    private long waived() {
        return (COUNT + PanelTestReports.WAIVED_EVERY - 1) / PanelTestReports.WAIVED_EVERY;
    }

    @Test
    void shouldShowFirstPageAndWaivedCountWhenLoaded() {
        WebElement root = load(html);

        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(COUNT));
        assertThat(rows()).hasSize(100);
        assertThat(driver.findElement(By.className("bs-count")).getText())
                .isEqualTo("10000 of 10000 findings · " + waived() + " waived");
        assertThat(driver.findElements(By.className("bs-static"))).isEmpty();
        assertThat(cell(rows().get(0), ".bs-col-sev")).isEqualTo("CRITICAL");
        assertThat(driver.findElements(By.cssSelector(".bs-dynamic thead th")))
                .extracting(WebElement::getText)
                .containsExactly("Severity", "Rule", "Location", "Layer", "Status", "Preview");
        driver.findElement(By.className("bs-next")).click();
        assertThat(driver.findElement(By.className("bs-page")).getText()).isEqualTo("Page 2 of 100");
    }

    @Test
    void shouldSortBySeverityLocationAndLayerWhenHeadersAreClicked() {
        load(html);
        driver.findElement(By.cssSelector("th[data-key='severity'] button")).click();
        assertThat(cell(rows().get(0), ".bs-col-sev")).isEqualTo("INFO");
        assertThat(driver.findElement(By.cssSelector("th[data-key='severity']")).getDomAttribute("aria-sort"))
                .isEqualTo("descending");

        driver.findElement(By.cssSelector("th[data-key='location'] button")).click();
        String smallest = report.findings().stream().map(f -> subject(f)).sorted().findFirst().orElseThrow();
        assertThat(cell(rows().get(0), ".bs-loc-main")).isEqualTo(smallest);

        driver.findElement(By.cssSelector("th[data-key='layer'] button")).click();
        driver.findElement(By.cssSelector("th[data-key='layer'] button")).click();
        assertThat(cell(rows().get(0), ".bs-col-layer")).isEqualTo("2");
    }

    private static String subject(Finding f) {
        return f.location().kind() == LocationKind.ENV ? f.location().key().orElseThrow()
                : f.location().path().orElseThrow() + ":" + f.location().line().getAsInt();
    }

    @Test
    void shouldFilterBySeverityKindInWordsStatusAndText() {
        WebElement root = load(html);
        new Select(driver.findElement(By.name("severity"))).selectByValue("high");
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(count(Severity.HIGH)));

        new Select(driver.findElement(By.name("severity"))).selectByValue("");
        Select kind = new Select(driver.findElement(By.name("kind")));
        assertThat(kind.getOptions()).extracting(WebElement::getText)
                .containsExactly("all", "file", "image environment variable");
        kind.selectByVisibleText("image environment variable");
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(COUNT / 10));

        kind.selectByValue("");
        new Select(driver.findElement(By.name("status"))).selectByValue("waived");
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(waived()));
        assertThat(column(".bs-waived-marker")).hasSize((int) waived()).containsOnly("waived");
        assertThat(column(".bs-col-status")).containsOnly("waived");

        new Select(driver.findElement(By.name("status"))).selectByValue("");
        driver.findElement(By.className("bs-search")).sendKeys("onerror=alert(1)");
        long hostile = report.findings().stream()
                .filter(f -> f.location().path().orElse("").startsWith(PanelTestReports.HOSTILE)).count();
        assertThat(root.getDomAttribute("data-shown")).isEqualTo(String.valueOf(hostile));
        assertThat(cell(rows().get(0), ".bs-loc-main")).contains("</script><img src=x");
    }

    @Test
    void shouldSayImageEnvironmentVariableWhenFindingIsInTheImageEnv() {
        load(html);
        new Select(driver.findElement(By.name("kind"))).selectByValue("env");

        assertThat(column(".bs-loc-main")).hasSize(100).allSatisfy(t -> assertThat(t).startsWith("TOKEN_"));
        assertThat(column(".bs-loc-label")).hasSize(100).containsOnly("image environment variable");
        assertThat(column(".bs-col-layer")).hasSize(100).containsOnly("");
    }

    @Test
    void shouldSayNoFindingsMatchWhenFiltersMatchNothing() {
        WebElement root = load(html);
        driver.findElement(By.className("bs-search")).sendKeys("no-such-path-anywhere");

        assertThat(root.getDomAttribute("data-shown")).isEqualTo("0");
        assertThat(driver.findElement(By.className("bs-empty")).getText()).isEqualTo("No findings match these filters.");
        assertThat(driver.findElement(By.className("bs-dynamic")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.className("bs-count")).getText())
                .isEqualTo("0 of 10000 findings · " + waived() + " waived");
    }

    @Test
    void shouldSayNoSecretsWereFoundWhenTheImageIsClean() throws IOException {
        WebElement root = load(cleanHtml);

        assertThat(root.getDomAttribute("data-shown")).isEqualTo("0");
        assertThat(driver.findElement(By.className("bs-empty")).getText())
                .isEqualTo("No findings: no secrets were found in what was scanned.");
        assertThat(driver.findElement(By.className("bs-dynamic")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.className("bs-controls")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.className("bs-header")).getText()).contains("0 findings", "0 waived",
                "Coverage: complete.");
        assertThat(HeadlessChrome.consoleProblems(driver)).isEmpty();
        HeadlessChrome.screenshot(driver, "report-clean");
    }

    @Test
    void shouldOpenDetailWithRemediationWhenDetailsIsClicked() throws IOException {
        load(html);
        driver.findElement(By.className("bs-search")).sendKeys("f7.env");
        rows().get(0).findElement(By.className("bs-open")).click();

        WebElement detail = driver.findElement(By.className("bs-detail"));
        assertThat(detail.isDisplayed()).isTrue();
        assertThat(detail.getText()).contains("GitHub token (medium)", "/srv/app/f7.env:8", "file in layer 1",
                "deleted by layer 2", "RUN make layer 1", "Rotate the secret first", "does not remove it");
        HeadlessChrome.screenshot(driver, "report-detail");
        detail.findElement(By.className("bs-close")).click();
        assertThat(detail.isDisplayed()).isFalse();
    }

    @Test
    void shouldRunNoInjectedMarkupSetNoStyleAndLogNoErrors() throws IOException {
        load(html);
        driver.findElement(By.className("bs-search")).sendKeys("alert");

        assertThat(rows()).isNotEmpty();
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("[style]"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(HeadlessChrome.consoleProblems(driver)).isEmpty();
        HeadlessChrome.screenshot(driver, "findings-panel");
    }

    @Test
    void shouldShowStaticTableAndEmptyStateWhenJavaScriptIsDisabled() {
        WebDriver noScript = HeadlessChrome.start(dir.resolve("profile-nojs"), false);
        try {
            noScript.get(html.toUri().toString());
            List<WebElement> staticRows = noScript.findElements(By.cssSelector(".bs-static tbody tr"));
            assertThat(staticRows).hasSize(COUNT);
            assertThat(noScript.findElements(By.cssSelector(".bs-static thead th"))).extracting(WebElement::getText)
                    .containsExactly("Severity", "Rule", "Location", "Layer", "Status", "Preview");
            assertThat(cell(staticRows.get(9), ".bs-loc-label")).isEqualTo("image environment variable");
            assertThat(noScript.findElements(By.className("bs-dynamic"))).isEmpty();
            assertThat(noScript.findElements(By.tagName("img"))).isEmpty();
            assertThat(noScript.findElement(By.className("bs-header")).getText())
                    .contains("team-a", "FAILED", waived() + " waived");

            noScript.get(cleanHtml.toUri().toString());
            assertThat(noScript.findElement(By.className("bs-empty")).getText())
                    .isEqualTo("No findings: no secrets were found in what was scanned.");
            assertThat(noScript.findElements(By.tagName("table"))).isEmpty();
        } finally {
            noScript.quit();
        }
    }

    @Test
    void shouldRenderTheReportTheCliMakesFromAnImageWithHostilePaths() throws Exception {
        String token = io.jenkins.plugins.bakedsecrets.core.testing.PlantedSecrets.githubToken();
        io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages.dockerArchive()
                .add(io.jenkins.plugins.bakedsecrets.core.image.testing.TestImages.image()
                        .layer(l -> l.file("srv/</script><img src=x onerror=alert(1)>/app.env",
                                "GITHUB_TOKEN=" + token + "\n").file("srv/plain.env", "API_TOKEN=" + token + "\n")),
                        "hostile:1")
                .writeClassic(dir.resolve("hostile.tar"));
        java.io.StringWriter out = new java.io.StringWriter();
        int exit = Main.run(new String[] {"scan", "docker-archive:" + dir.resolve("hostile.tar"), "--format", "html",
            "-o", dir.resolve("cli.html").toString()}, new java.io.PrintWriter(out), new java.io.PrintWriter(out));
        assertThat(exit).isEqualTo(1);

        WebElement root = load(dir.resolve("cli.html"));

        assertThat(root.getDomAttribute("data-shown")).isEqualTo("2");
        assertThat(rows()).anySatisfy(r -> assertThat(cell(r, ".bs-loc-main"))
                .contains("</script><img src=x onerror=alert(1)>/app.env"));
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(driver.getPageSource()).doesNotContain(token);
    }
}
