package dev.godwit.rules;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Node;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import dev.godwit.rule.RuleContext;
import dev.godwit.rule.RuleInfo;
import dev.godwit.rule.Severity;
import dev.godwit.rule.StatementRule;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A name longer than 63 bytes in a CREATE, ADD or RENAME. */
@RuleInfo(
    id = "ban-long-identifier",
    summary = "Identifier longer than 63 bytes, which PostgreSQL silently truncates",
    severity = Severity.NOTE,
    rationale =
        "PostgreSQL cuts identifiers to 63 bytes (NAMEDATALEN - 1) with only a NOTICE: the object gets a name"
            + " other than the one in the migration, and two long names that share their first 63 bytes collide.",
    safeAlternative = "Choose a name of at most 63 bytes (UTF-8); abbreviate the table part of index and constraint names.",
    checksDownScripts = false,
    tags = {"naming"})
public final class BanLongIdentifierRule extends StatementRule<Node> {
  static final int MAX_BYTES = 63;

  public BanLongIdentifierRule() {
    super(Node.class);
  }

  @Override
  protected void check(Node node, Statement statement, RuleContext ctx) {
    Map<String, Span> names = new LinkedHashMap<>();
    if (node instanceof Node.CreateTable ct) {
      add(names, ct.table(), statement.span());
      for (ColumnDef c : ct.columns()) {
        add(names, c.name(), c.span() != null ? c.span() : statement.span());
      }
      for (TableConstraint tc : ct.constraints()) {
        add(names, tc.name(), tc.span() != null ? tc.span() : statement.span());
      }
    } else if (node instanceof Node.CreateIndex ci) {
      add(names, ci.name(), statement.span());
    } else if (node instanceof Node.CreateObject co) {
      add(names, co.name(), statement.span());
    } else if (node instanceof Node.CreateTrigger trigger) {
      add(names, trigger.name(), statement.span());
    } else if (node instanceof Node.AlterObject ao) {
      add(names, ao.renameTo(), statement.span());
    } else if (node instanceof Node.AlterTable alter) {
      for (AlterAction a : alter.actions()) {
        if (a instanceof AlterAction.AddColumn add && add.column() != null) {
          add(names, add.column().name(), a.span());
        } else if (a instanceof AlterAction.AddConstraint add && add.constraint() != null) {
          add(names, add.constraint().name(), a.span());
        } else if (a instanceof AlterAction.RenameColumn r) {
          add(names, r.to(), a.span());
        } else if (a instanceof AlterAction.RenameTable r) {
          add(names, r.to(), a.span());
        } else if (a instanceof AlterAction.RenameConstraint r) {
          add(names, r.to(), a.span());
        }
      }
    }
    for (Map.Entry<String, Span> e : names.entrySet()) {
      String name = e.getKey();
      byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > MAX_BYTES) {
        ctx.report(e.getValue(), "Identifier \"" + name + "\" is " + bytes.length + " bytes long; PostgreSQL"
            + " truncates it to \"" + truncate(name) + "\".");
      }
    }
  }

  private static void add(Map<String, Span> names, QualifiedName name, Span span) {
    if (name != null) {
      add(names, name.name(), span);
    }
  }

  private static void add(Map<String, Span> names, String name, Span span) {
    if (name != null && span != null) {
      names.putIfAbsent(name, span);
    }
  }

  /** The first 63 bytes, not cutting a multi-byte character. */
  private static String truncate(String name) {
    StringBuilder out = new StringBuilder();
    int bytes = 0;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + n > MAX_BYTES) {
        break;
      }
      out.appendCodePoint(cp);
      bytes += n;
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
