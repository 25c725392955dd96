package dev.godwit.schema;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Statement;
import dev.godwit.model.TableConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema replayed from migrations: apply statements in order with {@link #apply(Statement)}; mark
 * where each migration starts with {@link #beginMigration(int)}; apply statements that must leave no trace
 * (a downgrade) between {@link #beginTrial()} and {@link #endTrial()}.
 *
 * <p>It understands CREATE/ALTER/DROP of tables, columns, constraints, indexes, enum types and sequences.
 * A statement it cannot interpret (unparsed text, a DO block, an ALTER action kept as text) makes every
 * table it mentions {@linkplain Table#uncertain() uncertain}.
 *
 * <p>Names resolve as PostgreSQL resolves them: a schema-qualified name is that object; an unqualified one
 * is created in the first schema of the {@code search_path} and found in the first schema of the path that
 * has an object of that name, never in a schema off the path. The path starts as {@code public} (the
 * server's {@code "$user", public} without a schema named after the user) and follows {@code SET
 * search_path}, {@code SET LOCAL search_path} (until the transaction ends), {@code SET SCHEMA},
 * {@code set_config('search_path', ...)} and {@code RESET}; {@link #resetSession()} starts a new session.
 * A path Godwit cannot read (a psql variable, a placeholder) leaves unqualified lookups to the one object
 * of that name in any schema, as when nothing is known.
 */
public final class Schema implements SchemaView {
  private static final Pattern PARTITION_BY = Pattern.compile("(?i)\\)\\s*PARTITION\\s+BY\\s");
  private static final Pattern UNPARSED_CREATE_TABLE = Pattern.compile(
      "(?is)^\\s*CREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:TEMP(?:ORARY)?\\s+|UNLOGGED\\s+)?TABLE\\s+"
          + "(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)(?:\\.(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*))?)");
  private static final Pattern SET_CONFIG_ANY = Pattern.compile(
      "(?i)set_config\\s*\\(\\s*'search_path'");
  private static final Pattern SET_CONFIG = Pattern.compile(
      "(?i)set_config\\s*\\(\\s*'search_path'\\s*,\\s*'((?:[^']|'')*)'\\s*,\\s*(true|false)\\s*\\)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*|\"[^\"]+\"");
  /** Statements kept as {@link Node.Other} that never change tables, columns or indexes. */
  private static final Set<String> HARMLESS = Set.of("GRANT", "REVOKE", "COMMENT ON", "COMMENT", "SELECT",
      "CREATE POLICY", "ALTER POLICY", "DROP POLICY", "SET", "SHOW", "NOTIFY", "LISTEN", "ANALYZE", "EXPLAIN",
      "SECURITY LABEL", "CREATE PUBLICATION", "ALTER PUBLICATION", "CREATE RULE", "ALTER DEFAULT PRIVILEGES",
      "CREATE AGGREGATE", "CREATE OPERATOR", "CREATE CAST", "CREATE COLLATION", "CREATE TEXT SEARCH");

  private final boolean enabled;
  private final Journal.Holder journal = new Journal.Holder();
  private final Registry<Table> tables = new Registry<>(Table::name, journal);
  private final Registry<Index> indexes = new Registry<>(Index::name, i -> i.table().name(), journal);
  private final Registry<EnumType> enums = new Registry<>(EnumType::name, journal);
  private final Set<String> sequences = new HashSet<>();
  private int migration = Table.NOT_CREATED + 1;
  /** The search_path a session starts with. */
  private final List<String> initialPath;
  /** The session's search_path (SET); null when Godwit cannot read it. */
  private List<String> path;
  /** A SET LOCAL search_path in force until the transaction ends, else null. */
  private List<String> localPath;
  /** True while {@link #localPath} holds a path Godwit could not read. */
  private boolean localUnknown;
  /** The session state when the open trial began, restored by {@link #endTrial()}. */
  private Object[] trialSession;

  public Schema() {
    this(true);
  }

  /** A schema that is switched off answers every lookup with "unknown" (statement-only analysis). */
  public Schema(boolean enabled) {
    this(enabled, DEFAULT_PATH);
  }

  /** A schema whose sessions start with this search_path (schema names as PostgreSQL stores them). */
  public Schema(boolean enabled, List<String> initialPath) {
    this.enabled = enabled;
    this.initialPath = List.copyOf(initialPath);
    this.path = this.initialPath;
  }

  /** The search_path of a new session when nothing says otherwise. */
  public static final List<String> DEFAULT_PATH = List.of("public");

  /**
   * A new database session starts (the migration tool runs the next migration on a fresh connection, or
   * resets the one it has): the search_path goes back to where it started.
   */
  public void resetSession() {
    path = initialPath;
    localPath = null;
    localUnknown = false;
  }

  /** The transaction in progress ends (COMMIT, ROLLBACK, or the end of the tool's transaction): SET LOCAL ends. */
  public void endTransaction() {
    localPath = null;
    localUnknown = false;
  }

  /**
   * The search_path in force, schema names in order; empty when Godwit cannot read it (a psql variable or
   * a placeholder).
   */
  public List<String> searchPath() {
    List<String> p = effectivePath();
    return p == null ? List.of() : p;
  }

  private List<String> effectivePath() {
    if (localPath != null || localUnknown) {
      return localUnknown ? null : localPath;
    }
    return path;
  }

  /** Objects created from now on belong to the migration with this token (e.g. its apply order). */
  public void beginMigration(int token) {
    this.migration = token;
  }

  /**
   * Starts a trial: the changes applied until {@link #endTrial()} are then taken back (a downgrade script
   * sees the state after its upgrade, and changes nothing for later migrations). Costs what the trial
   * changes, not the size of the schema.
   */
  public void beginTrial() {
    if (journal.current != null) {
      throw new IllegalStateException("a trial is already open");
    }
    journal.current = new Journal(migration);
    trialSession = new Object[] {path, localPath, localUnknown};
  }

  /** Takes back every change since {@link #beginTrial()}, the migration token and the session included. */
  @SuppressWarnings("unchecked")
  public void endTrial() {
    Journal j = journal.current;
    if (j == null) {
      throw new IllegalStateException("no trial is open");
    }
    journal.current = null;
    j.undo();
    migration = j.migration;
    path = (List<String>) trialSession[0];
    localPath = (List<String>) trialSession[1];
    localUnknown = (Boolean) trialSession[2];
    trialSession = null;
  }

  /** Call before changing a stored table in place, so that an open trial can take the change back. */
  private Table touch(Table t) {
    Journal j = journal.current;
    if (j != null && t != null) {
      j.save(t);
    }
    return t;
  }

  private void addSequence(String key) {
    if (sequences.add(key) && journal.current != null) {
      journal.current.record(() -> sequences.remove(key));
    }
  }

  private boolean removeSequence(String key) {
    boolean removed = sequences.remove(key);
    if (removed && journal.current != null) {
      journal.current.record(() -> sequences.add(key));
    }
    return removed;
  }

  @Override
  public boolean enabled() {
    return enabled;
  }

  // ------------------------------------------------------------------ queries

  private static String key(QualifiedName n) {
    return (n.schema() == null ? "public" : n.schema()) + "." + n.name();
  }

  /** True when both names are the same object (an unwritten schema is {@code public}). */
  private static boolean same(QualifiedName a, QualifiedName b) {
    return a != null && b != null && key(a).equals(key(b));
  }

  /** The schema an unqualified CREATE puts its object in: the first schema of the search_path. */
  private String creationSchema() {
    List<String> p = effectivePath();
    if (p != null) {
      for (String s : p) {
        if (!s.equals("$user") && !s.equals("pg_catalog") && !s.startsWith("pg_temp")) {
          return s;
        }
      }
    }
    return "public";
  }

  /**
   * The name an object created as {@code written} is stored under: as written when qualified or when it
   * lands in {@code public} (so that messages keep the user's spelling), else qualified with its schema.
   */
  private QualifiedName created(QualifiedName written) {
    if (written.schema() != null) {
      return written;
    }
    String schema = creationSchema();
    return schema.equals("public") ? written : new QualifiedName(schema, written.name());
  }

  /** The object a name refers to: the qualified one, or the first on the search_path; null when unknown. */
  private <T> T find(Registry<T> registry, QualifiedName name) {
    if (!enabled || name == null) {
      return null;
    }
    if (name.schema() != null) {
      return registry.get(key(name));
    }
    List<String> p = effectivePath();
    if (p == null) {
      return registry.unique(name.name());
    }
    for (String s : p) {
      T t = registry.get(s + "." + name.name());
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  @Override
  public Optional<Table> table(QualifiedName name) {
    return Optional.ofNullable(find(tables, name));
  }

  @Override
  public boolean isNewTable(QualifiedName name) {
    Table t = find(tables, name);
    return t != null && t.createdIn == migration;
  }

  @Override
  public Optional<Index> index(QualifiedName name) {
    return Optional.ofNullable(find(indexes, name));
  }

  @Override
  public List<Index> indexesOn(QualifiedName table) {
    Table t = find(tables, table);
    if (t == null) {
      return List.of();
    }
    List<Index> out = new ArrayList<>();
    for (Index i : indexes.group(t.name.name())) {
      if (same(i.table(), t.name)) {
        out.add(i);
      }
    }
    return out;
  }

  @Override
  public Optional<EnumType> enumType(QualifiedName name) {
    return Optional.ofNullable(find(enums, name));
  }

  @Override
  public boolean isNewType(QualifiedName name) {
    EnumType e = find(enums, name);
    return e != null && e.createdIn() == migration;
  }

  @Override
  public boolean sequenceExists(QualifiedName name) {
    if (!enabled || name == null) {
      return false;
    }
    if (name.schema() != null) {
      return sequences.contains(key(name));
    }
    List<String> p = effectivePath();
    if (p == null) {
      for (String s : sequences) {
        if (s.endsWith("." + name.name())) {
          return true;
        }
      }
      return false;
    }
    for (String s : p) {
      if (sequences.contains(s + "." + name.name())) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------ replay

  /** Applies one statement's effect, as run inside a transaction. Never throws on statements it does not understand. */
  public void apply(Statement statement) {
    apply(statement, true);
  }

  /**
   * Applies one statement's effect. Never throws on statements it does not understand.
   *
   * @param inTransaction whether the statement runs inside a transaction block (a SET LOCAL outside one does
   *     nothing)
   */
  public void apply(Statement statement, boolean inTransaction) {
    if (!enabled) {
      return;
    }
    Node node = statement.node();
    if (session(node, statement.sql(), inTransaction)) {
      return;
    }
    if (node instanceof Node.CreateTable ct) {
      createTable(ct, statement.sql());
    } else if (node instanceof Node.AlterTable at) {
      alterTable(at, statement.sql());
    } else if (node instanceof Node.CreateIndex ci) {
      createIndex(ci);
    } else if (node instanceof Node.Drop d) {
      drop(d);
    } else if (node instanceof Node.CreateObject co) {
      createObject(co);
    } else if (node instanceof Node.AlterTypeAddValue av) {
      EnumType e = find(enums, av.type());
      if (e != null && !e.values().contains(av.value())) {
        List<String> values = new ArrayList<>(e.values());
        values.add(av.value());
        enums.put(key(e.name()), new EnumType(e.name(), values, e.createdIn()));
      }
    } else if (node instanceof Node.AlterObject ao) {
      alterObject(ao);
    } else if (node instanceof Node.Unparsed) {
      markMentioned(statement.sql());
      createdUnparsed(statement.sql());
    } else if (node instanceof Node.DoBlock) {
      markMentioned(statement.sql());
    } else if (node instanceof Node.Other o && !HARMLESS.contains(o.keyword().toUpperCase(Locale.ROOT))) {
      markMentioned(statement.sql());
    }
  }

  /** Follows the statements that change the session's search_path; true when the statement was one. */
  private boolean session(Node node, String sql, boolean inTransaction) {
    if (node instanceof Node.SetVariable set && isSearchPath(set.name())) {
      String v = set.value() == null ? "" : set.value().strip();
      boolean reset = v.equalsIgnoreCase("default");
      List<String> value = reset ? null : parseSetValue(v);
      setPath(reset ? initialPath : value, reset || value != null, set.local(), inTransaction);
      return true;
    }
    if (node instanceof Node.ResetVariable r && (isSearchPath(r.name()) || "all".equalsIgnoreCase(r.name()))) {
      path = initialPath;
      endTransaction();
      return true;
    }
    if (node instanceof Node.Transaction t && (t.kind() == Node.TxKind.COMMIT || t.kind() == Node.TxKind.ROLLBACK
        || t.kind() == Node.TxKind.PREPARE)) {
      endTransaction();
      return true;
    }
    if (node instanceof Node.Dml dml && dml.kind() == Node.DmlKind.SELECT && sql != null
        && SET_CONFIG_ANY.matcher(sql).find()) {
      Matcher m = SET_CONFIG.matcher(sql);
      boolean any = false;
      while (m.find()) {
        any = true;
        List<String> value = parseListString(m.group(1));
        setPath(value, value != null, m.group(2).equalsIgnoreCase("true"), inTransaction);
      }
      if (!any) {
        setPath(null, false, false, inTransaction); // a value computed at run time
      }
      return false;
    }
    return false;
  }

  private void setPath(List<String> value, boolean known, boolean local, boolean inTransaction) {
    if (local) {
      if (inTransaction) {
        localPath = known ? value : null;
        localUnknown = !known;
      }
    } else {
      path = known ? value : null;
      endTransaction();
    }
  }

  private static boolean isSearchPath(String name) {
    return name != null && name.strip().replace("\"", "").equalsIgnoreCase("search_path");
  }

  /** The schemas of {@code SET search_path TO a, "B", 'c'}; null when an element is not a plain name. */
  static List<String> parseSetValue(String v) {
    List<String> out = new ArrayList<>();
    for (String raw : splitList(v)) {
      String e = raw.strip();
      if (e.contains("${")) {
        return null; // a placeholder the migration tool fills in
      }
      if (e.length() >= 2 && e.startsWith("'") && e.endsWith("'")) {
        out.add(e.substring(1, e.length() - 1).replace("''", "'"));
      } else if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
        out.add(e.substring(1, e.length() - 1).replace("\"\"", "\""));
      } else if (e.matches("[A-Za-z_][A-Za-z0-9_$]*")) {
        out.add(e.toLowerCase(Locale.ROOT));
      } else {
        return null; // a psql variable, a placeholder, an expression
      }
    }
    return out.isEmpty() ? null : List.copyOf(out);
  }

  /** The schemas of a search_path string as set_config takes it ({@code 'a, "B"'}); null when unreadable. */
  static List<String> parseListString(String v) {
    if (v.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String raw : splitList(v)) {
      String e = raw.strip();
      if (e.length() >= 2 && e.startsWith("\"") && e.endsWith("\"")) {
        out.add(e.substring(1, e.length() - 1).replace("\"\"", "\""));
      } else if (e.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
        out.add(e.toLowerCase(Locale.ROOT));
      } else {
        return null;
      }
    }
    return List.copyOf(out);
  }

  /** Splits at the commas outside single and double quotes. */
  private static List<String> splitList(String v) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      cur.append(c);
    }
    out.add(cur.toString());
    return out;
  }

  private Table tableFor(QualifiedName name) {
    Table t = find(tables, name);
    if (t == null) {
      // a table the history never created: where PostgreSQL would look first
      t = new Table(created(name));
      t.partialColumns = true;
      tables.put(key(t.name), t);
    }
    return t;
  }

  private void createTable(Node.CreateTable ct, String sql) {
    if (ct.table() == null) {
      return;
    }
    QualifiedName name = created(ct.table());
    Table existing = tables.get(key(name));
    if (existing != null && ct.ifNotExists()) {
      return;
    }
    if (existing != null) {
      removeTable(existing);
    }
    Table t = new Table(name);
    t.createdIn = migration;
    t.partialColumns = ct.asSelect() || ct.partitionOf() != null
        || (ct.columns().isEmpty() && ct.constraints().isEmpty());
    t.partitionOf = ct.partitionOf();
    t.partitioned = sql != null && PARTITION_BY.matcher(sql).find();
    tables.put(key(name), t);
    for (ColumnDef c : ct.columns()) {
      addColumn(t, c);
    }
    for (TableConstraint c : ct.constraints()) {
      addConstraint(t, c);
    }
  }

  private void addColumn(Table t, ColumnDef c) {
    boolean identity = c.identity() || (c.type() != null && c.type().isSerial());
    t.columns.put(c.name(), new Column(c.name(), c.type(), c.notNull() || c.primaryKey(), c.defaultValue(),
        identity, c.generatedStored() || c.generatedVirtual()));
    if (c.primaryKey()) {
      addConstraint(t, new TableConstraint(null, TableConstraint.Kind.PRIMARY_KEY, List.of(c.name()), null,
          List.of(), null, false, null, c.span()));
    }
    if (c.unique()) {
      addConstraint(t, new TableConstraint(null, TableConstraint.Kind.UNIQUE, List.of(c.name()), null,
          List.of(), null, false, null, c.span()));
    }
    if (c.references() != null) {
      addConstraint(t, new TableConstraint(null, TableConstraint.Kind.FOREIGN_KEY, List.of(c.name()),
          c.references(), List.of(), null, false, null, c.span()));
    }
  }

  private static String defaultName(Table t, TableConstraint c) {
    String cols = String.join("_", c.columns());
    return switch (c.kind()) {
      case PRIMARY_KEY -> t.name.name() + "_pkey";
      case UNIQUE -> t.name.name() + "_" + cols + "_key";
      case FOREIGN_KEY -> t.name.name() + "_" + cols + "_fkey";
      case EXCLUDE -> t.name.name() + "_" + cols + "_excl";
      case NOT_NULL -> t.name.name() + "_" + cols + "_not_null";
      case CHECK -> t.name.name() + (cols.isEmpty() ? "" : "_" + cols) + "_check";
    };
  }

  private void addConstraint(Table t, TableConstraint c) {
    String name = c.name() != null ? c.name() : defaultName(t, c);
    List<String> columns = c.columns();
    if (c.usingIndex() != null) {
      QualifiedName idxName = new QualifiedName(t.name.schema(), c.usingIndex());
      Index idx = indexes.get(key(idxName)); // the constraint's index is in its table's schema
      if (idx != null) {
        indexes.remove(key(idx.name()));
        columns = idx.columns();
        // the index takes the constraint's name
        indexes.put(key(new QualifiedName(t.name.schema(), name)),
            new Index(new QualifiedName(t.name.schema(), name), t.name, columns, true, false, name));
      }
    }
    if (c.kind() == TableConstraint.Kind.NOT_NULL) {
      if (!c.notValid()) {
        for (String col : columns) {
          t.column(col).ifPresent(k -> t.columns.put(k.name(), k.withNotNull(true)));
        }
      }
      return;
    }
    t.constraints.removeIf(k -> name.equals(k.name()));
    t.constraints.add(new Constraint(name, c.kind(), columns, !c.notValid(), c.expression(), c.referencedTable()));
    if (c.kind() == TableConstraint.Kind.PRIMARY_KEY) {
      for (String col : columns) {
        Optional<Column> k = t.column(col);
        if (k.isPresent()) {
          t.columns.put(k.get().name(), k.get().withNotNull(true));
        }
      }
    }
    if ((c.kind() == TableConstraint.Kind.PRIMARY_KEY || c.kind() == TableConstraint.Kind.UNIQUE
        || c.kind() == TableConstraint.Kind.EXCLUDE) && c.usingIndex() == null) {
      QualifiedName idx = new QualifiedName(t.name.schema(), name);
      indexes.put(key(idx), new Index(idx, t.name, columns, c.kind() != TableConstraint.Kind.EXCLUDE, false, name));
    }
  }

  private void alterTable(Node.AlterTable at, String sql) {
    if (at.table() == null) {
      return;
    }
    Table t = touch(tableFor(at.table()));
    for (AlterAction a : at.actions()) {
      if (a instanceof AlterAction.AddColumn add && add.column() != null) {
        if (add.ifNotExists() && t.columns.containsKey(add.column().name())) {
          continue;
        }
        addColumn(t, add.column());
      } else if (a instanceof AlterAction.DropColumn dc) {
        t.columns.remove(dc.column());
        t.constraints.removeIf(c -> c.columns().contains(dc.column()));
        indexes.removeIf(t.name.name(), i -> same(i.table(), t.name) && i.columns().contains(dc.column()));
      } else if (a instanceof AlterAction.AlterColumnType ct) {
        Column c = t.columns.get(ct.column());
        if (c != null) {
          t.columns.put(c.name(), c.withType(ct.type()));
        } else if (!t.partialColumns) {
          t.uncertain = true;
        }
      } else if (a instanceof AlterAction.SetNotNull sn) {
        updateColumn(t, sn.column(), c -> c.withNotNull(true));
      } else if (a instanceof AlterAction.DropNotNull dn) {
        updateColumn(t, dn.column(), c -> c.withNotNull(false));
      } else if (a instanceof AlterAction.SetDefault sd) {
        updateColumn(t, sd.column(), c -> c.withDefault(sd.value()));
      } else if (a instanceof AlterAction.DropDefault dd) {
        updateColumn(t, dd.column(), c -> c.withDefault(null));
      } else if (a instanceof AlterAction.AddConstraint ac && ac.constraint() != null) {
        addConstraint(t, ac.constraint());
      } else if (a instanceof AlterAction.DropConstraint dc) {
        t.constraints.removeIf(c -> dc.name().equals(c.name()));
        indexes.removeIf(t.name.name(), i -> dc.name().equals(i.constraint()) && same(i.table(), t.name));
      } else if (a instanceof AlterAction.ValidateConstraint vc) {
        for (int i = 0; i < t.constraints.size(); i++) {
          if (vc.name().equals(t.constraints.get(i).name())) {
            t.constraints.set(i, t.constraints.get(i).validatedNow());
          }
        }
      } else if (a instanceof AlterAction.RenameColumn rc) {
        Column c = t.columns.remove(rc.from());
        if (c != null) {
          t.columns.put(rc.to(), c.withName(rc.to()));
        }
        for (int i = 0; i < t.constraints.size(); i++) {
          Constraint k = t.constraints.get(i);
          if (k.columns().contains(rc.from())) {
            t.constraints.set(i, k.withColumns(k.columns().stream().map(x -> x.equals(rc.from()) ? rc.to() : x).toList()));
          }
        }
        for (String k : indexes.groupKeys(t.name.name())) {
          Index i = indexes.get(k);
          if (same(i.table(), t.name) && i.columns().contains(rc.from())) {
            indexes.put(k, new Index(i.name(), i.table(),
                i.columns().stream().map(x -> x.equals(rc.from()) ? rc.to() : x).toList(), i.unique(), i.partial(),
                i.constraint()));
          }
        }
      } else if (a instanceof AlterAction.RenameTable rt) {
        renameTable(t, new QualifiedName(t.name.schema(), rt.to()));
      } else if (a instanceof AlterAction.SetSchema ss) {
        renameTable(t, new QualifiedName(ss.schema(), t.name.name()));
      } else if (a instanceof AlterAction.RenameConstraint rc) {
        for (int i = 0; i < t.constraints.size(); i++) {
          if (rc.from().equals(t.constraints.get(i).name())) {
            t.constraints.set(i, t.constraints.get(i).withName(rc.to()));
          }
        }
      } else if (a instanceof AlterAction.AttachPartition ap && ap.partition() != null) {
        t.partitioned = true;
        touch(tableFor(ap.partition())).partitionOf = t.name;
      } else if (a instanceof AlterAction.DetachPartition dp && dp.partition() != null) {
        Table p = find(tables, dp.partition());
        if (p != null) {
          touch(p).partitionOf = null;
        }
      } else if (a instanceof AlterAction.Other o) {
        String text = o.text() == null ? "" : o.text().strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("ADD") || text.startsWith("ALTER") || text.startsWith("DROP")
            || text.startsWith("INHERIT") || text.startsWith("NO INHERIT")) {
          t.uncertain = true;
        }
      }
    }
  }

  private static void updateColumn(Table t, String column, java.util.function.UnaryOperator<Column> f) {
    Column c = t.columns.get(column);
    if (c != null) {
      t.columns.put(column, f.apply(c));
    }
  }

  private void renameTable(Table t, QualifiedName to) {
    QualifiedName from = t.name;
    tables.remove(key(from));
    touch(t).name = to;
    tables.put(key(to), t);
    for (String k : indexes.groupKeys(from.name())) {
      Index i = indexes.get(k);
      if (same(i.table(), from)) {
        indexes.put(k, new Index(i.name(), to, i.columns(), i.unique(), i.partial(), i.constraint()));
      }
    }
  }

  private void removeTable(Table t) {
    tables.remove(key(t.name));
    indexes.removeIf(t.name.name(), i -> same(i.table(), t.name));
  }

  private void createIndex(Node.CreateIndex ci) {
    if (ci.table() == null) {
      return;
    }
    Table t = find(tables, ci.table());
    QualifiedName table = t != null ? t.name : created(ci.table());
    QualifiedName name = ci.name();
    if (name == null) {
      List<String> parts = new ArrayList<>();
      for (String c : ci.columns()) {
        parts.add(c.matches("[A-Za-z_][A-Za-z0-9_$]*") ? c : "expr");
      }
      name = new QualifiedName(table.schema(), table.name() + "_" + String.join("_", parts) + "_idx");
    } else if (name.schema() == null && table.schema() != null) {
      name = new QualifiedName(table.schema(), name.name()); // an index lives in its table's schema
    }
    if (ci.ifNotExists() && indexes.get(key(name)) != null) {
      return;
    }
    indexes.put(key(name), new Index(name, table, ci.columns(), ci.unique(), ci.partial(), null));
  }

  private void drop(Node.Drop d) {
    for (QualifiedName n : d.names()) {
      switch (d.kind()) {
        case TABLE -> {
          Table t = find(tables, n);
          if (t != null) {
            removeTable(t);
          }
        }
        case INDEX -> {
          Index i = find(indexes, n);
          if (i != null) {
            indexes.remove(key(i.name()));
          }
        }
        case TYPE, DOMAIN -> {
          EnumType e = find(enums, n);
          if (e != null) {
            enums.remove(key(e.name()));
          }
        }
        case SEQUENCE -> {
          String k = sequenceKey(n);
          if (k != null) {
            removeSequence(k);
          }
        }
        case SCHEMA -> {
          String prefix = n.name() + ".";
          tables.removeKeysIf(k -> k.startsWith(prefix));
          indexes.removeKeysIf(k -> k.startsWith(prefix));
          enums.removeKeysIf(k -> k.startsWith(prefix));
          for (String k : List.copyOf(sequences)) {
            if (k.startsWith(prefix)) {
              removeSequence(k);
            }
          }
        }
        default -> { }
      }
    }
  }

  /** The key of the sequence a name refers to, or null when the history does not know it. */
  private String sequenceKey(QualifiedName n) {
    if (n.schema() != null) {
      return sequences.contains(key(n)) ? key(n) : null;
    }
    List<String> p = effectivePath();
    if (p == null) {
      String found = null;
      for (String s : sequences) {
        if (s.endsWith("." + n.name())) {
          if (found != null) {
            return null;
          }
          found = s;
        }
      }
      return found;
    }
    for (String s : p) {
      if (sequences.contains(s + "." + n.name())) {
        return s + "." + n.name();
      }
    }
    return null;
  }

  private void createObject(Node.CreateObject co) {
    if (co.name() == null) {
      return;
    }
    QualifiedName name = created(co.name());
    if (co.kind() == ObjectKind.TYPE && !co.enumValues().isEmpty()) {
      if (co.ifNotExists() && enums.get(key(name)) != null) {
        return;
      }
      enums.put(key(name), new EnumType(name, co.enumValues(), migration));
    } else if (co.kind() == ObjectKind.SEQUENCE) {
      addSequence(key(name));
    } else if (co.kind() == ObjectKind.MATERIALIZED_VIEW) {
      Table t = new Table(name);
      t.createdIn = migration;
      t.partialColumns = true;
      tables.put(key(name), t);
    }
  }

  private void alterObject(Node.AlterObject ao) {
    if (ao.name() == null || ao.renameTo() == null) {
      return;
    }
    if (ao.kind() == ObjectKind.INDEX) {
      Index i = find(indexes, ao.name());
      if (i != null) {
        indexes.remove(key(i.name()));
        QualifiedName to = new QualifiedName(i.name().schema(), ao.renameTo());
        indexes.put(key(to), new Index(to, i.table(), i.columns(), i.unique(), i.partial(), i.constraint()));
      }
    } else if (ao.kind() == ObjectKind.TYPE) {
      EnumType e = find(enums, ao.name());
      if (e != null) {
        enums.remove(key(e.name()));
        QualifiedName to = new QualifiedName(e.name().schema(), ao.renameTo());
        enums.put(key(to), new EnumType(to, e.values(), e.createdIn()));
      }
    } else if (ao.kind() == ObjectKind.SEQUENCE) {
      String k = sequenceKey(ao.name());
      if (k != null && removeSequence(k)) {
        addSequence(k.substring(0, k.indexOf('.') + 1) + ao.renameTo());
      }
    } else if (ao.kind() == ObjectKind.VIEW || ao.kind() == ObjectKind.MATERIALIZED_VIEW) {
      Table t = find(tables, ao.name());
      if (t != null) {
        renameTable(t, new QualifiedName(t.name.schema(), ao.renameTo()));
      }
    }
  }

  /**
   * A CREATE TABLE the parser could not read still creates a table: remember that it is new (and that
   * nothing else about it is known).
   */
  private void createdUnparsed(String sql) {
    Matcher m = sql == null ? null : UNPARSED_CREATE_TABLE.matcher(sql);
    if (m == null || !m.find()) {
      return;
    }
    String[] parts = m.group(1).split("\\.");
    QualifiedName name = created(parts.length == 2 ? new QualifiedName(ident(parts[0]), ident(parts[1]))
        : QualifiedName.of(ident(parts[parts.length - 1])));
    if (tables.get(key(name)) != null) {
      return;
    }
    Table t = new Table(name);
    t.createdIn = migration;
    t.partialColumns = true;
    t.uncertain = true;
    tables.put(key(name), t);
  }

  private static String ident(String raw) {
    return raw.startsWith("\"") && raw.endsWith("\"") && raw.length() > 1
        ? raw.substring(1, raw.length() - 1) : raw.toLowerCase(Locale.ROOT);
  }

  /** Makes every known table whose name appears in the text uncertain. */
  private void markMentioned(String sql) {
    if (sql == null || tables.isEmpty()) {
      return;
    }
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(sql);
    while (m.find()) {
      String w = m.group();
      words.add(w.startsWith("\"") ? w.substring(1, w.length() - 1) : w.toLowerCase(Locale.ROOT));
    }
    for (String w : words) {
      for (Table t : tables.named(w)) {
        touch(t).uncertain = true;
      }
    }
  }
}
