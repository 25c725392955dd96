package dev.godwit.report;

import dev.godwit.engine.FileSummary;
import dev.godwit.engine.LintResult;
import dev.godwit.engine.Notification;
import dev.godwit.model.Format;
import dev.godwit.model.SourceFile;
import dev.godwit.model.Span;
import dev.godwit.rule.Applicability;
import dev.godwit.rule.Edit;
import dev.godwit.rule.Finding;
import dev.godwit.rule.Fix;
import dev.godwit.rule.FixAvailability;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import java.util.List;

/** A fixed, hand-built {@link LintResult} that exercises every corner the reporters handle. */
final class ReportFixture {
  private ReportFixture() {}

  static final ReportContext CONTEXT =
      new ReportContext("0.1.0-test", "file:///srv/shop/", false, ReportContext.DEFAULT_DOCS_BASE_URI);

  /** LF line ends; a tab before the flagged type. */
  static final SourceFile V1 =
      new SourceFile(
          "db/migration/V1__create_orders.sql",
          "-- Orders – one row per checkout\n"
              + "CREATE TABLE orders (\n"
              + "\tid int PRIMARY KEY,\n"
              + "\tnote varchar(50)\n"
              + ");\n");

  /** CRLF line ends, a space in the file name, a multi-line statement and an ignore comment. */
  static final SourceFile V2 =
      new SourceFile(
          "db/migration/V2__index orders.sql",
          "-- add an index\r\n"
              + "CREATE INDEX orders_note_idx ON orders (note);\r\n"
              + "ALTER TABLE orders\r\n"
              + "  ADD COLUMN status text NOT NULL;\r\n"
              + "-- godwit-ignore: ban-drop-column -- column unused since 2024\r\n"
              + "ALTER TABLE orders DROP COLUMN legacy;\r\n");

  /** Could not be decoded: only its path is known. */
  static final String V3_PATH = "db/migration/V3__broken.sql";

  @RuleInfo(
      id = "adding-required-field",
      summary = "Adding a NOT NULL column without a default fails on a non-empty table",
      severity = Severity.ERROR,
      rationale = "PostgreSQL rejects the ALTER when rows exist, and the deploy stops halfway.",
      safeAlternative = "Add the column as nullable, backfill it, then SET NOT NULL.",
      tags = {"schema"})
  private static final class AddingRequiredField {}

  @RuleInfo(
      id = "ban-drop-column",
      summary = "Dropping a column may break existing clients",
      severity = Severity.WARNING,
      rationale = "Application instances still running the old code read and write the column.",
      safeAlternative = "Stop reading and writing the column first; drop it in a later release.")
  private static final class BanDropColumn {}

  @RuleInfo(
      id = "parse-error",
      summary = "The statement or file could not be analyzed",
      severity = Severity.WARNING,
      rationale = "Godwit cannot check what it cannot parse.",
      safeAlternative = "Fix the syntax, or check the statement by hand.",
      suppressible = false)
  private static final class ParseError {}

  @RuleInfo(
      id = "prefer-bigint",
      summary = "Prefer bigint over int for keys",
      severity = Severity.NOTE,
      rationale = "An int key overflows after 2,147,483,647 rows and changing its type rewrites the table.",
      safeAlternative = "Use bigint (or bigint GENERATED ALWAYS AS IDENTITY) for keys.",
      tags = {"types", "future-proofing"})
  private static final class PreferBigint {}

  @RuleInfo(
      id = "renaming-column",
      summary = "Renaming a column breaks existing clients",
      severity = Severity.WARNING,
      rationale = "Running application instances still use the old name.",
      safeAlternative = "Add a new column, write to both, backfill, then drop the old one.",
      enabledByDefault = false)
  private static final class RenamingColumn {}

  @RuleInfo(
      id = "require-concurrent-index",
      summary = "Creating an index without CONCURRENTLY blocks writes",
      severity = Severity.ERROR,
      rationale = "CREATE INDEX holds a SHARE lock on the table until the index is built.",
      safeAlternative = "Use CREATE INDEX CONCURRENTLY, outside a transaction block.",
      fix = FixAvailability.ALWAYS,
      tags = {"locking", "index"})
  private static final class RequireConcurrentIndex {}

  static final List<RuleInfo> RULES =
      List.of(
          info(AddingRequiredField.class),
          info(BanDropColumn.class),
          info(ParseError.class),
          info(PreferBigint.class),
          info(RenamingColumn.class),
          info(RequireConcurrentIndex.class));

  static RuleInfo info(Class<?> c) {
    return c.getAnnotation(RuleInfo.class);
  }

  static Span spanOf(SourceFile f, String text) {
    int start = f.text().indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException(text);
    }
    return new Span(start, start + text.length());
  }

  static List<Finding> findings() {
    Span intType = spanOf(V1, "int PRIMARY KEY");
    intType = new Span(intType.start(), intType.start() + 3);
    Finding bigint =
        new Finding(
            "prefer-bigint",
            Severity.NOTE,
            V1.path(),
            V1,
            intType,
            "Column \"id\" of table orders uses int, which overflows at 2,147,483,647",
            "Use bigint for keys.",
            null,
            null);

    Span index = spanOf(V2, "CREATE INDEX orders_note_idx ON orders (note)");
    Finding concurrent =
        new Finding(
            "require-concurrent-index",
            Severity.ERROR,
            V2.path(),
            V2,
            index,
            "Creating index orders_note_idx on orders blocks writes until it is built",
            "Use CREATE INDEX CONCURRENTLY, outside a transaction block.",
            new Fix(
                "Add CONCURRENTLY",
                Applicability.UNSAFE,
                List.of(Edit.insert(index.start() + "CREATE INDEX ".length(), "CONCURRENTLY "))),
            null);

    Finding required =
        new Finding(
            "adding-required-field",
            Severity.ERROR,
            V2.path(),
            V2,
            spanOf(V2, "ALTER TABLE orders\r\n  ADD COLUMN status text NOT NULL"),
            "Adding NOT NULL column \"status\" to orders without a default fails: 100% of existing rows\nviolate it",
            "Add the column as nullable, backfill it, then SET NOT NULL.",
            null,
            null);

    Finding dropped =
        new Finding(
            "ban-drop-column",
            Severity.WARNING,
            V2.path(),
            V2,
            spanOf(V2, "ALTER TABLE orders DROP COLUMN legacy"),
            "Dropping column legacy of orders may break existing clients",
            "Stop reading and writing the column first; drop it in a later release.",
            null,
            new Finding.Suppression("column unused since 2024"));

    Finding unreadable =
        new Finding(
            "parse-error",
            Severity.WARNING,
            V3_PATH,
            null,
            new Span(0, 0),
            "Could not decode the file as UTF-8 (malformed input at byte 17)",
            null,
            null,
            null);

    return List.of(bigint, concurrent, required, dropped, unreadable);
  }

  static List<Notification> notifications() {
    return List.of(
        new Notification(Severity.WARNING, "could not decode as UTF-8; the file was skipped", V3_PATH, null),
        new Notification(
            Severity.ERROR,
            "rule renaming-column crashed: java.lang.IllegalStateException: unexpected action",
            V2.path(),
            "renaming-column"));
  }

  static LintResult result() {
    return new LintResult(findings(), RULES, notifications(), 3, 5, false, List.of(
        new FileSummary(V1.path(), Format.FLYWAY, 3, 3, List.of()),
        new FileSummary(V2.path(), Format.FLYWAY, 2, 2, List.of()),
        new FileSummary(V3_PATH, null, 0, 0, List.of("not analyzed: the file is not valid UTF-8"))));
  }
}
