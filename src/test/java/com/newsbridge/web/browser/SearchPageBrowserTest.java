package com.newsbridge.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.newsbridge.web.NewsBridgeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End-to-end tests of the search page: the real {@link NewsBridgeServer} on the bundled corpus (plus one article full
 * of markup) driven by headless Chromium.
 */
@Tag("browser")
class SearchPageBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path BUNDLED_CORPUS = Path.of("index-data");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final Duration POLL = Duration.ofMillis(50);
  private static final String HOSTILE_WORD = "xyzzyhostile";
  private static final String SEED_TITLE_PART = "global civilization initiative";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path tempRoot;
  private static NewsBridgeServer server;
  private static String base;
  private static HttpClient http;
  private static WebDriver driver;
  private static String seedId;
  private static String seedTitleEn;
  private static long classStart;

  @BeforeAll
  static void startServerAndBrowser() throws Exception {
    classStart = System.nanoTime();
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("Browser tests need Debian's Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
          + " (apt-get install -y chromium chromium-driver fonts-wqy-microhei).");
    }
    tempRoot = Files.createTempDirectory("newsbridge-browser-");
    Path corpus = Files.createDirectories(tempRoot.resolve("corpus"));
    int copied = copyBundledCorpus(corpus);
    assertThat(copied).as("*.txt articles in %s", BUNDLED_CORPUS.toAbsolutePath()).isGreaterThan(10);
    Files.writeString(corpus.resolve("zz-hostile-markup.txt"), hostileArticle(), StandardCharsets.UTF_8);

    server = NewsBridgeServer.start(corpus, tempRoot.resolve("index"), 0);
    base = "http://127.0.0.1:" + server.port() + "/";
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    // The seed article (刘建超 meets Antonio Guterres), found through the API rather than hard-coded.
    JsonNode hits = api("api/search?q=" + enc("\"" + SEED_TITLE_PART + "\"") + "&size=50").path("hits");
    for (JsonNode hit : hits) {
      String en = hit.path("title").path("en").asText("");
      if (en.toLowerCase().contains(SEED_TITLE_PART) && en.toLowerCase().contains("un chief")) {
        seedId = hit.path("id").asText();
        seedTitleEn = en;
        break;
      }
    }
    assertThat(seedId).as("seed article found via /api/search").isNotBlank();

    driver = startChromium();
    System.out.printf("[browser] server + browser ready in %d ms%n", (System.nanoTime() - classStart) / 1_000_000);
  }

  @AfterAll
  static void stopAll() throws IOException {
    try {
      if (driver != null) driver.quit();
    } finally {
      try {
        if (server != null) server.close();
      } finally {
        if (tempRoot != null) deleteRecursively(tempRoot);
        System.out.printf("[browser] SearchPageBrowserTest took %d ms in all%n",
            (System.nanoTime() - classStart) / 1_000_000);
      }
    }
  }

  @BeforeEach
  void resetWindow() {
    driver.manage().window().setSize(new Dimension(1280, 900));
  }

  @AfterEach
  void noConsoleErrors() {
    // CSP violations and script errors show up in the browser log.
    List<String> problems = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String msg = entry.getMessage();
      boolean expectedHttpError = msg.contains("the server responded with a status of 400")
          || msg.contains("the server responded with a status of 404");
      if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue() && !expectedHttpError) {
        problems.add(msg);
      }
      if (msg.contains("Content Security Policy") || msg.contains("Content-Security-Policy")) {
        problems.add(msg);
      }
    }
    assertThat(problems).as("browser console errors").isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // Tests

  @Test
  void emptyStateShowsIntroWithExampleQueries() {
    open("");
    assertThat(state()).isEqualTo("intro");
    WebElement intro = driver.findElement(By.id("intro"));
    assertThat(intro.isDisplayed()).isTrue();
    List<WebElement> examples = intro.findElements(By.cssSelector("a.example-link"));
    assertThat(examples).extracting(WebElement::getText).contains("刘建超", "\"global civilization initiative\"");
    assertThat(driver.findElement(By.id("results-section")).isDisplayed()).isFalse();

    // "/" focuses the search box; an example link runs its search.
    driver.findElement(By.tagName("body")).sendKeys("/");
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("q");
    examples.stream().filter(a -> a.getText().equals("刘建超")).findFirst().orElseThrow().click();
    waitRendered();
    assertThat(param("q")).isEqualTo("刘建超");
    assertThat(hitIds()).contains(seedId);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("刘建超");
  }

  @Test
  void chineseQueryShowsSeedArticleFirstWithHighlights() {
    open("");
    search("刘建超 全球文明倡议");
    assertThat(param("q")).isEqualTo("刘建超 全球文明倡议");
    WebElement first = hits().get(0);
    assertThat(first.getAttribute("data-id"))
        .as("first hit for 刘建超 全球文明倡议 should be the seed article %s \"%s\"; hits: %s", seedId, seedTitleEn, hitIds())
        .isEqualTo(seedId);
    assertThat(first.findElement(By.cssSelector(".hit-title-en")).getText()).isEqualTo(seedTitleEn);
    assertThat(first.findElement(By.cssSelector(".hit-title-en")).getAttribute("lang")).isEqualTo("en");
    assertThat(first.findElement(By.cssSelector(".hit-title-zh")).getAttribute("lang")).isEqualTo("zh");
    WebElement snippetZh = first.findElement(By.cssSelector(".snippet-zh"));
    assertThat(snippetZh.getAttribute("lang")).isEqualTo("zh");
    assertThat(snippetZh.findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("刘建超");
    assertThat(totalOnPage()).isGreaterThanOrEqualTo(1);
    assertThat(driver.findElement(By.id("total")).getText()).matches("(?s).*\\d+ results?.*\\d+ ms.*");

    WebElement source = first.findElement(By.cssSelector("a.hit-source"));
    assertThat(source.getAttribute("href")).startsWith("http");
    assertThat(source.getAttribute("rel")).contains("noopener").contains("noreferrer");
    assertThat(source.getAttribute("target")).isEqualTo("_blank");
  }

  @Test
  void englishPhraseQueryShowsSeedArticleFirst() {
    open("");
    search("\"" + SEED_TITLE_PART + "\"");
    WebElement first = hits().get(0);
    assertThat(first.getAttribute("data-id")).as("first hit; hits: %s", hitIds()).isEqualTo(seedId);
    WebElement snippetEn = first.findElement(By.cssSelector(".snippet-en"));
    assertThat(snippetEn.getAttribute("lang")).isEqualTo("en");
    assertThat(snippetEn.findElements(By.tagName("mark"))).isNotEmpty();
    String marked = String.join(" ", snippetEn.findElements(By.tagName("mark")).stream().map(WebElement::getText).toList())
        .toLowerCase();
    assertThat(marked).containsAnyOf("global", "civilization", "initiative");
  }

  @Test
  void personFacetNarrowsResultsAndChipRemovalRestoresThem() {
    open("?q=" + enc("联合国 OR UN"));
    long before = totalOnPage();
    assertThat(before).isGreaterThan(0);
    WebElement facet = personFacet("Antonio Guterres");
    String person = facet.getAttribute("data-value");
    long facetCount = Long.parseLong(facet.findElement(By.cssSelector(".facet-count")).getText().replaceAll("\\D", ""));
    facet.click();
    waitRendered();

    long after = totalOnPage();
    assertThat(after).isLessThanOrEqualTo(before).isGreaterThan(0).isEqualTo(facetCount);
    assertThat(driver.getCurrentUrl()).contains("person=");
    assertThat(params("person")).containsExactly(person);
    for (WebElement hit : hits()) {
      List<String> people = hit.findElements(By.cssSelector(".hit-entity-person")).stream()
          .map(e -> e.getAttribute("data-value")).toList();
      assertThat(people).as("people of hit %s", hit.getAttribute("data-id")).contains(person);
    }
    // The API agrees: every hit on the filtered page has the person.
    JsonNode filtered = api("api/search?q=" + enc("联合国 OR UN") + "&person=" + enc(person));
    assertThat(filtered.path("total").asLong()).isEqualTo(after);
    filtered.path("hits").forEach(h -> assertThat(texts(h.path("people"))).contains(person));

    List<WebElement> chips = driver.findElements(By.cssSelector("#chips .chip"));
    assertThat(chips).hasSize(1);
    WebElement remove = chips.get(0).findElement(By.cssSelector(".chip-remove"));
    assertThat(remove.getAttribute("aria-label")).isEqualTo("Remove filter person: " + person);
    assertThat(driver.findElement(By.cssSelector("[data-facet=\"people\"] .facet-value[aria-pressed=\"true\"]"))
        .getAttribute("data-value")).isEqualTo(person);

    remove.click();
    waitRendered();
    assertThat(totalOnPage()).isEqualTo(before);
    assertThat(driver.findElements(By.cssSelector("#chips .chip"))).isEmpty();
    assertThat(params("person")).isEmpty();
  }

  @Test
  void urlStateRoundTripsThroughDirectLoadReloadAndHistory() {
    // A shared link with q + person + page.
    RoundTrip rt = pickRoundTrip();
    String url = "?q=" + enc(rt.q) + "&person=" + enc(rt.person) + "&page=" + rt.page;
    open(url);
    assertRoundTripState(rt);

    driver.navigate().refresh();
    waitRendered();
    assertRoundTripState(rt);

    // Back/forward between searches and pages.
    open("?q=" + enc("刘建超"));
    List<String> first = hitIds();
    search("联合国 OR UN");
    List<String> second = hitIds();
    assertThat(second).isNotEqualTo(first);
    driver.navigate().back();
    waitRendered();
    assertThat(hitIds()).isEqualTo(first);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("刘建超");
    driver.navigate().forward();
    waitRendered();
    assertThat(hitIds()).isEqualTo(second);
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("联合国 OR UN");
  }

  @Test
  void pagingShowsDifferentHits() {
    String q = "联合国 OR UN";
    if (api("api/search?q=" + enc(q)).path("total").asLong() <= 10) {
      q = ""; // browse everything
    }
    open("?q=" + enc(q) + "&sort=date");
    long total = totalOnPage();
    assertThat(total).as("enough articles for two pages").isGreaterThan(10);
    List<String> page1 = hitIds();
    assertThat(page1).hasSize(10);
    assertThat(driver.findElement(By.cssSelector("#pager .page-prev")).isEnabled()).isFalse();

    driver.findElement(By.cssSelector("#pager .page-next")).click();
    waitRendered();
    assertThat(param("page")).isEqualTo("2");
    List<String> page2 = hitIds();
    assertThat(page2).isNotEmpty().doesNotContainAnyElementsOf(page1);
    assertThat(driver.findElement(By.cssSelector("#pager [aria-current=\"page\"]")).getText()).isEqualTo("2");

    driver.findElement(By.cssSelector("#pager .page-prev")).click();
    waitRendered();
    assertThat(hitIds()).isEqualTo(page1);
    assertThat(param("page")).isNull();

    driver.navigate().back();
    waitRendered();
    assertThat(hitIds()).isEqualTo(page2);

    // A link straight to page 2 shows the API's page 2.
    List<String> apiPage2 = new ArrayList<>();
    api("api/search?q=" + enc(q) + "&sort=date&page=2&size=10").path("hits")
        .forEach(h -> apiPage2.add(h.path("id").asText()));
    open("?q=" + enc(q) + "&sort=date&page=2");
    assertThat(hitIds()).isEqualTo(apiPage2).isEqualTo(page2);
  }

  @Test
  void badQueryShowsTheApiMessage() throws Exception {
    HttpResponse<String> response = get("api/search?q=" + enc("(unbalanced"));
    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("error").asText()).isEqualTo("bad_query");
    String message = body.path("message").asText();
    assertThat(message).isNotBlank();

    open("");
    search("(unbalanced");
    assertThat(state()).isEqualTo("error");
    WebElement error = driver.findElement(By.id("error"));
    assertThat(error.getAttribute("role")).isEqualTo("alert");
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).isEqualTo(message.strip());
    assertThat(hits()).isEmpty();

    // A good query afterwards clears the error.
    search("刘建超");
    assertThat(driver.findElement(By.id("error")).getText()).isEmpty();
    assertThat(hitIds()).contains(seedId);
  }

  @Test
  void noResultsState() {
    open("?q=" + enc("qqqzzznotaword"));
    assertThat(state()).isEqualTo("no-results");
    assertThat(totalOnPage()).isZero();
    assertThat(driver.findElement(By.id("no-results")).isDisplayed()).isTrue();
  }

  @Test
  void hostileArticleRendersLiterally() {
    open("?q=" + HOSTILE_WORD);
    assertThat(hits()).hasSize(1);
    // Snippets arrive HTML-escaped with <mark> tags; everything but the marks must show as text.
    WebElement hit = hits().get(0);
    assertThat(hit.findElement(By.cssSelector(".snippet-en")).getText()).contains("<script>window.__pwned=1</script>");
    assertThat(hit.findElements(By.cssSelector(".snippet-en mark"))).extracting(WebElement::getText)
        .contains(HOSTILE_WORD);
    assertThat(hit.findElement(By.cssSelector(".snippet-zh")).getText()).contains("<b>粗体</b>");
    assertThat(driver.findElements(By.cssSelector("#results img, #results script, #results b, #results i")))
        .isEmpty();
    assertThat(pwned()).isNull();

    hits().get(0).findElement(By.cssSelector("a.hit-link")).click();
    waitRendered();
    assertThat(state()).isEqualTo("article");
    WebElement article = driver.findElement(By.id("article"));
    String en = article.findElement(By.cssSelector(".article-text-en")).getText();
    assertThat(en).contains("<script>window.__pwned=1</script>")
        .contains("<img src=x onerror=\"window.__pwned=2\">");
    assertThat(article.findElement(By.cssSelector(".article-text-zh")).getText()).contains("<b>粗体</b>");
    assertThat(article.findElements(By.cssSelector("img, script, b, i"))).isEmpty();
    assertThat(driver.findElement(By.tagName("body")).getText()).contains("<script>");
    assertThat(pwned()).isNull();
  }

  @Test
  void articleViewShowsBothLanguagesAndGoesBack() {
    open("?q=" + enc("刘建超"));
    List<String> resultIds = hitIds();
    hit(seedId).findElement(By.cssSelector("a.hit-link")).click();
    waitRendered();
    assertThat(state()).isEqualTo("article");
    assertThat(param("article")).isEqualTo(seedId);
    assertThat(param("q")).isEqualTo("刘建超");

    WebElement article = driver.findElement(By.id("article"));
    assertThat(article.findElement(By.cssSelector(".article-title-en")).getText()).isEqualTo(seedTitleEn);
    WebElement en = article.findElement(By.cssSelector(".article-text-en"));
    WebElement zh = article.findElement(By.cssSelector(".article-text-zh"));
    assertThat(en.getAttribute("lang")).isEqualTo("en");
    assertThat(zh.getAttribute("lang")).isEqualTo("zh");
    assertThat(en.getText()).contains("Liu Jianchao").contains("Antonio Guterres");
    assertThat(zh.getText()).contains("刘建超").contains("古特雷斯");
    assertThat(en.findElements(By.tagName("p")).size()).isGreaterThan(1);
    assertThat(zh.findElements(By.tagName("p")).size()).isGreaterThan(1);
    // Side by side on a wide screen.
    assertThat(zh.getLocation().getX()).isGreaterThan(en.getLocation().getX() + en.getSize().getWidth() / 2);
    WebElement source = article.findElement(By.cssSelector("a.article-source"));
    assertThat(source.getAttribute("rel")).contains("noopener").contains("noreferrer");
    assertThat(article.findElements(By.cssSelector(".entity"))).isNotEmpty();
    assertThat(article.findElements(By.cssSelector(".entity .entity-type"))).isNotEmpty();

    article.findElement(By.cssSelector("a.back-link")).click();
    waitRendered();
    assertThat(state()).isEqualTo("results");
    assertThat(param("article")).isNull();
    assertThat(hitIds()).isEqualTo(resultIds);

    // Direct links: ?article=<id> and #/article/<id>.
    open("?article=" + enc(seedId));
    assertThat(driver.findElement(By.cssSelector("#article .article-text-zh")).getText()).contains("刘建超");
    driver.get(base + "#/article/" + enc(seedId));
    waitRendered();
    assertThat(param("article")).isEqualTo(seedId);
    assertThat(driver.findElement(By.cssSelector("#article .article-text-en")).getText()).contains("Liu Jianchao");

    // A missing article shows the API's message.
    String missing = api404Message("api/articles/" + enc("no-such-article-xyz"));
    open("?article=no-such-article-xyz");
    assertThat(driver.findElement(By.id("error")).getText()).isEqualTo(missing.strip());
  }

  @Test
  void screenshotsAndNarrowLayout() throws IOException {
    Files.createDirectories(SCREENSHOTS);
    open("?q=" + enc("联合国 OR UN"));
    assertThat(hits()).isNotEmpty();
    screenshot("results.png");

    driver.manage().window().setSize(new Dimension(375, 800));
    open("?q=" + enc("联合国 OR UN"));
    long innerWidth = ((Number) js("return window.innerWidth")).longValue();
    long scrollWidth = ((Number) js("return document.documentElement.scrollWidth")).longValue();
    assertThat(innerWidth).isLessThanOrEqualTo(375);
    assertThat(scrollWidth).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(375);
    // The sidebar is a collapsible panel on narrow screens.
    WebElement toggle = driver.findElement(By.id("facets-toggle"));
    assertThat(toggle.isDisplayed()).isTrue();
    assertThat(driver.findElement(By.id("facets")).isDisplayed()).isFalse();
    toggle.click();
    assertThat(driver.findElement(By.id("facets")).isDisplayed()).isTrue();
    assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
    assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(375);
    screenshot("results-375.png");

    // The article view stacks the two languages.
    open("?article=" + enc(seedId));
    WebElement en = driver.findElement(By.cssSelector("#article .article-text-en"));
    WebElement zh = driver.findElement(By.cssSelector("#article .article-text-zh"));
    assertThat(zh.getLocation().getY()).isGreaterThan(en.getLocation().getY() + en.getSize().getHeight() - 1);
    assertThat(((Number) js("return document.documentElement.scrollWidth")).longValue()).isLessThanOrEqualTo(375);
    screenshot("article-375.png");
  }

  @Test
  void controlsAreLabelledNothingInlineAndFiltersWork() {
    open("?q=" + enc("联合国 OR UN"));
    @SuppressWarnings("unchecked")
    List<String> unlabelled = (List<String>) js(
        "return [...document.querySelectorAll('input, select')]"
            + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))"
            + ".map(e => e.outerHTML)");
    assertThat(unlabelled).isEmpty();

    // Nothing the Content-Security-Policy (script-src 'self'; style-src 'self') would block.
    @SuppressWarnings("unchecked")
    List<String> inline = (List<String>) js(
        "return [...document.querySelectorAll('*')].flatMap(e => ["
            + "  ...(e.tagName === 'SCRIPT' && !e.src ? ['inline script'] : []),"
            + "  ...(e.tagName === 'STYLE' ? ['style element'] : []),"
            + "  ...[...e.attributes].filter(a => a.name === 'style' || a.name.startsWith('on'))"
            + "      .map(a => e.tagName + '[' + a.name + ']')])");
    assertThat(inline).isEmpty();
    assertThat(driver.findElements(By.cssSelector(".snippet-zh, .hit-title-zh")))
        .allSatisfy(e -> assertThat(e.getAttribute("lang")).isEqualTo("zh"));
    assertThat(driver.findElements(By.cssSelector(".snippet-en, .hit-title-en")))
        .allSatisfy(e -> assertThat(e.getAttribute("lang")).isEqualTo("en"));

    // Sort and language selects and the date range go into the URL.
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sort"))).selectByValue("date");
    waitRendered();
    assertThat(param("sort")).isEqualTo("date");
    List<String> dates = hits().stream()
        .map(h -> h.findElements(By.cssSelector(".hit-meta time")))
        .filter(t -> !t.isEmpty())
        .map(t -> t.get(0).getAttribute("datetime")).toList();
    assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());

    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("lang"))).selectByValue("en");
    waitRendered();
    assertThat(param("lang")).isEqualTo("en");

    js("const f = document.getElementById('from'); f.value = '2020-01-01';"
        + "f.dispatchEvent(new Event('change', {bubbles: true}));");
    waitRendered();
    assertThat(param("from")).isEqualTo("2020-01-01");
    assertThat(driver.findElements(By.cssSelector("#chips .chip-remove")))
        .extracting(e -> e.getAttribute("aria-label")).contains("Remove filter from: 2020-01-01");
    for (WebElement t : driver.findElements(By.cssSelector("#results .hit-meta time"))) {
      assertThat(t.getAttribute("datetime")).isGreaterThanOrEqualTo("2020-01-01");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Round trip helpers

  private record RoundTrip(String q, String person, int page, List<String> ids) {}

  /** A query + person whose filtered results have a second page if the corpus allows, else page 1. */
  private static RoundTrip pickRoundTrip() {
    for (String q : List.of("联合国 OR UN", "China OR 中国", "")) {
      JsonNode res = api("api/search?q=" + enc(q));
      for (JsonNode f : res.path("facets").path("people")) {
        if (f.path("count").asLong() > 10) {
          String person = f.path("value").asText();
          return new RoundTrip(q, person, 2, apiIds(q, person, 2));
        }
      }
    }
    JsonNode res = api("api/search?q=" + enc("联合国 OR UN"));
    String person = res.path("facets").path("people").get(0).path("value").asText();
    return new RoundTrip("联合国 OR UN", person, 1, apiIds("联合国 OR UN", person, 1));
  }

  private static List<String> apiIds(String q, String person, int page) {
    JsonNode res = api("api/search?q=" + enc(q) + "&person=" + enc(person) + "&page=" + page + "&size=10");
    List<String> ids = new ArrayList<>();
    res.path("hits").forEach(h -> ids.add(h.path("id").asText()));
    return ids;
  }

  private void assertRoundTripState(RoundTrip rt) {
    assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(rt.q);
    assertThat(driver.findElements(By.cssSelector("#chips .chip-remove")))
        .extracting(e -> e.getAttribute("aria-label"))
        .containsExactly("Remove filter person: " + rt.person);
    assertThat(hitIds()).isEqualTo(rt.ids);
    if (rt.page > 1) {
      assertThat(driver.findElement(By.cssSelector("#pager [aria-current=\"page\"]")).getText())
          .isEqualTo(String.valueOf(rt.page));
    }
    assertThat(param("page")).isEqualTo(rt.page > 1 ? String.valueOf(rt.page) : null);
  }

  // ---------------------------------------------------------------------------------------------
  // Page helpers

  /** Loads base + pathAndQuery and waits for the page to finish rendering. */
  private static void open(String query) {
    driver.get(base + query);
    waitRendered();
  }

  /** Types a query in the search box and presses Enter. */
  private static void search(String query) {
    WebElement q = driver.findElement(By.id("q"));
    q.clear();
    q.sendKeys(query);
    assertThat(q.getAttribute("value")).isEqualTo(query);
    q.sendKeys(Keys.ENTER);
    waitRendered();
  }

  /** Waits until the page has rendered the state in the current URL. */
  private static void waitRendered() {
    try {
      new WebDriverWait(driver, WAIT, POLL).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
          "const b = document.body; return !!b && !!b.dataset.state && b.dataset.state !== 'loading'"
              + " && b.dataset.renderedFor === location.search;")));
    } catch (TimeoutException e) {
      throw new AssertionError("page did not finish rendering " + driver.getCurrentUrl() + " (state="
          + js("return document.body && document.body.dataset.state") + ")", e);
    }
  }

  private static String state() {
    return (String) js("return document.body.dataset.state");
  }

  private static List<WebElement> hits() {
    return driver.findElements(By.cssSelector("#results .hit"));
  }

  private static List<String> hitIds() {
    return hits().stream().map(h -> h.getAttribute("data-id")).toList();
  }

  private static WebElement hit(String id) {
    return hits().stream().filter(h -> id.equals(h.getAttribute("data-id"))).findFirst()
        .orElseThrow(() -> new AssertionError("no hit " + id + " among " + hitIds()));
  }

  private static long totalOnPage() {
    return Long.parseLong(driver.findElement(By.id("total")).getAttribute("data-total"));
  }

  private static WebElement personFacet(String preferred) {
    List<WebElement> values = driver.findElements(By.cssSelector("#facets [data-facet=\"people\"] .facet-value"));
    assertThat(values).as("people facet values").isNotEmpty();
    return values.stream().filter(v -> preferred.equals(v.getAttribute("data-value"))).findFirst()
        .orElse(values.get(0));
  }

  private static Object pwned() {
    return js("return typeof window.__pwned === 'undefined' ? null : String(window.__pwned)");
  }

  private static String param(String name) {
    List<String> all = params(name);
    return all.isEmpty() ? null : all.get(0);
  }

  @SuppressWarnings("unchecked")
  private static List<String> params(String name) {
    return (List<String>) js("return new URLSearchParams(location.search).getAll(arguments[0])", name);
  }

  private static Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private static void screenshot(String name) throws IOException {
    Path target = SCREENSHOTS.resolve(name);
    Files.createDirectories(SCREENSHOTS);
    Path tmp = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(tmp, target, StandardCopyOption.REPLACE_EXISTING);
  }

  // ---------------------------------------------------------------------------------------------
  // API helpers

  private static JsonNode api(String pathAndQuery) {
    try {
      HttpResponse<String> response = get(pathAndQuery);
      assertThat(response.statusCode()).as("GET %s", pathAndQuery).isEqualTo(200);
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String api404Message(String pathAndQuery) {
    try {
      HttpResponse<String> response = get(pathAndQuery);
      assertThat(response.statusCode()).as("GET %s", pathAndQuery).isEqualTo(404);
      JsonNode body = JSON.readTree(response.body());
      assertThat(body.path("error").asText()).isEqualTo("not_found");
      return body.path("message").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> get(String pathAndQuery) {
    try {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
          .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build();
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---------------------------------------------------------------------------------------------
  // Setup helpers

  private static WebDriver startChromium() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    Path profile = Files.createDirectories(tempRoot.resolve("chromium-profile"));
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
        "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
    return chrome;
  }

  private static int copyBundledCorpus(Path target) throws IOException {
    assertThat(BUNDLED_CORPUS).as("bundled corpus folder (run from the project root)").isDirectory();
    int n = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(BUNDLED_CORPUS, "*.txt")) {
      for (Path f : files) {
        Files.copy(f, target.resolve(f.getFileName().toString()));
        n++;
      }
    }
    return n;
  }

  /** An article in the corpus format whose texts are full of markup that must be shown literally. */
  private static String hostileArticle() {
    return String.join("\n",
        "这篇测试文章包含<b>粗体</b>标记，页面必须按原样显示这些字符。",
        "第二段：尖括号 < 和 > 以及 & 符号也要原样显示。",
        "Title: Markup must stay text " + HOSTILE_WORD,
        "Keywords: " + HOSTILE_WORD + ", markup",
        "Date: 2024-02-01",
        "News Content:",
        "This " + HOSTILE_WORD + " article carries markup: <script>window.__pwned=1</script> and "
            + "<img src=x onerror=\"window.__pwned=2\"> must both appear as plain text.",
        "A second paragraph with & ampersands, <i>tags</i> and \"quotes\" for " + HOSTILE_WORD + ".",
        "【来源】https://example.invalid/hostile-markup",
        "Views: 3",
        "");
  }

  private static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
