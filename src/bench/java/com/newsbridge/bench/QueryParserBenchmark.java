package com.newsbridge.bench;

import com.newsbridge.index.NewsIndex;
import com.newsbridge.search.NewsQueryParser;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Query building: {@link NewsQueryParser} (a new parser per query, as ArticleSearcher does) over typical queries. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueryParserBenchmark {

    @Param({"联合国", "刘建超", "climate", "\"global civilization initiative\"", "联合国 climate change",
            "UN AND (climate OR 气候) -war", "econom*"})
    public String query;

    private Analyzer analyzer;

    @Setup
    public void setUp() {
        analyzer = NewsIndex.newAnalyzer();
    }

    @Benchmark
    public Query parse() {
        return new NewsQueryParser(analyzer, true, true).parseQuery(query);
    }
}
