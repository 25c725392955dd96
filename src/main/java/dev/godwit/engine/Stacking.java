package dev.godwit.engine;

import dev.godwit.model.SourceFile;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One hazard, one finding: where two rules tell the same story about one statement, the report keeps one
 * finding. A statement that one of the CONCURRENTLY rules reports (CREATE INDEX, DROP INDEX, REINDEX,
 * REFRESH MATERIALIZED VIEW, DETACH PARTITION without it) takes its lock on a busy table: require-lock-timeout
 * says the same of it (the lock queue). The CONCURRENTLY finding stays, with the lock_timeout advice added
 * to its help and the higher of the two severities; the require-lock-timeout finding goes. Suppressed
 * findings are left as they are.
 */
final class Stacking {
  static final String LOCK_TIMEOUT = "require-lock-timeout";
  static final Set<String> CONCURRENTLY = Set.of("require-concurrent-index", "require-concurrent-drop-index",
      "require-concurrent-reindex", "require-concurrent-refresh", "require-concurrent-detach-partition");

  private Stacking() {}

  static List<Finding> merge(List<Finding> findings) {
    Map<Finding, Finding> replaced = new IdentityHashMap<>();
    Map<Finding, Boolean> dropped = new IdentityHashMap<>();
    // the CONCURRENTLY findings of each file, so that a lock_timeout finding is compared with its file's only
    Map<SourceFile, List<Finding>> concurrently = new IdentityHashMap<>();
    for (Finding f : findings) {
      if (CONCURRENTLY.contains(f.ruleId()) && !f.suppressed() && f.file() != null) {
        concurrently.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f);
      }
    }
    if (concurrently.isEmpty()) {
      return findings;
    }
    for (Finding lock : findings) {
      if (!lock.ruleId().equals(LOCK_TIMEOUT) || lock.suppressed() || lock.file() == null) {
        continue;
      }
      for (Finding other : concurrently.getOrDefault(lock.file(), List.of())) {
        if (overlaps(other, lock) && !replaced.containsKey(other)) {
          Severity severity = other.severity().compareTo(lock.severity()) <= 0 ? other.severity() : lock.severity(); // ERROR first
          String advice = "Set a lock_timeout before it as well (SET lock_timeout = '5s'): while the statement waits"
              + " for its lock, every query on the table queues behind it.";
          String help = other.help() == null ? advice : other.help() + " " + advice;
          replaced.put(other, new Finding(other.ruleId(), severity, other.path(), other.file(), other.span(),
              other.message(), help, other.fix(), other.suppression()));
          dropped.put(lock, true);
          break;
        }
      }
    }
    if (dropped.isEmpty()) {
      return findings;
    }
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (!dropped.containsKey(f)) {
        out.add(replaced.getOrDefault(f, f));
      }
    }
    return out;
  }

  private static boolean overlaps(Finding a, Finding b) {
    return a.span().start() < b.span().end() && b.span().start() < a.span().end()
        || a.span().start() == b.span().start();
  }
}
