package dev.godwit.format;

import dev.godwit.model.Direction;
import dev.godwit.model.Format;
import dev.godwit.model.Migration;
import dev.godwit.model.Node;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.Script;
import dev.godwit.model.Span;
import dev.godwit.model.Statement;
import dev.godwit.model.TxMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Liquibase XML changelogs. A master changelog's {@code <include file=...>} gives the order (included
 * files are not read again on their own); each {@code <changeSet>} is one migration, run in a
 * transaction unless {@code runInTransaction="false"}. Each change becomes the statement Liquibase
 * generates for PostgreSQL, with the span of its XML element; {@code <sql>} text is parsed with its
 * positions in the XML file. The downgrade is {@code <rollback>}; without one, a changeset whose
 * changes all have Liquibase's automatic rollback ({@code createTable}, {@code addColumn},
 * {@code createIndex}, ...) still has one, any other has none.
 */
final class LiquibaseXml implements MigrationFormat {
  static final Format FORMAT = Format.LIQUIBASE_XML;
  static final Format FORMAT_YAML = Format.LIQUIBASE_YAML;

  /** Changes for which Liquibase generates the rollback itself. */
  static final Set<String> AUTO_ROLLBACK = Set.of("createTable", "addColumn", "createIndex",
      "addForeignKeyConstraint", "addUniqueConstraint", "addPrimaryKey", "renameColumn", "renameTable",
      "addNotNullConstraint", "createSequence", "createView", "addDefaultValue", "renameView",
      "addLookupTable", "renameSequence", "addAutoIncrement", "tagDatabase");

  @Override
  public Format kind() {
    return FORMAT;
  }

  @Override
  public TxModel transactions(ReadOptions options) {
    return new TxModel(TxMode.WRAPPED, "Liquibase runs each changeSet in a transaction");
  }

  @Override
  public List<Entry> detect(List<Entry> pool, Reading r) {
    List<Entry> out = new ArrayList<>();
    for (Entry e : pool) {
      if (detect(e)) {
        out.add(e);
      }
    }
    return out;
  }

  @Override
  public String noMigration(Entry e) {
    boolean xml = e.name().toLowerCase(Locale.ROOT).endsWith(".xml");
    if (!e.text().contains("changeSet")) {
      return e.text().contains(xml ? "<include" : "include") ? "a master changelog: it includes others and has no"
          + " changeSet of its own" : "a changelog without any changeSet";
    }
    return "no changeSet for PostgreSQL in it: the others name another dbms, or their preconditions do";
  }

  @Override
  public List<Migration> read(List<Entry> mine, Reading r) {
    return read(mine, r.options(), r::problem);
  }

  static boolean detect(Entry e) {
    String n = e.name().toLowerCase(Locale.ROOT);
    return (n.endsWith(".xml") || n.endsWith(".yaml") || n.endsWith(".yml")) && e.text().contains("databaseChangeLog");
  }

  static List<Migration> read(List<Entry> files, ReadOptions options) {
    return read(files, options, (e, why) -> { });
  }

  /** @param unreadable told of each YAML changelog that is not valid YAML, and why */
  static List<Migration> read(List<Entry> files, ReadOptions options,
      java.util.function.BiConsumer<Entry, String> unreadable) {
    Map<Path, Entry> byPath = new LinkedHashMap<>();
    Map<Path, MiniXml.Element> roots = new HashMap<>();
    for (Entry e : files) {
      Path p = e.path().toAbsolutePath().normalize();
      String n = e.name().toLowerCase(Locale.ROOT);
      MiniXml.Element root = n.endsWith(".xml") ? MiniXml.parse(e.text())
          : LiquibaseYaml.parse(e.text(), why -> unreadable.accept(e, why));
      if (root != null && root.local().equals("databaseChangeLog")) {
        byPath.put(p, e);
        roots.put(p, root);
      }
    }
    Set<Path> included = new HashSet<>();
    for (Map.Entry<Path, MiniXml.Element> r : roots.entrySet()) {
      for (MiniXml.Element inc : r.getValue().children("include")) {
        Path target = resolve(r.getKey(), inc);
        if (target != null) {
          included.add(target);
        }
      }
    }
    List<Migration> out = new ArrayList<>();
    Set<Path> done = new HashSet<>();
    for (Path p : byPath.keySet()) {
      if (!included.contains(p)) {
        readFile(p, byPath, roots, done, out);
      }
    }
    for (Path p : byPath.keySet()) { // include cycles: whatever is left, in name order
      readFile(p, byPath, roots, done, out);
    }
    return out;
  }

  private static Path resolve(Path from, MiniXml.Element include) {
    String file = include.attr("file");
    if (file == null || file.isBlank()) {
      return null;
    }
    Path base = from.getParent();
    Path p = base.resolve(file).normalize();
    if (!"true".equalsIgnoreCase(include.attr("relativeToChangelogFile")) && !p.toFile().exists()) {
      // classpath-relative: try the name next to the including file
      p = base.resolve(Path.of(file).getFileName()).normalize();
    }
    return p;
  }

  private static void readFile(Path p, Map<Path, Entry> byPath, Map<Path, MiniXml.Element> roots, Set<Path> done,
      List<Migration> out) {
    if (!done.add(p)) {
      return;
    }
    Entry e = byPath.get(p);
    MiniXml.Element root = roots.get(p);
    List<Integer> mine = new ArrayList<>();
    for (MiniXml.Element child : root.children()) {
      if (child.local().equals("include")) {
        Path target = resolve(p, child);
        if (target != null && byPath.containsKey(target)) {
          readFile(target, byPath, roots, done, out);
        }
      } else if (child.local().equals("changeSet")) {
        Migration m;
        try {
          m = changeSet(e, child, root);
        } catch (RuntimeException ex) {
          if (Reading.strict()) {
            throw ex;
          }
          continue; // change() already turns broken changes into unparsed statements; this is a last resort
        }
        if (m != null) {
          mine.add(out.size());
          out.add(m);
        }
      }
    }
    attachComments(e, out, mine);
  }

  private static final java.util.regex.Pattern XML_COMMENT = java.util.regex.Pattern.compile("(?s)<!--(.*?)-->");
  private static final java.util.regex.Pattern YAML_COMMENT = java.util.regex.Pattern.compile("(?m)(?:^|\\s)#([^\\r\\n]*)");

  /**
   * XML ({@code <!-- godwit-ignore: ... -->}) and YAML ({@code # godwit-ignore: ...}) comments go to the
   * script whose next statement they precede, so in-source suppressions work in changelogs too.
   */
  private static void attachComments(Entry e, List<Migration> out, List<Integer> mine) {
    boolean xml = e.name().toLowerCase(Locale.ROOT).endsWith(".xml");
    java.util.regex.Matcher m = (xml ? XML_COMMENT : YAML_COMMENT).matcher(e.text());
    Map<Script, List<dev.godwit.model.Comment>> extra = new java.util.IdentityHashMap<>();
    while (m.find()) {
      String body = m.group(1).strip();
      if (!body.startsWith("godwit-ignore")) {
        continue;
      }
      Span span = new Span(m.start(xml ? 0 : 1) - (xml ? 0 : 1), m.end());
      Script target = null;
      int best = Integer.MAX_VALUE;
      for (int i : mine) {
        Migration mig = out.get(i);
        List<Script> scripts = new ArrayList<>(mig.up());
        scripts.addAll(mig.down());
        for (Script sc : scripts) {
          for (Statement st : sc.statements()) {
            if (st.span().start() >= span.end() && st.span().start() < best) {
              target = sc;
              best = st.span().start();
            }
          }
        }
      }
      if (target != null) {
        extra.computeIfAbsent(target, k -> new ArrayList<>()).add(new dev.godwit.model.Comment(span, body));
      }
    }
    if (extra.isEmpty()) {
      return;
    }
    for (int i : mine) {
      Migration mig = out.get(i);
      out.set(i, new Migration(mig.format(), mig.version(), mig.description(), mig.order(), withComments(mig.up(), extra),
          withComments(mig.down(), extra), mig.autoDowngrade()));
    }
  }

  private static List<Script> withComments(List<Script> scripts, Map<Script, List<dev.godwit.model.Comment>> extra) {
    List<Script> result = new ArrayList<>();
    for (Script sc : scripts) {
      List<dev.godwit.model.Comment> add = extra.get(sc);
      if (add == null) {
        result.add(sc);
        continue;
      }
      List<dev.godwit.model.Comment> all = new ArrayList<>(sc.comments());
      all.addAll(add);
      all.sort((a, b) -> a.span().compareTo(b.span()));
      result.add(new Script(sc.file(), sc.direction(), sc.region(), sc.statements(), all, sc.txMode(), sc.txReason()));
    }
    return result;
  }

  private static boolean forPostgres(MiniXml.Element el) {
    String dbms = el.attr("dbms");
    if (dbms == null || dbms.isBlank()) {
      return true;
    }
    boolean any = false;
    boolean negatedOnly = true;
    for (String d : dbms.toLowerCase(Locale.ROOT).split("\\s*,\\s*")) {
      String x = d.strip();
      if (x.startsWith("!")) {
        if (x.substring(1).equals("postgresql")) {
          return false;
        }
      } else {
        negatedOnly = false;
        any |= x.equals("postgresql") || x.equals("all");
      }
    }
    return any || negatedOnly;
  }

  /** False when the changeSet's preconditions name other databases only ({@code <dbms type="mssql"/>}). */
  private static boolean preconditionsAllowPostgres(MiniXml.Element pre) {
    if (pre == null) {
      return true;
    }
    for (MiniXml.Element c : pre.children()) {
      if (c.local().equals("dbms") && c.attr("type") != null
          && !c.attr("type").toLowerCase(Locale.ROOT).contains("postgresql")) {
        return false;
      }
      if (c.local().equals("not")) {
        for (MiniXml.Element d : c.children("dbms")) {
          if (d.attr("type") != null && d.attr("type").toLowerCase(Locale.ROOT).contains("postgresql")) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static Migration changeSet(Entry e, MiniXml.Element cs, MiniXml.Element changeLog) {
    if (!forPostgres(cs) || !preconditionsAllowPostgres(cs.child("preConditions"))) {
      return null;
    }
    String id = cs.attr("id") == null ? "?" : cs.attr("id");
    String author = cs.attr("author") == null ? "" : cs.attr("author");
    boolean noTx = "false".equalsIgnoreCase(cs.attr("runInTransaction"));
    Names names = Names.of(cs, changeLog);
    TxMode mode = noTx ? TxMode.AUTOCOMMIT : TxMode.WRAPPED;
    List<Statement> up = new ArrayList<>();
    List<dev.godwit.model.Comment> comments = new ArrayList<>();
    boolean auto = true;
    boolean anyChange = false;
    MiniXml.Element rollback = null;
    for (MiniXml.Element ch : cs.children()) {
      String n = ch.local();
      if (n.equals("rollback")) {
        rollback = ch;
        continue;
      }
      if (n.equals("preConditions") || n.equals("comment") || n.equals("validCheckSum") || n.equals("modifySql")) {
        continue;
      }
      anyChange = true;
      auto &= AUTO_ROLLBACK.contains(n);
      change(ch, names, up, comments);
    }
    Script upScript = new Script(e.file(), Direction.UP, cs.tag(), ScriptBuilder.renumber(up), comments, mode,
        noTx ? "changeSet " + id + " sets runInTransaction=\"false\""
            : "Liquibase runs changeSet " + id + " in a transaction");
    List<Script> down = new ArrayList<>();
    String autoDowngrade = null;
    if (rollback != null) {
      List<Statement> rs = new ArrayList<>();
      List<dev.godwit.model.Comment> rc = new ArrayList<>();
      for (MiniXml.Element ch : rollback.children()) {
        change(ch, names, rs, rc);
      }
      if (!rollback.text().isBlank()) {
        var parsed = ScriptBuilder.parseText(rollback.text(), OffsetMap.table(rollback.textOffsets(), rollback.tag().end()));
        rs.addAll(parsed.statements());
        rc.addAll(parsed.comments());
      }
      if (!rs.isEmpty()) {
        down.add(new Script(e.file(), Direction.DOWN, rollback.tag(), ScriptBuilder.renumber(rs), rc, mode,
            "Liquibase runs the rollback of changeSet " + id + " in a transaction"));
      } else if (rollback.attr("changeSetId") != null) {
        autoDowngrade = "the rollback of changeSet " + id + " runs changeSet " + rollback.attr("changeSetId");
      } else {
        autoDowngrade = "changeSet " + id + " declares an empty <rollback/>";
      }
    } else if (auto && anyChange) {
      autoDowngrade = "Liquibase generates the rollback of changeSet " + id;
    }
    boolean yaml = !e.name().toLowerCase(Locale.ROOT).endsWith(".xml");
    return new Migration(yaml ? FORMAT_YAML : FORMAT, id, author, 0, List.of(upScript), down, autoDowngrade);
  }

  /** The statements of one change element, with spans in the XML file; never throws. */
  static void change(MiniXml.Element ch, Names names, List<Statement> out, List<dev.godwit.model.Comment> comments) {
    try {
      changeOrThrow(ch, names, out, comments);
    } catch (RuntimeException e) {
      if (Reading.strict()) {
        throw e;
      }
      out.add(new Statement(nameSpan(ch), "", OffsetMap.clamp(nameSpan(ch)),
          new Node.Unparsed("Godwit could not read this <" + ch.local() + "> change: " + e, null),
          Statement.Origin.UNPARSED, 0));
    }
  }

  private static void changeOrThrow(MiniXml.Element ch, Names q, List<Statement> out,
      List<dev.godwit.model.Comment> comments) {
    String n = ch.local();
    if (!forPostgres(ch)) {
      return;
    }
    String table = q.qualified(ch.attr("schemaName"), ch.attr("tableName"));
    switch (n) {
      case "sql" -> {
        var parsed = ScriptBuilder.parseText(ch.text(), OffsetMap.table(ch.textOffsets(), ch.tag().end()));
        out.addAll(parsed.statements());
        comments.addAll(parsed.comments());
      }
      case "createTable" -> {
        // each column's SQL maps onto its own <column> element, so a finding about one column points at it
        StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (");
        List<int[]> columns = new ArrayList<>(); // {sql start, sql end, host start, host length}
        for (MiniXml.Element c : ch.children("column")) {
          if (!columns.isEmpty()) {
            sql.append(", ");
          }
          int start = sql.length();
          sql.append(columnDef(c, q));
          Span name = nameSpan(c);
          columns.add(new int[] {start, sql.length(), name.start(), name.length()});
        }
        sql.append(')');
        OffsetMap whole = OffsetMap.clamp(nameSpan(ch));
        out.add(ScriptBuilder.synthetic(sql.toString(), o -> {
          for (int[] c : columns) {
            if (o >= c[0] && o < c[1]) {
              return c[2] + Math.min(o - c[0], Math.max(0, c[3] - 1));
            }
          }
          return whole.toHost(o);
        }));
      }
      case "addColumn" -> {
        for (MiniXml.Element c : ch.children("column")) {
          out.add(syn("ALTER TABLE " + table + " ADD COLUMN " + columnDef(c, q), c));
        }
      }
      case "createIndex" -> {
        List<String> cols = new ArrayList<>();
        for (MiniXml.Element c : ch.children("column")) {
          cols.add("true".equalsIgnoreCase(c.attr("computed")) ? c.attr("name") : q.id(c.attr("name")));
        }
        out.add(syn("CREATE " + ("true".equalsIgnoreCase(ch.attr("unique")) ? "UNIQUE " : "") + "INDEX "
            + nz(q.id(ch.attr("indexName")), "") + " ON " + table + " (" + String.join(", ", cols) + ")", ch));
      }
      case "dropIndex" -> out.add(syn("DROP INDEX " + q.qualified(ch.attr("schemaName"), ch.attr("indexName")), ch));
      case "addNotNullConstraint" -> {
        if (ch.attr("defaultNullValue") != null) {
          out.add(syn("UPDATE " + table + " SET " + q.id(ch.attr("columnName")) + " = " + literal(ch.attr("defaultNullValue"))
              + " WHERE " + q.id(ch.attr("columnName")) + " IS NULL", ch));
        }
        out.add(syn("ALTER TABLE " + table + " ALTER COLUMN " + q.id(ch.attr("columnName")) + " SET NOT NULL", ch));
      }
      case "dropNotNullConstraint" ->
          out.add(syn("ALTER TABLE " + table + " ALTER COLUMN " + q.id(ch.attr("columnName")) + " DROP NOT NULL", ch));
      case "addForeignKeyConstraint" -> out.add(syn("ALTER TABLE "
          + q.qualified(ch.attr("baseTableSchemaName"), ch.attr("baseTableName")) + " ADD CONSTRAINT "
          + q.id(ch.attr("constraintName")) + " FOREIGN KEY (" + q.list(ch.attr("baseColumnNames")) + ") REFERENCES "
          + q.qualified(ch.attr("referencedTableSchemaName"), ch.attr("referencedTableName")) + " ("
          + q.list(ch.attr("referencedColumnNames")) + ")" + notValid(ch), ch));
      case "addCheckConstraint" -> {
        String body = ch.attr("constraintBody") != null ? ch.attr("constraintBody") : ch.text().strip();
        out.add(syn("ALTER TABLE " + table + " ADD " + (ch.attr("constraintName") != null ? "CONSTRAINT "
            + q.id(ch.attr("constraintName")) + " " : "") + "CHECK (" + body + ")" + notValid(ch), ch));
      }
      case "dropCheckConstraint" -> out.add(syn("ALTER TABLE " + table + " DROP CONSTRAINT "
          + q.id(ch.attr("constraintName")), ch));
      case "dropForeignKeyConstraint" -> out.add(syn("ALTER TABLE "
          + q.qualified(ch.attr("baseTableSchemaName"), ch.attr("baseTableName")) + " DROP CONSTRAINT "
          + q.id(ch.attr("constraintName")), ch));
      case "addUniqueConstraint" -> out.add(syn("ALTER TABLE " + table + " ADD CONSTRAINT "
          + nz(q.id(ch.attr("constraintName")),
          q.id(Names.PLAIN.qualified(ch.attr("schemaName"), ch.attr("tableName")).replace('.', '_') + "_uniq")) + " UNIQUE (" + q.list(ch.attr("columnNames")) + ")", ch));
      case "dropUniqueConstraint" -> out.add(syn("ALTER TABLE " + table + " DROP CONSTRAINT "
          + q.id(ch.attr("constraintName")), ch));
      case "addPrimaryKey" -> out.add(syn("ALTER TABLE " + table + " ADD "
          + (q.id(ch.attr("constraintName")) != null ? "CONSTRAINT " + q.id(ch.attr("constraintName")) + " " : "")
          + "PRIMARY KEY (" + q.list(ch.attr("columnNames")) + ")", ch));
      case "dropColumn" -> {
        if (q.id(ch.attr("columnName")) != null) {
          out.add(syn("ALTER TABLE " + table + " DROP COLUMN " + q.id(ch.attr("columnName")), ch));
        }
        for (MiniXml.Element c : ch.children("column")) { // each finding on its own <column>
          out.add(syn("ALTER TABLE " + table + " DROP COLUMN " + q.id(c.attr("name")), c));
        }
      }
      case "renameColumn" -> out.add(syn("ALTER TABLE " + table + " RENAME COLUMN " + q.id(ch.attr("oldColumnName"))
          + " TO " + q.id(ch.attr("newColumnName")), ch));
      case "renameTable" -> out.add(syn("ALTER TABLE " + q.qualified(ch.attr("schemaName"), ch.attr("oldTableName"))
          + " RENAME TO " + q.id(ch.attr("newTableName")), ch));
      case "modifyDataType" -> out.add(syn("ALTER TABLE " + table + " ALTER COLUMN " + q.id(ch.attr("columnName"))
          + " TYPE " + type(ch.attr("newDataType")), ch));
      case "addDefaultValue" -> out.add(syn("ALTER TABLE " + table + " ALTER COLUMN " + q.id(ch.attr("columnName"))
          + " SET DEFAULT " + defaultOf(ch), ch));
      case "dropDefaultValue" -> out.add(syn("ALTER TABLE " + table + " ALTER COLUMN " + q.id(ch.attr("columnName"))
          + " DROP DEFAULT", ch));
      case "dropTable" -> out.add(syn("DROP TABLE " + table
          + ("true".equalsIgnoreCase(ch.attr("cascadeConstraints")) ? " CASCADE" : ""), ch));
      case "createSequence" -> out.add(syn("CREATE SEQUENCE " + q.qualified(ch.attr("schemaName"), ch.attr("sequenceName")), ch));
      case "dropSequence" -> out.add(syn("DROP SEQUENCE " + q.qualified(ch.attr("schemaName"), ch.attr("sequenceName")), ch));
      case "createView" -> out.add(syn("CREATE " + ("true".equalsIgnoreCase(ch.attr("replaceIfExists")) ? "OR REPLACE " : "")
          + "VIEW " + q.qualified(ch.attr("schemaName"), ch.attr("viewName")) + " AS SELECT 1", ch));
      case "dropView" -> out.add(syn("DROP VIEW " + q.qualified(ch.attr("schemaName"), ch.attr("viewName")), ch));
      case "insert" -> {
        List<String> cols = new ArrayList<>();
        List<String> vals = new ArrayList<>();
        for (MiniXml.Element c : ch.children("column")) {
          cols.add(q.id(c.attr("name")));
          vals.add(valueOf(c));
        }
        out.add(syn("INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", vals) + ")", ch));
      }
      case "update", "delete" -> {
        MiniXml.Element where = ch.child("where");
        String w = where == null || where.text().isBlank() ? "" : " WHERE " + where.text().strip();
        if (n.equals("delete")) {
          out.add(syn("DELETE FROM " + table + w, ch));
        } else {
          List<String> sets = new ArrayList<>();
          for (MiniXml.Element c : ch.children("column")) {
            sets.add(q.id(c.attr("name")) + " = " + valueOf(c));
          }
          out.add(syn("UPDATE " + table + " SET " + String.join(", ", sets) + w, ch));
        }
      }
      case "sqlFile" -> out.add(dynamic("<sqlFile path=\"" + nz(ch.attr("path"), "") + "\">",
          "Godwit does not read the SQL file a sqlFile change runs", ch));
      default -> out.add(new Statement(ch.tag(), "", OffsetMap.clamp(ch.tag()),
          new Node.Other(ch.local()), Statement.Origin.RECOGNIZER, 0));
    }
  }

  /** {@code validate="false"} on a foreign key or check constraint: Liquibase adds it NOT VALID. */
  private static String notValid(MiniXml.Element ch) {
    return "false".equalsIgnoreCase(ch.attr("validate")) ? " NOT VALID" : "";
  }

  private static Statement dynamic(String call, String why, MiniXml.Element el) {
    return new Statement(el.tag(), "", OffsetMap.clamp(el.tag()), new Node.DynamicSql(call, why),
        Statement.Origin.RECOGNIZER, 0);
  }

  private static Statement syn(String sql, MiniXml.Element el) {
    return ScriptBuilder.synthetic(sql, nameSpan(el));
  }

  /** The element's name inside its start tag, e.g. {@code createIndex} of {@code <createIndex ...>}. */
  private static Span nameSpan(MiniXml.Element el) {
    int s = el.tag().start() + 1;
    return new Span(s, Math.min(el.tag().end(), s + el.name().length()));
  }

  private static String columnDef(MiniXml.Element c, Names q) {
    StringBuilder sb = new StringBuilder(nz(q.id(c.attr("name")), "unnamed")).append(' ').append(type(c.attr("type")));
    String def = defaultOf(c);
    if (def != null) {
      sb.append(" DEFAULT ").append(def);
    }
    MiniXml.Element k = c.child("constraints");
    if (k != null) {
      if ("false".equalsIgnoreCase(k.attr("nullable"))) {
        sb.append(" NOT NULL");
      }
      if ("true".equalsIgnoreCase(k.attr("primaryKey"))) {
        sb.append(" PRIMARY KEY");
      }
      if ("true".equalsIgnoreCase(k.attr("unique"))) {
        sb.append(" UNIQUE");
      }
      String ref = k.attr("referencedTableName");
      if (ref != null) {
        sb.append(" REFERENCES ").append(q.id(ref));
        if (k.attr("referencedColumnNames") != null) {
          sb.append(" (").append(q.list(k.attr("referencedColumnNames"))).append(')');
        }
      }
    }
    if ("true".equalsIgnoreCase(c.attr("autoIncrement"))) {
      sb.append(" GENERATED BY DEFAULT AS IDENTITY");
    }
    return sb.toString();
  }

  private static String defaultOf(MiniXml.Element c) {
    if (c.attr("defaultValue") != null) {
      return literal(c.attr("defaultValue"));
    }
    if (c.attr("defaultValueNumeric") != null) {
      return c.attr("defaultValueNumeric");
    }
    if (c.attr("defaultValueBoolean") != null) {
      return c.attr("defaultValueBoolean");
    }
    if (c.attr("defaultValueDate") != null) {
      return literal(c.attr("defaultValueDate"));
    }
    if (c.attr("defaultValueComputed") != null) {
      return c.attr("defaultValueComputed");
    }
    return null;
  }

  private static String valueOf(MiniXml.Element c) {
    if (c.attr("value") != null) {
      return literal(c.attr("value"));
    }
    for (String a : List.of("valueNumeric", "valueBoolean", "valueComputed")) {
      if (c.attr(a) != null) {
        return c.attr(a);
      }
    }
    if (c.attr("valueDate") != null) {
      return literal(c.attr("valueDate"));
    }
    return "NULL";
  }

  private static String literal(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  /**
   * How the changeSet's object names reach SQL: as written and quoted under
   * {@code objectQuotingStrategy="QUOTE_ALL_OBJECTS"} (case-sensitive), else unquoted (PostgreSQL folds them
   * to lower case).
   */
  record Names(boolean quoteAll) {
    static final Names PLAIN = new Names(false);

    /** The strategy set on the changeSet, else on the changelog. */
    static Names of(MiniXml.Element changeSet, MiniXml.Element changeLog) {
      String s = changeSet.attr("objectQuotingStrategy");
      if (s == null && changeLog != null) {
        s = changeLog.attr("objectQuotingStrategy");
      }
      return new Names(s != null && s.strip().equalsIgnoreCase("QUOTE_ALL_OBJECTS"));
    }

    String id(String name) {
      if (!quoteAll || name == null) {
        return name;
      }
      String n = name.strip();
      return n.startsWith("\"") ? n : "\"" + n.replace("\"", "\"\"") + "\"";
    }

    /** A comma-separated list of names. */
    String list(String names) {
      if (!quoteAll || names == null) {
        return names;
      }
      List<String> out = new ArrayList<>();
      for (String n : names.split(",")) {
        out.add(id(n));
      }
      return String.join(", ", out);
    }

    String qualified(String schema, String name) {
      String n = nz(id(name), "unnamed");
      return schema == null || schema.isBlank() ? n : id(schema) + "." + n;
    }
  }

  private static String nz(String s, String dflt) {
    return s == null ? dflt : s;
  }

  /** Liquibase's portable type names as PostgreSQL spells them. */
  static String type(String t) {
    if (t == null || t.isBlank()) {
      return "text";
    }
    String s = t.strip();
    if (s.startsWith("java.sql.Types.")) {
      s = s.substring("java.sql.Types.".length());
    }
    String up = s.toUpperCase(Locale.ROOT);
    String base = up.replaceAll("\\(.*", "").strip();
    String mods = up.contains("(") ? s.substring(s.indexOf('(')) : "";
    return switch (base) {
      case "DATETIME" -> "timestamp" + mods;
      case "DOUBLE" -> "double precision";
      case "BLOB", "LONGBLOB", "MEDIUMBLOB", "VARBINARY", "BINARY" -> "bytea";
      case "CLOB", "LONGTEXT", "MEDIUMTEXT", "NCLOB" -> "text";
      case "TINYINT" -> "smallint";
      case "NVARCHAR" -> "varchar" + mods;
      case "INT" -> "integer";
      case "CURRENCY" -> "numeric";
      case "TINYTEXT" -> "text";
      default -> s;
    };
  }
}
