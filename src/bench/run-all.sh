#!/usr/bin/env bash
# Reproduces every figure of BENCHMARKS.md end to end: builds the jar and the benchmarks, writes the benchmark corpora,
# indexes them, measures indexing against pure analysis, runs the query load in-process and over HTTP, profiles with
# JFR and runs the JMH micro-benchmarks. Everything it writes goes under $NB_WORK (default /tmp/newsbench), never into
# the repository. Results: $NB_WORK/results/*.txt (the tables are Markdown, ready to paste).
#
#   bash src/bench/run-all.sh                 # everything: 10k, 30k, 100k articles (about an hour on 2 cores)
#   NB_SIZES="10000 30000 100000 300000" bash src/bench/run-all.sh   # also 300k (another ~30 min)
#   NB_QUICK=1 bash src/bench/run-all.sh      # short levels and JMH runs, 10k/30k only: a smoke test (~10 min)
#   NB_STEPS="search jmh" bash src/bench/run-all.sh   # only some steps (build always runs)
#
# Steps (in this order): build corpus index search scaling segments startup serverprofile jmh indexbench ramexp. Needs JDK 21+ (JAVA_HOME, else the
# newest under /usr/lib/jvm), Maven, python3, and ../shared/tools/make_bench_corpus.py (or NB_CORPUS_TOOL).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

NB_WORK=${NB_WORK:-/tmp/newsbench}
NB_QUICK=${NB_QUICK:-0}
if [ "$NB_QUICK" = 1 ]; then
  NB_SIZES=${NB_SIZES:-"10000 30000"}
  NB_MAIN=${NB_MAIN:-30000}
  LEVEL_SECONDS=${NB_LEVEL_SECONDS:-8}; WARMUP_SECONDS=${NB_WARMUP_SECONDS:-5}; REQUESTS=${NB_REQUESTS:-5000}
  INDEX_REPEAT=${NB_INDEX_REPEAT:-1}; JMH_OPTS=${NB_JMH_OPTS:-"-f 1 -wi 1 -i 2 -w 1 -r 1"}
else
  NB_SIZES=${NB_SIZES:-"10000 30000 100000"}
  NB_MAIN=${NB_MAIN:-100000}
  LEVEL_SECONDS=${NB_LEVEL_SECONDS:-30}; WARMUP_SECONDS=${NB_WARMUP_SECONDS:-15}; REQUESTS=${NB_REQUESTS:-30000}
  INDEX_REPEAT=${NB_INDEX_REPEAT:-2}; JMH_OPTS=${NB_JMH_OPTS:-"-f 1 -wi 3 -i 5 -w 2 -r 2"}
fi
NB_STEPS=${NB_STEPS:-"corpus index search scaling segments startup serverprofile jmh indexbench ramexp"}
SERVER_HEAP=${NB_SERVER_HEAP:-512m}
CORPUS_TOOL=${NB_CORPUS_TOOL:-$ROOT/../shared/tools/make_bench_corpus.py}
RESULTS=$NB_WORK/results
mkdir -p "$NB_WORK" "$RESULTS"

java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME/bin/java")" -lt 21 ] 2>/dev/null; then
  best=""; best_v=0
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    v=$(java_major "$home/bin/java")
    if [ "${v:-0}" -ge 21 ] 2>/dev/null && [ "$v" -gt "$best_v" ]; then best="$home"; best_v="$v"; fi
  done
  [ -n "$best" ] || { echo "run-all.sh: no JDK 21+ found" >&2; exit 1; }
  export JAVA_HOME="$best"
fi
JAVA="$JAVA_HOME/bin/java"
step() { [[ " $NB_STEPS " == *" $1 "* ]]; }
log() { echo "== $(date +%H:%M:%S) $* (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$RESULTS/progress.log"; }
corpus() { echo "$NB_WORK/corpus-$1"; }
index() { echo "$NB_WORK/index-$1"; }

log "machine"
{
  echo "date: $(date -Is)"; echo "nproc: $(nproc)"; free -m | sed -n 1,2p
  grep -m1 'model name' /proc/cpuinfo || true
  "$JAVA" -version 2>&1; mvn -v 2>/dev/null | head -n 1 || true
  echo "load average at start: $(cat /proc/loadavg)"
} > "$RESULTS/machine.txt"
cat "$RESULTS/machine.txt"

log "build (mvn -Pbench package, tests skipped)"
mvn -B -q -ntp -Pbench -DskipTests package
CP="target/classes:target/test-classes:$(cat target/bench.classpath)"
newsbench() { local heap=$1; shift; "$JAVA" "-Xmx$heap" ${NB_JVM_OPTS:-} -cp "$CP" com.newsbridge.bench.NewsBench "$@"; }

if step corpus; then
  for n in $NB_SIZES; do
    if [ ! -f "$(corpus "$n")/bench-$(printf %06d "$n").txt" ]; then
      log "corpus $n"
      rm -rf "$(corpus "$n")"
      python3 "$CORPUS_TOOL" --docs "$n" --out "$(corpus "$n")"
    fi
  done
  newsbench 1g queries --corpus "$(corpus "$NB_MAIN")" --out "$NB_WORK/queries.tsv" --count 2000 | tee "$RESULTS/queries.txt"
fi
[ -f "$NB_WORK/queries.tsv" ] || newsbench 1g queries --corpus "$(corpus "$NB_MAIN")" --out "$NB_WORK/queries.tsv" --count 2000

if step index; then
  # The real command line, default heap, all cores; /usr/bin/time for the peak RSS; JFR for the biggest main size.
  for n in $NB_SIZES; do
    log "index $n (CLI)"
    rm -rf "$(index "$n")"
    jfr=()
    if [ "$n" = "$NB_MAIN" ]; then jfr=(-XX:StartFlightRecording=filename=$RESULTS/index-$n.jfr,settings=profile); fi
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -v "$JAVA" "${jfr[@]}" -jar target/newsbridge.jar index --corpus "$(corpus "$n")" --index "$(index "$n")" \
        > "$RESULTS/index-cli-$n.txt" 2>&1
    else
      "$JAVA" "${jfr[@]}" -jar target/newsbridge.jar index --corpus "$(corpus "$n")" --index "$(index "$n")" \
        > "$RESULTS/index-cli-$n.txt" 2>&1
    fi
    grep -E "indexed, .* skipped from|Maximum resident|Elapsed|User time|System time|Percent of CPU" "$RESULTS/index-cli-$n.txt" \
      | grep -v "^indexing:" | tee -a "$RESULTS/index-cli-summary.txt"
    echo "index size: $(du -sh "$(index "$n")" | cut -f1)  ($n articles; load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$RESULTS/index-cli-summary.txt"
  done
  if [ -f "$RESULTS/index-$NB_MAIN.jfr" ]; then
    newsbench 2g jfr --top 30 --focus ArraysSupport.mismatch,com.newsbridge.entity,com.newsbridge.ingest.ArticleParser \
      "$RESULTS/index-$NB_MAIN.jfr" > "$RESULTS/index-profile.txt"
  fi
fi

if step search; then
  log "query load, $NB_MAIN articles: in-process and HTTP (server -Xmx$SERVER_HEAP), 1/4/16 clients"
  newsbench "$SERVER_HEAP" search --index "$(index "$NB_MAIN")" --queries "$NB_WORK/queries.tsv" --clients 1,4,16 \
    --seconds "$LEVEL_SECONDS" --requests "$REQUESTS" --warmup-seconds "$WARMUP_SECONDS" --jar target/newsbridge.jar \
    --server-opts "-Xmx$SERVER_HEAP" --server-log "$RESULTS/server-$NB_MAIN.log" --startup-runs 3 2>/dev/null \
    | tee "$RESULTS/search-$NB_MAIN.txt"
  log "the same with the result cache off (every query counts its facets), in-process and HTTP"
  NB_JVM_OPTS="-Dnewsbridge.resultCache=0" newsbench "$SERVER_HEAP" search --index "$(index "$NB_MAIN")" \
    --queries "$NB_WORK/queries.tsv" --clients 1,4,16 --seconds "$LEVEL_SECONDS" --requests "$REQUESTS" \
    --warmup-seconds "$WARMUP_SECONDS" --jar target/newsbridge.jar --server-log "$RESULTS/server-$NB_MAIN-nocache.log" \
    --server-opts "-Xmx$SERVER_HEAP -Dnewsbridge.resultCache=0" --startup-runs 0 --no-types 2>/dev/null \
    | tee "$RESULTS/search-$NB_MAIN-nocache.txt"
fi

if step scaling; then
  for n in $NB_SIZES; do
    [ "$n" = "$NB_MAIN" ] && continue
    log "query scaling, $n articles, 1 client"
    newsbench "$SERVER_HEAP" search --index "$(index "$n")" --queries "$NB_WORK/queries.tsv" --clients 1 \
      --seconds "$LEVEL_SECONDS" --requests "$REQUESTS" --warmup-seconds "$WARMUP_SECONDS" --jar target/newsbridge.jar \
      --server-opts "-Xmx$SERVER_HEAP" --server-log "$RESULTS/server-$n.log" --startup-runs 1 --no-types 2>/dev/null \
      | tee "$RESULTS/search-$n.txt"
  done
fi

if step segments; then
  # Query cost by segment count: the CLI's index as built vs. the same index force-merged, same JVM, query by query.
  log "segments: $NB_MAIN articles as built vs. force-merged to 4 and 1 segments"
  for s in 4 1; do
    rm -rf "$(index "$NB_MAIN")-m$s"; cp -r "$(index "$NB_MAIN")" "$(index "$NB_MAIN")-m$s"
    newsbench 1g merge --index "$(index "$NB_MAIN")-m$s" --segments "$s" 2>/dev/null | tee -a "$RESULTS/segments.txt"
  done
  newsbench 1g ab --index "$(index "$NB_MAIN")" --index "$(index "$NB_MAIN")-m4" --index "$(index "$NB_MAIN")-m1" \
    --queries "$NB_WORK/queries.tsv" --count 1000 --rounds 2 2>/dev/null | tee -a "$RESULTS/segments.txt"
  rm -rf "$(index "$NB_MAIN")-m4" "$(index "$NB_MAIN")-m1"
fi

if step startup; then
  log "start-up breakdown, $NB_MAIN articles"
  for i in 1 2 3; do
    newsbench "$SERVER_HEAP" startup --index "$(index "$NB_MAIN")" 2>/dev/null | tee -a "$RESULTS/startup.txt"
  done
fi

if step serverprofile; then
  log "server CPU profile under 16 clients, $NB_MAIN articles"
  rm -f "$RESULTS/server-$NB_MAIN.jfr"
  newsbench 1g search --index "$(index "$NB_MAIN")" --queries "$NB_WORK/queries.tsv" --clients 16 --no-inproc \
    --seconds "$LEVEL_SECONDS" --requests "$REQUESTS" --warmup-seconds "$WARMUP_SECONDS" --jar target/newsbridge.jar \
    --server-opts "-Xmx$SERVER_HEAP -XX:StartFlightRecording=filename=$RESULTS/server-$NB_MAIN.jfr,settings=profile" \
    --server-log "$RESULTS/server-profile.log" --startup-runs 0 --no-types 2>/dev/null > "$RESULTS/search-profiled.txt"
  newsbench 2g jfr --top 30 --focus SearchHandler.handle,ArticleSearcher.search,ArticleSearcher.hits,ArticleSearcher.facets \
    "$RESULTS/server-$NB_MAIN.jfr" > "$RESULTS/server-profile.txt"
fi

if step jmh; then
  log "JMH (index: $(index "$NB_MAIN"))"
  # shellcheck disable=SC2086
  "$JAVA" -cp "$CP" org.openjdk.jmh.Main $JMH_OPTS \
    -jvmArgsAppend "-Dnb.index=$(index "$NB_MAIN") -Dnb.corpus=$(corpus "$NB_MAIN") -Xmx1g" \
    -rf text -rff "$RESULTS/jmh.txt" 2>/dev/null | grep -E "^\[setup\]|^Benchmark|^[a-zA-Z].*(thrpt|avgt)" || true
  cat "$RESULTS/jmh.txt"
fi

if step indexbench; then
  log "indexing vs analysis, $NB_MAIN articles, 2 threads (and analysis alone on 1 thread)"
  newsbench 3g index --corpus "$(corpus "$NB_MAIN")" --work "$NB_WORK/scratch" --threads 2 --repeat "$INDEX_REPEAT" \
    --passes parse,analyze,analyze-all,bare,index 2>/dev/null | tee "$RESULTS/indexbench.txt"
  newsbench 3g index --corpus "$(corpus "$NB_MAIN")" --work "$NB_WORK/scratch" --threads 1 --repeat 1 \
    --passes analyze 2>/dev/null | tee -a "$RESULTS/indexbench.txt"
fi

if step ramexp; then
  # Writer settings (RAM buffer) and indexing thread counts on the 30k corpus, same JVM, interleaved.
  n=30000; case " $NB_SIZES " in *" 30000 "*) ;; *) n=$NB_MAIN;; esac
  log "RAM buffer / thread experiments, $n articles"
  newsbench 3g index --corpus "$(corpus "$n")" --work "$NB_WORK/scratch" --threads 2 --repeat "$INDEX_REPEAT" \
    --passes analyze,index,raw-64,raw-256,rawadd-128 2>/dev/null | tee "$RESULTS/ramexp.txt"
  newsbench 3g index --corpus "$(corpus "$n")" --work "$NB_WORK/scratch" --threads 1,3 --repeat 1 \
    --passes index 2>/dev/null | tee -a "$RESULTS/ramexp.txt"
fi

log "done; results in $RESULTS"
