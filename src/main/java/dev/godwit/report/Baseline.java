package dev.godwit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.godwit.rule.Finding;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Known findings accepted in legacy migrations. A baseline file lists findings by the fingerprints of
 * {@link Fingerprints}: rule, path and the flagged text, so an entry still matches after lines above it
 * move or unrelated statements change, and stops matching when the flagged statement itself changes.
 *
 * <pre>
 * {
 *   "godwit-baseline": 1,
 *   "findings": [
 *     {"fingerprint": "9f…", "rule": "require-concurrent-index", "path": "db/V2__idx.sql", "line": 4, "message": "…"}
 *   ]
 * }
 * </pre>
 *
 * Only {@code fingerprint} and {@code path} are read back; the rest is for people reviewing the file.
 */
public final class Baseline {
  /** The format version written and understood. */
  public static final int VERSION = 1;

  /** One entry of a baseline file. */
  public record Entry(String fingerprint, String path) {}

  /**
   * The outcome of applying a baseline.
   *
   * @param kept indexes of the findings the baseline does not accept (suppressed ones included)
   * @param accepted unsuppressed findings the baseline accepted
   * @param gone entries that matched no finding in the files checked (fixed, or the statement changed)
   */
  public record Applied(List<Integer> kept, int accepted, int gone) {}

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public List<Entry> entries() {
    return entries;
  }

  /** Writes the unsuppressed findings as a baseline. */
  public static int write(List<Finding> findings, Writer out) throws IOException {
    List<String> fingerprints = Fingerprints.assign(findings);
    int n = 0;
    try (JsonGenerator gen = Json.generator(out)) {
      gen.writeStartObject();
      gen.writeNumberField("godwit-baseline", VERSION);
      gen.writeArrayFieldStart("findings");
      for (int i = 0; i < findings.size(); i++) {
        Finding f = findings.get(i);
        if (f.suppressed()) {
          continue;
        }
        n++;
        gen.writeStartObject();
        gen.writeStringField("fingerprint", fingerprints.get(i));
        gen.writeStringField("rule", f.ruleId());
        gen.writeStringField("path", f.path());
        gen.writeNumberField("line", f.startLine());
        gen.writeStringField("message", f.message());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    out.write('\n');
    return n;
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException when it cannot be read or is not a Godwit baseline (the message says why)
   */
  public static Baseline read(Reader in) throws IOException {
    List<Entry> entries = new ArrayList<>();
    boolean marked = false;
    try (JsonParser p = new JsonFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IOException("not a Godwit baseline (expected a JSON object)");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("godwit-baseline")) {
          if (t != JsonToken.VALUE_NUMBER_INT || p.getIntValue() != VERSION) {
            throw new IOException("unsupported baseline version " + p.getText() + " (this Godwit reads " + VERSION + ")");
          }
          marked = true;
        } else if (field.equals("findings") && t == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            String fp = null;
            String path = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              JsonToken v = p.nextToken();
              if (name.equals("fingerprint") && v == JsonToken.VALUE_STRING) {
                fp = p.getText();
              } else if (name.equals("path") && v == JsonToken.VALUE_STRING) {
                path = p.getText();
              } else {
                p.skipChildren();
              }
            }
            if (fp == null) {
              throw new IOException("a baseline entry has no fingerprint (line "
                  + p.currentLocation().getLineNr() + ")");
            }
            entries.add(new Entry(fp, path));
          }
        } else {
          p.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException("not valid JSON: " + e.getOriginalMessage() + " (line "
          + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
    }
    if (!marked) {
      throw new IOException("not a Godwit baseline (no \"godwit-baseline\" version field)");
    }
    return new Baseline(entries);
  }

  /**
   * Removes the findings the baseline accepts. Each entry accepts at most one finding.
   *
   * @param checked whether a path was checked in this run: only entries of checked files can be "gone"
   */
  public Applied apply(List<Finding> findings, Predicate<String> checked) {
    Map<String, Integer> budget = new HashMap<>();
    for (Entry e : entries) {
      budget.merge(e.fingerprint(), 1, Integer::sum);
    }
    List<String> fingerprints = Fingerprints.assign(findings);
    List<Integer> kept = new ArrayList<>();
    int accepted = 0;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      Integer left = budget.get(fingerprints.get(i));
      if (!f.suppressed() && left != null && left > 0) {
        budget.put(fingerprints.get(i), left - 1);
        accepted++;
      } else {
        kept.add(i);
      }
    }
    int gone = 0;
    for (Entry e : entries) {
      Integer left = budget.get(e.fingerprint());
      if (left != null && left > 0 && (e.path() == null || checked.test(e.path()))) {
        budget.put(e.fingerprint(), left - 1);
        gone++;
      }
    }
    return new Applied(kept, accepted, gone);
  }
}
