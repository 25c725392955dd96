package dev.godwit.rules;

import dev.godwit.model.Migration;
import dev.godwit.model.Project;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.ProjectRule;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Alembic revision graph that {@code alembic upgrade head} cannot follow: several heads, a
 * {@code down_revision} that names no revision, or one revision id in two files.
 */
@RuleInfo(
    id = "invalid-alembic-history",
    summary = "Alembic history with several heads, a down_revision that names no revision, or a duplicate revision id",
    severity = Severity.ERROR,
    rationale = "Alembic refuses to upgrade to head when the history has several heads, fails on every command"
        + " when a down_revision names a revision that does not exist, and silently keeps only one of two files"
        + " with the same revision id. None of it shows in any statement; it fails at deploy.",
    safeAlternative = "Merge the heads with alembic merge heads, point down_revision at an existing revision,"
        + " give each revision its own id (alembic revision generates one).",
    tags = {"history"})
public final class InvalidAlembicHistoryRule implements ProjectRule {
  private static final Pattern REVISION = Pattern.compile("(?m)^revision\\s*(?::[^=\\n]*)?=[ \\t]*");
  private static final Pattern DOWN = Pattern.compile("(?m)^down_revision\\s*(?::[^=\\n]*)?=[ \\t]*");
  private static final Pattern LABELS = Pattern.compile("(?m)^branch_labels\\s*(?::[^=\\n]*)?=[ \\t]*");
  private static final Pattern STRING = Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"");

  /** One revision file: its id, the ids it follows, its branch labels, where each is written. */
  private record Rev(SourceFile file, String id, Span idSpan, List<String> downs, Span downSpan, List<String> labels,
      String history) {}

  @Override
  public void check(Project project, RuleContext ctx) {
    List<Rev> revs = new ArrayList<>();
    for (Migration m : project.migrations()) {
      if (m.format() != dev.godwit.model.Format.ALEMBIC || m.up().isEmpty() || m.primaryFile() == null) {
        continue;
      }
      Rev r = read(m.primaryFile());
      if (r != null) {
        revs.add(r);
      }
    }
    Map<String, List<Rev>> byHistory = new LinkedHashMap<>();
    Map<String, Rev> byId = new HashMap<>();
    for (Rev r : revs) {
      byHistory.computeIfAbsent(r.history(), k -> new ArrayList<>()).add(r);
      Rev first = byId.putIfAbsent(r.id(), r);
      if (first != null) {
        ctx.report(r.file(), r.idSpan(), "Revision " + r.id() + " is also the revision of " + first.file().name()
            + ": Alembic keeps only one of the two files, and the other never runs.")
            .help("Give this revision an id of its own (alembic revision generates one) and point the revisions"
                + " that follow it at the new id.");
      }
    }
    for (List<Rev> history : byHistory.values()) {
      boolean complete = history.stream().anyMatch(r -> r.downs().isEmpty()); // the root is in view
      if (!complete) {
        continue; // a few revisions of a longer history: their parents are simply not in this run
      }
      boolean dangling = false;
      for (Rev r : history) {
        for (String d : r.downs()) {
          if (!byId.containsKey(d)) {
            dangling = true;
            ctx.report(r.file(), r.downSpan(), "down_revision names " + d + ", which no revision has: Alembic"
                + " stops every command with \"Revision " + d + " referenced from " + r.id() + " is not present\".")
                .help("Point down_revision at the revision this one follows (alembic history lists them), or add"
                    + " the missing revision file.");
          }
        }
      }
      if (dangling) {
        continue;
      }
      Set<String> parents = new TreeSet<>();
      for (Rev r : revs) {
        parents.addAll(r.downs());
      }
      Map<Set<String>, List<Rev>> headsByBranch = new LinkedHashMap<>();
      for (Rev r : history) {
        if (!parents.contains(r.id()) && byId.get(r.id()) == r) {
          headsByBranch.computeIfAbsent(labels(r, byId), k -> new ArrayList<>()).add(r);
        }
      }
      for (List<Rev> heads : headsByBranch.values()) {
        if (heads.size() < 2) {
          continue;
        }
        for (Rev h : heads) {
          List<String> others = new ArrayList<>();
          for (Rev o : heads) {
            if (o != h) {
              others.add(o.id());
            }
          }
          ctx.report(h.file(), h.idSpan(), "Revision " + h.id() + " is a head, and so is " + String.join(", ", others)
              + ": alembic upgrade head stops with \"Multiple head revisions are present\".")
              .help("Merge the heads (alembic merge heads) or set this revision's down_revision to the other head;"
                  + " independent histories on purpose get their own branch_labels.");
        }
      }
    }
  }

  /** The branch labels of a revision and everything it follows: heads on different labelled branches are normal. */
  private static Set<String> labels(Rev r, Map<String, Rev> byId) {
    Set<String> out = new TreeSet<>();
    List<Rev> todo = new ArrayList<>(List.of(r));
    Set<String> seen = new TreeSet<>();
    while (!todo.isEmpty()) {
      Rev x = todo.remove(todo.size() - 1);
      if (!seen.add(x.id())) {
        continue;
      }
      out.addAll(x.labels());
      for (String d : x.downs()) {
        Rev p = byId.get(d);
        if (p != null) {
          todo.add(p);
        }
      }
    }
    return out;
  }

  private static Rev read(SourceFile file) {
    String text = file.text();
    Matcher rev = REVISION.matcher(text);
    if (!rev.find()) {
      return null;
    }
    int[] idAt = new int[2];
    List<String> ids = values(text, rev.end(), idAt);
    if (ids.size() != 1) {
      return null;
    }
    Span idSpan = new Span(rev.start(), lineEnd(text, rev.start()));
    Matcher down = DOWN.matcher(text);
    List<String> downs = List.of();
    Span downSpan = idSpan;
    if (down.find()) {
      downs = values(text, down.end(), new int[2]);
      downSpan = new Span(down.start(), lineEnd(text, down.start()));
    }
    Matcher labels = LABELS.matcher(text);
    List<String> branch = labels.find() ? values(text, labels.end(), new int[2]) : List.of();
    return new Rev(file, ids.get(0), idSpan, downs, downSpan, branch, history(file.path()));
  }

  /** The revision history a file belongs to: its {@code versions} folder (or its own folder). */
  private static String history(String path) {
    String p = path.replace('\\', '/');
    int v = p.lastIndexOf("/versions/");
    if (v >= 0) {
      return p.substring(0, v + "/versions".length());
    }
    int slash = p.lastIndexOf('/');
    return slash < 0 ? "" : p.substring(0, slash);
  }

  /** The strings of {@code None}, {@code "a"}, {@code ("a", "b")} or {@code ["a"]} starting at {@code at}. */
  private static List<String> values(String text, int at, int[] span) {
    List<String> out = new ArrayList<>();
    int end;
    if (at < text.length() && (text.charAt(at) == '(' || text.charAt(at) == '[' || text.charAt(at) == '{')) {
      char close = text.charAt(at) == '(' ? ')' : text.charAt(at) == '[' ? ']' : '}';
      end = text.indexOf(close, at);
      end = end < 0 ? lineEnd(text, at) : end + 1;
    } else {
      end = lineEnd(text, at);
      int hash = text.indexOf('#', at);
      if (hash >= 0 && hash < end) {
        end = hash;
      }
    }
    Matcher s = STRING.matcher(text.substring(at, end));
    while (s.find()) {
      out.add(s.group(1) != null ? s.group(1) : s.group(2));
    }
    span[0] = at;
    span[1] = end;
    return out;
  }

  private static int lineEnd(String text, int at) {
    int e = text.indexOf('\n', at);
    e = e < 0 ? text.length() : e;
    return e > at && text.charAt(e - 1) == '\r' ? e - 1 : e;
  }
}
