package com.newsbridge.cli;

import com.newsbridge.entity.EntityExtractor;
import com.newsbridge.index.NewsIndex;
import com.newsbridge.model.FacetValue;
import com.newsbridge.model.SearchHit;
import com.newsbridge.model.SearchRequest;
import com.newsbridge.model.SearchResult;
import com.newsbridge.search.ArticleSearcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search --index DIR QUERY}: prints the top results in the terminal. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search an index and print the top results.")
final class SearchCommand implements Callable<Integer> {

    @Option(names = "--index", defaultValue = "index-data/index", description = "Index folder (default: ${DEFAULT-VALUE}).")
    Path index;

    @Option(names = "--size", defaultValue = "10", description = "Number of results (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--person", description = "Person filter (repeatable).")
    List<String> people = List.of();

    @Option(names = "--org", description = "Organization filter (repeatable).")
    List<String> organizations = List.of();

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (words are joined with spaces).")
    List<String> query;

    @Override
    public Integer call() {
        if (!Files.isDirectory(index) || NewsIndex.committedCount(index) == 0) {
            throw new IllegalArgumentException("no index at " + index + " (run: index --corpus DIR --index " + index + ")");
        }
        try (NewsIndex newsIndex = NewsIndex.open(index, EntityExtractor.bundled())) {
            SearchRequest request = SearchRequest.of(String.join(" ", query))
                    .withPeople(people).withOrganizations(organizations).withPage(1, size);
            SearchResult result = new ArticleSearcher(newsIndex).search(request);
            System.out.printf(Locale.ROOT, "%d results (%d ms)%n", result.total(), result.tookMs());
            int rank = 1;
            for (SearchHit hit : result.hits()) {
                System.out.printf(Locale.ROOT, "%2d. %s  [%s] score %.3f%n", rank++, title(hit), hit.id(), hit.score());
                if (hit.published() != null) {
                    System.out.println("    " + hit.published() + (hit.url() == null ? "" : "  " + hit.url()));
                }
                printSnippet(hit.snippetZh());
                printSnippet(hit.snippetEn());
            }
            for (var facet : result.facets().entrySet()) {
                if (!facet.getValue().isEmpty()) {
                    System.out.println(facet.getKey() + ": " + String.join(", ",
                            facet.getValue().stream().map(SearchCommand::facet).toList()));
                }
            }
            return 0;
        }
    }

    private static String title(SearchHit hit) {
        if (!hit.titleEn().isEmpty() && !hit.titleZh().isEmpty()) {
            return hit.titleEn() + " / " + hit.titleZh();
        }
        return hit.titleEn().isEmpty() ? hit.titleZh() : hit.titleEn();
    }

    private static void printSnippet(String snippet) {
        if (snippet != null && !snippet.isBlank()) {
            boolean terminal = System.console() != null;
            String text = snippet.replace("<mark>", terminal ? "\u001B[1m" : "[").replace("</mark>", terminal ? "\u001B[0m" : "]")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&amp;", "&");
            System.out.println("    " + text);
        }
    }

    private static String facet(FacetValue v) {
        return v.label() + " (" + v.count() + ")";
    }
}
