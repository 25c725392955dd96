package dev.godwit.parse;

import dev.godwit.model.AlterAction;
import dev.godwit.model.ColumnDef;
import dev.godwit.model.DataType;
import dev.godwit.model.Expr;
import dev.godwit.model.Node;
import dev.godwit.model.ObjectKind;
import dev.godwit.model.OffsetMap;
import dev.godwit.model.QualifiedName;
import dev.godwit.model.Span;
import dev.godwit.model.TableConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Token-level recognizer for the statement forms rules need. It is strict about what it models: a
 * form it knows but whose tokens do not fit yields {@code null} (through the internal {@link Fail}),
 * never a half-filled node.
 */
final class Recognizer {

  /** Internal signal: the tokens do not fit the form being recognized. */
  static final class Fail extends RuntimeException {
    Fail(String message) {
      super(message, null, false, false);
    }
  }

  private final String sql;
  private final List<Tok> t;
  private final OffsetMap map;
  private int p;
  private int lim;

  Recognizer(String sql, List<Tok> toks, OffsetMap map) {
    this.sql = sql;
    this.t = toks;
    this.map = map;
    this.lim = toks.size();
  }

  // ---------------------------------------------------------------- entry points

  /** True when quotes, comments and brackets are closed. */
  static boolean wellFormed(List<Tok> toks) {
    int depth = 0;
    ArrayList<String> stack = new ArrayList<>();
    for (Tok k : toks) {
      if (k.unterminated()) {
        return false;
      }
      if (k.kind() == Tok.Kind.PUNCT) {
        switch (k.value()) {
          case "(", "[" -> stack.add(k.value());
          case ")", "]" -> {
            if (stack.isEmpty() || !stack.remove(stack.size() - 1).equals(k.value().equals(")") ? "(" : "[")) {
              return false;
            }
          }
          default -> { }
        }
      }
    }
    return stack.isEmpty() && depth == 0;
  }

  /**
   * The modelled node, a {@link Node.Other} for a well-formed statement of a known class that has
   * nothing to model, or null.
   */
  Node recognize() {
    if (t.isEmpty() || !wellFormed(t)) {
      return null;
    }
    try {
      p = 0;
      Node n = statement();
      if (n != null && !(n instanceof Node.Other) && p < lim) {
        throw new Fail("trailing tokens");
      }
      return n;
    } catch (Fail | IndexOutOfBoundsException e) {
      return null;
    }
  }

  private static final Set<String> OTHER_CREATE_KINDS = Set.of(
      "policy", "role", "user", "group", "database", "cast", "operator", "aggregate", "rule",
      "publication", "subscription", "collation", "text", "conversion", "language", "procedural",
      "trusted", "server", "foreign", "event", "statistics", "transform", "access", "tablespace",
      "system", "default", "large", "routine");

  private static final Set<String> OTHER_FIRST_WORDS = Set.of(
      "grant", "revoke", "comment", "security", "call", "notify", "listen", "unlisten", "discard",
      "checkpoint", "load", "execute", "deallocate", "explain", "reassign", "import", "declare",
      "fetch", "close", "move");

  private Node statement() {
    Tok f = t.get(0);
    if (f.kind() != Tok.Kind.WORD) {
      if (f.isPunct("(")) {
        return dml();
      }
      return null;
    }
    switch (f.value()) {
      case "create":
        return create();
      case "drop":
        return drop();
      case "alter":
        return alter();
      case "reindex":
        return reindex();
      case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release":
        return transaction();
      case "prepare":
        if (at(1, "transaction")) {
          return transaction();
        }
        return other();
      case "set":
        return set();
      case "reset":
        return reset();
      case "insert", "update", "delete", "merge", "select", "with", "values", "table", "copy":
        return dml();
      case "truncate":
        return truncate();
      case "vacuum", "analyze", "analyse", "cluster":
        return maintenance();
      case "lock":
        return lock();
      case "refresh":
        return refresh();
      case "do":
        return doBlock();
      default:
        if (OTHER_FIRST_WORDS.contains(f.value())) {
          return other();
        }
        return null;
    }
  }

  private Node other() {
    p = lim;
    return new Node.Other(keyword(t));
  }

  /** The leading keywords of a statement: "GRANT", "COMMENT ON", "CREATE POLICY", ... */
  static String keyword(List<Tok> toks) {
    List<String> w = new ArrayList<>();
    for (int i = 0; i < toks.size() && i < 6 && toks.get(i).kind() == Tok.Kind.WORD; i++) {
      w.add(toks.get(i).value().toUpperCase(Locale.ROOT));
    }
    if (w.isEmpty()) {
      return toks.isEmpty() ? "" : toks.get(0).raw();
    }
    String first = w.get(0);
    int k = 1;
    if (first.equals("CREATE") || first.equals("ALTER") || first.equals("DROP")) {
      if (first.equals("CREATE") && w.size() > 2 && w.get(1).equals("OR") && w.get(2).equals("REPLACE")) {
        k = 3;
      }
      while (k < w.size() && Set.of("TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "TRUSTED", "PROCEDURAL",
          "RECURSIVE", "CONSTRAINT", "UNIQUE").contains(w.get(k))) {
        k++;
      }
      if (k >= w.size()) {
        return first;
      }
      String kind = w.get(k);
      if (k + 1 < w.size()) {
        String two = kind + " " + w.get(k + 1);
        if (two.equals("FOREIGN DATA") && k + 2 < w.size()) {
          return first + " FOREIGN DATA WRAPPER";
        }
        if (Set.of("DEFAULT PRIVILEGES", "FOREIGN TABLE", "TEXT SEARCH", "EVENT TRIGGER", "USER MAPPING",
            "ACCESS METHOD", "MATERIALIZED VIEW", "OPERATOR CLASS", "OPERATOR FAMILY", "LARGE OBJECT")
            .contains(two)) {
          return first + " " + two;
        }
      }
      return first + " " + kind;
    }
    if (w.size() > 1 && (first.equals("COMMENT") || first.equals("SECURITY") || first.equals("REASSIGN")
        || first.equals("IMPORT"))) {
      return first + " " + w.get(1);
    }
    if (first.equals("SET") && w.size() > 1 && Set.of("ROLE", "SESSION", "CONSTRAINTS", "TRANSACTION")
        .contains(w.get(1))) {
      return first + " " + w.get(1);
    }
    return first;
  }

  // ---------------------------------------------------------------- token helpers

  private Tok tok() {
    if (p >= lim) {
      throw new Fail("unexpected end");
    }
    return t.get(p);
  }

  private boolean eof() {
    return p >= lim;
  }

  /** Whether the words {@code ws} follow at p + off. */
  private boolean at(int off, String... ws) {
    for (int i = 0; i < ws.length; i++) {
      int j = p + off + i;
      if (j >= lim || !t.get(j).is(ws[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean at(String... ws) {
    return at(0, ws);
  }

  private boolean atPunct(String s) {
    return p < lim && t.get(p).isPunct(s);
  }

  private boolean accept(String... ws) {
    if (at(ws)) {
      p += ws.length;
      return true;
    }
    return false;
  }

  private boolean acceptPunct(String s) {
    if (atPunct(s)) {
      p++;
      return true;
    }
    return false;
  }

  private void expect(String... ws) {
    if (!accept(ws)) {
      throw new Fail("expected " + String.join(" ", ws));
    }
  }

  private void expectPunct(String s) {
    if (!acceptPunct(s)) {
      throw new Fail("expected " + s);
    }
  }

  private String ident() {
    Tok k = tok();
    if (!k.isName()) {
      throw new Fail("expected a name");
    }
    p++;
    return k.value();
  }

  private QualifiedName qname() {
    List<String> parts = new ArrayList<>();
    parts.add(ident());
    while (atPunct(".") && p + 1 < lim && t.get(p + 1).isName()) {
      p++;
      parts.add(ident());
    }
    int n = parts.size();
    return n == 1 ? QualifiedName.of(parts.get(0)) : new QualifiedName(parts.get(n - 2), parts.get(n - 1));
  }

  /** Skips a bracketed group starting at p ('(' or '['); returns the index after the closer. */
  private int skipGroup() {
    Tok open = tok();
    if (!open.isPunct("(") && !open.isPunct("[")) {
      throw new Fail("expected (");
    }
    int depth = 0;
    while (p < lim) {
      Tok k = t.get(p++);
      if (k.isPunct("(") || k.isPunct("[")) {
        depth++;
      } else if (k.isPunct(")") || k.isPunct("]")) {
        depth--;
        if (depth == 0) {
          return p;
        }
      }
    }
    throw new Fail("unbalanced");
  }

  /** Skips tokens up to (not including) the first depth-0 token that stops, or the limit. */
  private void skipUntil(java.util.function.Predicate<Tok> stop) {
    while (p < lim) {
      Tok k = t.get(p);
      if (stop.test(k)) {
        return;
      }
      if (k.isPunct("(") || k.isPunct("[")) {
        skipGroup();
      } else {
        p++;
      }
    }
  }

  private void skipRest() {
    p = lim;
  }

  private Span span(int from, int toExcl) {
    if (toExcl <= from) {
      int at = from < t.size() ? t.get(from).start() : sql.length();
      return map.toHost(at, at);
    }
    return map.toHost(t.get(from).start(), t.get(toExcl - 1).end());
  }

  private String text(int from, int toExcl) {
    if (toExcl <= from) {
      return "";
    }
    return sql.substring(t.get(from).start(), t.get(toExcl - 1).end());
  }

  /** Comma-separated list of names in parentheses. */
  private List<String> nameList() {
    expectPunct("(");
    List<String> out = new ArrayList<>();
    if (acceptPunct(")")) {
      return out;
    }
    do {
      out.add(ident());
    } while (acceptPunct(","));
    expectPunct(")");
    return out;
  }

  private boolean acceptIfNotExists() {
    return accept("if", "not", "exists");
  }

  private boolean acceptIfExists() {
    return accept("if", "exists");
  }

  // ---------------------------------------------------------------- expressions

  private static final Set<String> NOT_FUNCTIONS = Set.of(
      "and", "or", "not", "in", "exists", "any", "some", "all", "array", "values", "select", "where",
      "on", "as", "then", "else", "when", "case", "is", "using", "like", "ilike", "between", "filter",
      "over", "within", "from", "row", "distinct", "with", "returning", "set", "into", "check",
      "default", "references", "unique", "primary", "key", "similar", "to", "end", "by", "group",
      "order", "having", "limit", "offset", "join", "lateral", "union", "except", "intersect", "if",
      "elsif", "return", "perform", "execute", "null", "constraint", "foreign", "exclude", "include");

  private static final Set<String> KEYWORD_FUNCTIONS = Set.of(
      "current_timestamp", "current_date", "current_time", "localtime", "localtimestamp",
      "current_user", "session_user", "current_role", "current_catalog", "current_schema", "user",
      "system_user");

  private static final Set<String> LITERAL_TYPE_WORDS = Set.of(
      "interval", "date", "time", "timestamp", "timestamptz", "boolean", "integer", "int", "bigint",
      "numeric", "text", "varchar", "json", "jsonb", "uuid", "bytea", "real", "smallint", "inet", "cidr");

  /** An expression over tokens [from, to). */
  Expr expr(int from, int to) {
    List<String> fns = new ArrayList<>();
    for (int i = from; i < to; i++) {
      Tok k = t.get(i);
      if (k.kind() == Tok.Kind.WORD || k.kind() == Tok.Kind.QIDENT) {
        boolean call = i + 1 < to && t.get(i + 1).isPunct("(");
        boolean afterDot = i > from && t.get(i - 1).isPunct(".");
        boolean castTarget = i > from && t.get(i - 1).isPunct("::");
        if (call && !castTarget && (k.kind() == Tok.Kind.QIDENT || !NOT_FUNCTIONS.contains(k.value()))) {
          String name = k.value().toLowerCase(Locale.ROOT);
          if (!fns.contains(name)) {
            fns.add(name);
          }
        } else if (!call && !afterDot && !castTarget && k.kind() == Tok.Kind.WORD
            && KEYWORD_FUNCTIONS.contains(k.value())) {
          if (!fns.contains(k.value())) {
            fns.add(k.value());
          }
        } else if (call && k.kind() == Tok.Kind.WORD && KEYWORD_FUNCTIONS.contains(k.value())) {
          if (!fns.contains(k.value())) {
            fns.add(k.value());
          }
        }
      }
    }
    return new Expr(text(from, to), span(from, to), fns, isLiteral(from, to));
  }

  private boolean isLiteral(int from, int to) {
    // strip wrapping parentheses
    while (to - from >= 2 && t.get(from).isPunct("(") && t.get(to - 1).isPunct(")")) {
      from++;
      to--;
    }
    if (from >= to) {
      return false;
    }
    int i = from;
    Tok k = t.get(i);
    if ((k.isPunct("-") || k.isPunct("+")) && i + 1 < to && t.get(i + 1).kind() == Tok.Kind.NUMBER) {
      i += 2;
    } else if (k.kind() == Tok.Kind.NUMBER || k.kind() == Tok.Kind.STRING || k.kind() == Tok.Kind.DOLLAR
        || k.is("true") || k.is("false") || k.is("null")) {
      i++;
    } else if (k.kind() == Tok.Kind.WORD && LITERAL_TYPE_WORDS.contains(k.value()) && i + 1 < to
        && t.get(i + 1).kind() == Tok.Kind.STRING) {
      i += 2;
    } else {
      return false;
    }
    // optional casts: ::type[(mods)][[]] ...
    while (i < to) {
      if (!t.get(i).isPunct("::")) {
        return false;
      }
      i++;
      if (i >= to || !t.get(i).isName()) {
        return false;
      }
      i++;
      while (i < to && t.get(i).kind() == Tok.Kind.WORD
          && Set.of("precision", "varying", "with", "without", "time", "zone").contains(t.get(i).value())) {
        i++;
      }
      while (i < to && t.get(i).isPunct(".") && i + 1 < to && t.get(i + 1).isName()) {
        i += 2;
      }
      while (i < to && (t.get(i).isPunct("(") || t.get(i).isPunct("["))) {
        int save = p;
        p = i;
        int saveLim = lim;
        lim = to;
        try {
          i = skipGroup();
        } finally {
          p = save;
          lim = saveLim;
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- data types

  private static final Set<String> INTERVAL_FIELDS = Set.of("year", "month", "day", "hour", "minute", "second");

  DataType dataType() {
    int st = p;
    Tok first = tok();
    if (!first.isName()) {
      throw new Fail("expected a type");
    }
    String schema = null;
    String base;
    if (first.kind() == Tok.Kind.WORD && !(p + 1 < lim && t.get(p + 1).isPunct("."))) {
      p++;
      String w = first.value();
      switch (w) {
        case "double" -> {
          expect("precision");
          base = "double precision";
        }
        case "character", "char", "nchar" -> base = accept("varying") ? w + " varying" : w;
        case "national" -> {
          String c = accept("character") ? "character" : accept("char") ? "char" : null;
          if (c == null) {
            throw new Fail("national");
          }
          base = "national " + c + (accept("varying") ? " varying" : "");
        }
        case "bit" -> base = accept("varying") ? "bit varying" : "bit";
        case "interval" -> {
          base = "interval";
          while (p < lim && t.get(p).kind() == Tok.Kind.WORD
              && (INTERVAL_FIELDS.contains(t.get(p).value()) || t.get(p).is("to"))) {
            p++;
          }
        }
        default -> base = w;
      }
    } else {
      QualifiedName q = qname();
      schema = q.schema();
      base = q.schema() == null ? q.name() : q.name();
      if (first.kind() == Tok.Kind.WORD && schema != null && schema.equals("pg_catalog")) {
        base = base.toLowerCase(Locale.ROOT);
      }
    }
    List<String> mods = new ArrayList<>();
    if (atPunct("(")) {
      int open = p;
      int close = skipGroup();
      int depth = 0;
      int itemStart = open + 1;
      for (int i = open + 1; i < close - 1; i++) {
        Tok k = t.get(i);
        if (k.isPunct("(") || k.isPunct("[")) {
          depth++;
        } else if (k.isPunct(")") || k.isPunct("]")) {
          depth--;
        } else if (depth == 0 && k.isPunct(",")) {
          mods.add(text(itemStart, i));
          itemStart = i + 1;
        }
      }
      if (close - 1 > itemStart) {
        mods.add(text(itemStart, close - 1));
      }
    }
    if ((base.equals("timestamp") || base.equals("time")) && schema == null) {
      if (accept("with", "time", "zone")) {
        base = base + " with time zone";
      } else if (accept("without", "time", "zone")) {
        base = base + " without time zone";
      }
    }
    if (base.equals("interval") && schema == null) {
      while (p < lim && t.get(p).kind() == Tok.Kind.WORD
          && (INTERVAL_FIELDS.contains(t.get(p).value()) || t.get(p).is("to"))) {
        p++;
      }
      if (atPunct("(")) {
        skipGroup();
      }
    }
    boolean array = false;
    while (true) {
      if (atPunct("[")) {
        skipGroup();
        array = true;
      } else if (at("array")) {
        p++;
        array = true;
        if (atPunct("[")) {
          skipGroup();
        }
      } else {
        break;
      }
    }
    if (atPunct("%") && at(1, "type")) {
      p += 2;
    }
    String canonical = Types.canonical(schema, base, mods);
    return new DataType(canonical, mods, array, text(st, p));
  }

  // ---------------------------------------------------------------- column definitions and constraints

  private static final Set<String> COLUMN_OPTION_WORDS = Set.of(
      "not", "null", "default", "primary", "unique", "references", "check", "generated", "collate",
      "constraint", "deferrable", "initially", "storage", "compression");

  private ColumnDef columnDef() {
    int st = p;
    String name = ident();
    DataType type = dataType();
    boolean notNull = false;
    Expr def = null;
    boolean identity = false;
    boolean stored = false;
    boolean virtual = false;
    boolean pk = false;
    boolean unique = false;
    QualifiedName refs = null;
    boolean check = false;
    while (!eof() && !atPunct(",") && !atPunct(")")) {
      if (accept("constraint")) {
        ident();
      } else if (accept("not", "null")) {
        notNull = true;
      } else if (accept("null")) {
        // explicit NULL
      } else if (accept("default")) {
        int es = p;
        boolean first = true;
        while (!eof() && !atPunct(",") && !atPunct(")")) {
          Tok k = tok();
          if (!first && k.kind() == Tok.Kind.WORD && endsDefault(k)) {
            break;
          }
          if (k.isPunct("(") || k.isPunct("[")) {
            skipGroup();
          } else {
            p++;
          }
          first = false;
        }
        if (p == es) {
          throw new Fail("empty default");
        }
        def = expr(es, p);
      } else if (accept("primary", "key")) {
        pk = true;
        notNull = true;
        indexParams();
      } else if (accept("unique")) {
        unique = true;
        if (accept("nulls")) {
          accept("not");
          expect("distinct");
        }
        indexParams();
      } else if (accept("references")) {
        refs = qname();
        if (atPunct("(")) {
          nameList();
        }
        referentialActions();
      } else if (accept("check")) {
        check = true;
        skipGroup();
        accept("no", "inherit");
      } else if (accept("generated")) {
        if (accept("always")) {
          // identity or generated column
        } else {
          expect("by", "default");
        }
        expect("as");
        if (accept("identity")) {
          identity = true;
          notNull = true;
          if (atPunct("(")) {
            skipGroup();
          }
        } else {
          skipGroup();
          if (accept("stored")) {
            stored = true;
          } else {
            accept("virtual");
            virtual = true;
          }
        }
      } else if (accept("collate")) {
        qname();
      } else if (accept("deferrable") || accept("not", "deferrable")) {
        // constraint timing
      } else if (accept("initially")) {
        if (!accept("deferred")) {
          expect("immediate");
        }
      } else if (accept("storage") || accept("compression")) {
        ident();
      } else if (accept("not", "enforced") || accept("enforced")) {
        // PostgreSQL 18
      } else {
        throw new Fail("unknown column option " + tok().raw());
      }
    }
    return new ColumnDef(name, span(st, p), type, notNull, def, identity, stored, virtual, pk, unique, refs, check);
  }

  private boolean endsDefault(Tok k) {
    switch (k.value()) {
      case "not":
        return p + 1 < lim && (t.get(p + 1).is("null") || t.get(p + 1).is("deferrable"));
      case "null":
        Tok prev = t.get(p - 1);
        return !(prev.is("is") || prev.is("not") || prev.kind() == Tok.Kind.OP || prev.isPunct(","));
      case "primary", "unique", "references", "check", "generated", "constraint", "deferrable",
          "initially", "collate":
        return true;
      default:
        return false;
    }
  }

  private void indexParams() {
    while (true) {
      if (accept("include")) {
        nameList();
      } else if (accept("with")) {
        skipGroup();
      } else if (accept("using", "index", "tablespace")) {
        ident();
      } else {
        return;
      }
    }
  }

  private void referentialActions() {
    while (true) {
      if (accept("match")) {
        ident();
      } else if (accept("on", "delete") || accept("on", "update")) {
        if (accept("no", "action") || accept("restrict") || accept("cascade")) {
          continue;
        }
        if (accept("set", "null") || accept("set", "default")) {
          if (atPunct("(")) {
            nameList();
          }
          continue;
        }
        throw new Fail("referential action");
      } else {
        return;
      }
    }
  }

  private static boolean startsTableConstraint(Tok k) {
    return k.is("constraint") || k.is("primary") || k.is("unique") || k.is("foreign") || k.is("check")
        || k.is("exclude");
  }

  private TableConstraint tableConstraint() {
    int st = p;
    String name = null;
    if (accept("constraint")) {
      name = ident();
    }
    TableConstraint.Kind kind;
    List<String> cols = new ArrayList<>();
    QualifiedName refTable = null;
    List<String> refCols = new ArrayList<>();
    String usingIndex = null;
    String expression = null;
    if (accept("primary", "key") || at("unique")) {
      kind = t.get(p - 1).is("key") ? TableConstraint.Kind.PRIMARY_KEY : TableConstraint.Kind.UNIQUE;
      if (kind == TableConstraint.Kind.UNIQUE) {
        expect("unique");
        if (accept("nulls")) {
          accept("not");
          expect("distinct");
        }
      }
      if (accept("using", "index")) {
        if (at("tablespace")) {
          throw new Fail("bad using index");
        }
        usingIndex = ident();
      } else {
        cols = nameList();
        if (accept("without", "overlaps")) {
          // period
        }
        indexParams();
      }
    } else if (accept("foreign", "key")) {
      kind = TableConstraint.Kind.FOREIGN_KEY;
      cols = nameList();
      expect("references");
      refTable = qname();
      if (atPunct("(")) {
        refCols = nameList();
      }
      referentialActions();
    } else if (accept("check")) {
      kind = TableConstraint.Kind.CHECK;
      int open = p;
      int close = skipGroup();
      expression = text(open + 1, close - 1);
      accept("no", "inherit");
    } else if (accept("exclude")) {
      kind = TableConstraint.Kind.EXCLUDE;
      if (accept("using")) {
        ident();
      }
      int open = p;
      int close = skipGroup();
      int depth = 0;
      int itemStart = open + 1;
      for (int i = open + 1; i < close; i++) {
        Tok k = t.get(i);
        if (i == close - 1 || depth == 0 && k.isPunct(",")) {
          if (i > itemStart) {
            cols.add(t.get(itemStart).isName() ? t.get(itemStart).value() : text(itemStart, i));
          }
          itemStart = i + 1;
        } else if (k.isPunct("(") || k.isPunct("[")) {
          depth++;
        } else if (k.isPunct(")") || k.isPunct("]")) {
          depth--;
        }
      }
      indexParams();
      if (accept("where")) {
        skipGroup();
      }
    } else if (accept("not", "null")) {
      kind = TableConstraint.Kind.NOT_NULL;
      cols.add(ident());
    } else {
      throw new Fail("expected a constraint");
    }
    boolean notValid = false;
    while (true) {
      if (accept("not", "valid")) {
        notValid = true;
      } else if (accept("deferrable") || accept("not", "deferrable") || accept("no", "inherit")
          || accept("not", "enforced") || accept("enforced")) {
        // attributes
      } else if (accept("initially")) {
        if (!accept("deferred")) {
          expect("immediate");
        }
      } else {
        break;
      }
    }
    return new TableConstraint(name, kind, cols, refTable, refCols, usingIndex, notValid, expression, span(st, p));
  }

  // ---------------------------------------------------------------- CREATE

  private Node create() {
    p = 1;
    boolean orReplace = accept("or", "replace");
    boolean temporary = false;
    boolean unlogged = false;
    if (accept("global") || accept("local")) {
      if (!at("temp") && !at("temporary")) {
        throw new Fail("temp");
      }
    }
    if (accept("temp") || accept("temporary")) {
      temporary = true;
    } else if (accept("unlogged")) {
      unlogged = true;
    }
    if (!orReplace && at("table")) {
      return createTable(temporary, unlogged);
    }
    if (!orReplace && !temporary && !unlogged && (at("index") || at("unique", "index"))) {
      return createIndex();
    }
    if (at("trigger") || at("constraint", "trigger")) {
      accept("constraint");
      p++;
      String name = ident();
      skipUntil(k -> k.is("on"));
      expect("on");
      QualifiedName table = qname();
      skipRest();
      return new Node.CreateTrigger(name, table, orReplace);
    }
    accept("recursive");
    ObjectKind kind;
    if (accept("materialized", "view")) {
      kind = ObjectKind.MATERIALIZED_VIEW;
    } else if (accept("view")) {
      kind = ObjectKind.VIEW;
    } else if (temporary && accept("sequence") || unlogged && accept("sequence")) {
      kind = ObjectKind.SEQUENCE;
    } else if (temporary || unlogged) {
      return null;
    } else if (accept("schema")) {
      kind = ObjectKind.SCHEMA;
    } else if (accept("sequence")) {
      kind = ObjectKind.SEQUENCE;
    } else if (accept("extension")) {
      kind = ObjectKind.EXTENSION;
    } else if (accept("type")) {
      kind = ObjectKind.TYPE;
    } else if (accept("domain")) {
      kind = ObjectKind.DOMAIN;
    } else if (accept("function")) {
      kind = ObjectKind.FUNCTION;
    } else if (accept("procedure")) {
      kind = ObjectKind.PROCEDURE;
    } else if (accept("database")) {
      kind = ObjectKind.DATABASE;
    } else if (at("role") || at("user") && !at(1, "mapping") || at("group")) {
      p++;
      kind = ObjectKind.ROLE;
    } else if (at("policy")) {
      return other();
    } else if (p < lim && t.get(p).kind() == Tok.Kind.WORD && OTHER_CREATE_KINDS.contains(t.get(p).value())) {
      return other();
    } else {
      return null;
    }
    boolean ifNotExists = acceptIfNotExists();
    QualifiedName name;
    if (kind == ObjectKind.SCHEMA && at("authorization")) {
      p++;
      name = QualifiedName.of(ident());
    } else {
      name = qname();
    }
    List<String> enumValues = new ArrayList<>();
    if (kind == ObjectKind.TYPE && accept("as", "enum")) {
      expectPunct("(");
      if (!acceptPunct(")")) {
        do {
          Tok k = tok();
          if (k.kind() != Tok.Kind.STRING) {
            throw new Fail("enum value");
          }
          enumValues.add(k.value());
          p++;
        } while (acceptPunct(","));
        expectPunct(")");
      }
    }
    if (kind == ObjectKind.FUNCTION || kind == ObjectKind.PROCEDURE) {
      if (!atPunct("(")) {
        throw new Fail("function arguments");
      }
    }
    if ((kind == ObjectKind.VIEW || kind == ObjectKind.MATERIALIZED_VIEW)) {
      skipUntil(k -> k.is("as"));
      expect("as");
      if (eof()) {
        throw new Fail("view query");
      }
    }
    skipRest();
    return new Node.CreateObject(kind, name, ifNotExists, orReplace, enumValues);
  }

  private Node createTable(boolean temporary, boolean unlogged) {
    expect("table");
    boolean ifNotExists = acceptIfNotExists();
    QualifiedName table = qname();
    List<ColumnDef> cols = new ArrayList<>();
    List<TableConstraint> cons = new ArrayList<>();
    QualifiedName partitionOf = null;
    boolean asSelect = false;
    if (accept("partition", "of")) {
      partitionOf = qname();
      if (atPunct("(")) {
        tableElements(cols, cons, true);
      }
      if (!accept("default")) {
        expect("for", "values");
      }
      skipRest();
    } else if (accept("of")) {
      qname();
      skipRest();
    } else if (atPunct("(") && !isColumnNameListThenAs()) {
      tableElements(cols, cons, false);
      skipUntil(k -> k.is("as"));
      if (!eof()) {
        throw new Fail("unexpected AS");
      }
    } else {
      if (atPunct("(")) {
        skipGroup();
      }
      skipUntil(k -> k.is("as"));
      expect("as");
      if (eof()) {
        throw new Fail("query");
      }
      asSelect = true;
      skipRest();
    }
    return new Node.CreateTable(table, ifNotExists, temporary, unlogged, cols, cons, partitionOf, asSelect);
  }

  /** CREATE TABLE t (a, b) AS ...: a list of bare names followed by AS at depth 0. */
  private boolean isColumnNameListThenAs() {
    int save = p;
    try {
      skipGroup();
      while (!eof() && !at("as")) {
        if (atPunct("(")) {
          skipGroup();
        } else {
          p++;
        }
      }
      return at("as");
    } finally {
      p = save;
    }
  }

  private void tableElements(List<ColumnDef> cols, List<TableConstraint> cons, boolean partitionOf) {
    expectPunct("(");
    if (acceptPunct(")")) {
      return;
    }
    do {
      Tok k = tok();
      if (startsTableConstraint(k) || k.is("not") && at(1, "null") && !partitionOf) {
        cons.add(tableConstraint());
      } else if (k.is("like")) {
        p++;
        qname();
        while (accept("including") || accept("excluding")) {
          ident();
        }
      } else if (partitionOf) {
        skipUntil(x -> x.isPunct(",") || x.isPunct(")"));
      } else {
        cols.add(columnDef());
      }
    } while (acceptPunct(","));
    expectPunct(")");
  }

  private Node createIndex() {
    boolean unique = accept("unique");
    expect("index");
    boolean concurrently = accept("concurrently");
    boolean ifNotExists = acceptIfNotExists();
    QualifiedName name = null;
    if (!at("on")) {
      name = qname();
    } else if (ifNotExists) {
      throw new Fail("IF NOT EXISTS needs a name");
    }
    expect("on");
    boolean only = accept("only");
    QualifiedName table = qname();
    String method = null;
    if (accept("using")) {
      method = ident();
    }
    if (!atPunct("(")) {
      throw new Fail("expected (");
    }
    int open = p;
    int close = skipGroup();
    List<String> columns = new ArrayList<>();
    int depth = 0;
    int itemStart = open + 1;
    for (int i = open + 1; i < close; i++) {
      Tok k = t.get(i);
      if (i == close - 1 || depth == 0 && k.isPunct(",")) {
        if (i <= itemStart) {
          throw new Fail("empty index element");
        }
        Tok f = t.get(itemStart);
        boolean simple = f.isName() && (itemStart + 1 == i || !t.get(itemStart + 1).isPunct("(")
            && !t.get(itemStart + 1).isPunct("."));
        columns.add(simple ? f.value() : text(itemStart, i));
        itemStart = i + 1;
      } else if (k.isPunct("(") || k.isPunct("[")) {
        depth++;
      } else if (k.isPunct(")") || k.isPunct("]")) {
        depth--;
      }
    }
    boolean partial = false;
    while (!eof()) {
      if (accept("include")) {
        nameList();
      } else if (accept("nulls")) {
        accept("not");
        expect("distinct");
      } else if (accept("with")) {
        skipGroup();
      } else if (accept("tablespace")) {
        ident();
      } else if (accept("where")) {
        if (eof()) {
          throw new Fail("empty WHERE");
        }
        partial = true;
        skipRest();
      } else {
        throw new Fail("unexpected " + tok().raw());
      }
    }
    return new Node.CreateIndex(name, table, unique, concurrently, ifNotExists, only, method, columns, partial);
  }

  // ---------------------------------------------------------------- DROP

  private Node drop() {
    p = 1;
    ObjectKind kind;
    boolean onTable = false;
    boolean withArgs = false;
    if (accept("table")) {
      kind = ObjectKind.TABLE;
    } else if (accept("index")) {
      kind = ObjectKind.INDEX;
    } else if (accept("schema")) {
      kind = ObjectKind.SCHEMA;
    } else if (accept("type")) {
      kind = ObjectKind.TYPE;
    } else if (accept("sequence")) {
      kind = ObjectKind.SEQUENCE;
    } else if (accept("view")) {
      kind = ObjectKind.VIEW;
    } else if (accept("materialized", "view")) {
      kind = ObjectKind.MATERIALIZED_VIEW;
    } else if (accept("function")) {
      kind = ObjectKind.FUNCTION;
      withArgs = true;
    } else if (accept("procedure")) {
      kind = ObjectKind.PROCEDURE;
      withArgs = true;
    } else if (accept("extension")) {
      kind = ObjectKind.EXTENSION;
    } else if (accept("domain")) {
      kind = ObjectKind.DOMAIN;
    } else if (accept("database")) {
      kind = ObjectKind.DATABASE;
    } else if (accept("trigger")) {
      kind = ObjectKind.TRIGGER;
      onTable = true;
    } else if (accept("policy")) {
      kind = ObjectKind.POLICY;
      onTable = true;
    } else if (accept("role") || accept("user") && !at("mapping") || accept("group")) {
      kind = ObjectKind.ROLE;
    } else if (p < lim && t.get(p).kind() == Tok.Kind.WORD
        && (OTHER_CREATE_KINDS.contains(t.get(p).value()) || t.get(p).is("owned"))) {
      return other();
    } else {
      return null;
    }
    boolean concurrently = kind == ObjectKind.INDEX && accept("concurrently");
    boolean ifExists = acceptIfExists();
    List<QualifiedName> names = new ArrayList<>();
    do {
      names.add(qname());
      if (withArgs && atPunct("(")) {
        skipGroup();
      }
    } while (!onTable && acceptPunct(","));
    QualifiedName on = null;
    if (onTable) {
      expect("on");
      on = qname();
    }
    boolean cascade = false;
    if (accept("cascade")) {
      cascade = true;
    } else {
      accept("restrict");
    }
    if (kind == ObjectKind.DATABASE && (accept("with") || atPunct("("))) {
      skipGroup();
    }
    return new Node.Drop(kind, names, ifExists, concurrently, cascade, on);
  }

  // ---------------------------------------------------------------- REINDEX

  private Node reindex() {
    p = 1;
    boolean concurrently = false;
    if (atPunct("(")) {
      int open = p;
      int close = skipGroup();
      for (int i = open + 1; i < close - 1; i++) {
        if (t.get(i).is("concurrently")) {
          Tok nx = t.get(i + 1);
          concurrently = !(nx.is("false") || nx.is("off") || nx.isPunct("0") || nx.raw().equals("0"));
        }
      }
    }
    ObjectKind target;
    if (accept("index")) {
      target = ObjectKind.INDEX;
    } else if (accept("table")) {
      target = ObjectKind.TABLE;
    } else if (accept("schema")) {
      target = ObjectKind.SCHEMA;
    } else if (accept("database")) {
      target = ObjectKind.DATABASE;
    } else if (accept("system")) {
      target = ObjectKind.OTHER; // REINDEX SYSTEM: the system catalogs
    } else {
      throw new Fail("REINDEX target");
    }
    if (accept("concurrently")) {
      concurrently = true;
    }
    QualifiedName name = eof() ? null : qname();
    return new Node.Reindex(target, name, concurrently);
  }

  // ---------------------------------------------------------------- ALTER

  private Node alter() {
    p = 1;
    if (at("table") && !at(1, "all")) {
      return alterTable();
    }
    if (accept("type")) {
      QualifiedName type = qname();
      if (accept("add", "value")) {
        boolean ine = acceptIfNotExists();
        Tok v = tok();
        if (v.kind() != Tok.Kind.STRING) {
          throw new Fail("enum value");
        }
        p++;
        if (accept("before") || accept("after")) {
          if (tok().kind() != Tok.Kind.STRING) {
            throw new Fail("enum neighbour");
          }
          p++;
        }
        return new Node.AlterTypeAddValue(type, v.value(), ine);
      }
      return alterObjectRest(ObjectKind.TYPE, type);
    }
    ObjectKind kind;
    boolean withArgs = false;
    if (accept("index")) {
      kind = ObjectKind.INDEX;
    } else if (accept("sequence")) {
      kind = ObjectKind.SEQUENCE;
    } else if (accept("view")) {
      kind = ObjectKind.VIEW;
    } else if (accept("materialized", "view")) {
      kind = ObjectKind.MATERIALIZED_VIEW;
    } else if (accept("schema")) {
      kind = ObjectKind.SCHEMA;
    } else if (accept("domain")) {
      kind = ObjectKind.DOMAIN;
    } else if (accept("extension")) {
      kind = ObjectKind.EXTENSION;
    } else if (accept("function")) {
      kind = ObjectKind.FUNCTION;
      withArgs = true;
    } else if (accept("procedure")) {
      kind = ObjectKind.PROCEDURE;
      withArgs = true;
    } else if (at("table") || p < lim && t.get(p).kind() == Tok.Kind.WORD
        && OTHER_CREATE_KINDS.contains(t.get(p).value())) {
      return other();
    } else {
      return null;
    }
    if (at("all", "in", "tablespace")) {
      return other();
    }
    acceptIfExists();
    QualifiedName name = qname();
    if (withArgs && atPunct("(")) {
      skipGroup();
    }
    return alterObjectRest(kind, name);
  }

  private Node alterObjectRest(ObjectKind kind, QualifiedName name) {
    if (eof()) {
      throw new Fail("missing action");
    }
    int st = p;
    List<String> words = new ArrayList<>();
    for (int i = p; i < lim && words.size() < 2 && t.get(i).kind() == Tok.Kind.WORD; i++) {
      words.add(t.get(i).value().toUpperCase(Locale.ROOT));
    }
    if (words.isEmpty()) {
      throw new Fail("action");
    }
    String renameTo = null;
    if (accept("rename", "to")) {
      renameTo = ident();
    }
    String action = words.size() > 1 && !Set.of("RENAME", "SET", "OWNER", "ADD", "DROP", "RESTART",
        "ATTACH", "DEPENDS", "NO", "RESET", "ALTER", "VALIDATE", "UPDATE").contains(words.get(0))
        ? words.get(0) : String.join(" ", words);
    if (st == p) {
      skipRest();
    }
    skipRest();
    return new Node.AlterObject(kind, name, action, renameTo);
  }

  private Node alterTable() {
    expect("table");
    boolean ifExists = acceptIfExists();
    boolean only = accept("only");
    QualifiedName table = qname();
    acceptPunct("*");
    if (eof()) {
      throw new Fail("missing action");
    }
    List<AlterAction> actions = new ArrayList<>();
    int end = lim;
    while (true) {
      int st = p;
      skipUntil(k -> k.isPunct(","));
      int actionEnd = p;
      if (actionEnd == st) {
        throw new Fail("empty action");
      }
      p = st;
      lim = actionEnd;
      actions.add(alterAction(st));
      if (p < lim) {
        throw new Fail("trailing tokens in action");
      }
      lim = end;
      p = actionEnd;
      if (!acceptPunct(",")) {
        break;
      }
    }
    return new Node.AlterTable(table, ifExists, only, actions);
  }

  private AlterAction alterAction(int st) {
    if (accept("add")) {
      if (startsTableConstraint(tok())) {
        TableConstraint c = tableConstraint();
        return new AlterAction.AddConstraint(c, span(st, p));
      }
      accept("column");
      boolean ine = acceptIfNotExists();
      ColumnDef col = columnDef();
      return new AlterAction.AddColumn(col, ine, span(st, p));
    }
    if (accept("drop")) {
      if (accept("constraint")) {
        boolean ie = acceptIfExists();
        String n = ident();
        boolean cascade = accept("cascade");
        accept("restrict");
        return new AlterAction.DropConstraint(n, ie, cascade, span(st, p));
      }
      accept("column");
      boolean ie = acceptIfExists();
      String c = ident();
      boolean cascade = accept("cascade");
      accept("restrict");
      return new AlterAction.DropColumn(c, ie, cascade, span(st, p));
    }
    if (at("alter") && !at(1, "constraint")) {
      p++;
      accept("column");
      String c = ident();
      if (accept("set", "data", "type") || accept("type")) {
        DataType type = dataType();
        if (accept("collate")) {
          qname();
        }
        String using = null;
        if (accept("using")) {
          if (eof()) {
            throw new Fail("using");
          }
          using = text(p, lim);
          p = lim;
        }
        return new AlterAction.AlterColumnType(c, type, using, span(st, p));
      }
      if (accept("set", "not", "null")) {
        return new AlterAction.SetNotNull(c, span(st, p));
      }
      if (accept("drop", "not", "null")) {
        return new AlterAction.DropNotNull(c, span(st, p));
      }
      if (accept("set", "default")) {
        if (eof()) {
          throw new Fail("default");
        }
        Expr e = expr(p, lim);
        p = lim;
        return new AlterAction.SetDefault(c, e, span(st, p));
      }
      if (accept("drop", "default")) {
        return new AlterAction.DropDefault(c, span(st, p));
      }
      return otherAction(st);
    }
    if (accept("validate", "constraint")) {
      return new AlterAction.ValidateConstraint(ident(), span(st, p));
    }
    if (accept("rename")) {
      if (accept("to")) {
        return new AlterAction.RenameTable(ident(), span(st, p));
      }
      if (accept("constraint")) {
        String from = ident();
        expect("to");
        return new AlterAction.RenameConstraint(from, ident(), span(st, p));
      }
      accept("column");
      String from = ident();
      expect("to");
      return new AlterAction.RenameColumn(from, ident(), span(st, p));
    }
    if (accept("set", "schema")) {
      return new AlterAction.SetSchema(ident(), span(st, p));
    }
    if (accept("set", "logged")) {
      return new AlterAction.SetLogged(true, span(st, p));
    }
    if (accept("set", "unlogged")) {
      return new AlterAction.SetLogged(false, span(st, p));
    }
    if (accept("set", "tablespace")) {
      String ts = ident();
      accept("nowait");
      return new AlterAction.SetTablespace(ts, span(st, p));
    }
    if (accept("set", "access", "method")) {
      return new AlterAction.SetAccessMethod(ident(), span(st, p));
    }
    if (accept("attach", "partition")) {
      QualifiedName part = qname();
      boolean bound = at("for", "values") || at("default");
      p = lim;
      return new AlterAction.AttachPartition(part, bound, span(st, p));
    }
    if (accept("detach", "partition")) {
      QualifiedName part = qname();
      boolean conc = accept("concurrently");
      boolean fin = accept("finalize");
      return new AlterAction.DetachPartition(part, conc, fin, span(st, p));
    }
    if (at("enable") || at("disable")) {
      boolean enable = t.get(p).is("enable");
      int save = p;
      p++;
      if (!accept("replica")) {
        accept("always");
      }
      if (accept("trigger")) {
        return new AlterAction.EnableDisableTrigger(enable, ident(), span(st, p));
      }
      p = save;
    }
    return otherAction(st);
  }

  private AlterAction otherAction(int st) {
    p = lim;
    return new AlterAction.Other(text(st, p), span(st, p));
  }

  // ---------------------------------------------------------------- transactions, SET, RESET

  private Node transaction() {
    Tok f = t.get(0);
    p = 1;
    Node.TxKind kind;
    switch (f.value()) {
      case "begin" -> {
        if (!accept("work")) {
          accept("transaction");
        }
        kind = Node.TxKind.BEGIN;
        transactionModes();
      }
      case "start" -> {
        expect("transaction");
        kind = Node.TxKind.BEGIN;
        transactionModes();
      }
      case "commit", "end" -> {
        if (f.is("commit") && accept("prepared")) {
          stringArg();
          return new Node.Transaction(Node.TxKind.COMMIT_PREPARED);
        }
        if (!accept("work")) {
          accept("transaction");
        }
        chain();
        kind = Node.TxKind.COMMIT;
      }
      case "rollback", "abort" -> {
        if (f.is("rollback") && accept("prepared")) {
          stringArg();
          return new Node.Transaction(Node.TxKind.ROLLBACK);
        }
        if (!accept("work")) {
          accept("transaction");
        }
        if (f.is("rollback") && accept("to")) {
          accept("savepoint");
          ident();
          return new Node.Transaction(Node.TxKind.ROLLBACK_TO);
        }
        chain();
        kind = Node.TxKind.ROLLBACK;
      }
      case "savepoint" -> {
        ident();
        kind = Node.TxKind.SAVEPOINT;
      }
      case "release" -> {
        accept("savepoint");
        ident();
        kind = Node.TxKind.RELEASE;
      }
      case "prepare" -> {
        expect("transaction");
        stringArg();
        kind = Node.TxKind.PREPARE;
      }
      default -> throw new Fail("transaction");
    }
    return new Node.Transaction(kind);
  }

  private void stringArg() {
    if (tok().kind() != Tok.Kind.STRING && tok().kind() != Tok.Kind.PSQLVAR
        && tok().kind() != Tok.Kind.PLACEHOLDER) {
      throw new Fail("string");
    }
    p++;
  }

  private void chain() {
    if (accept("and")) {
      accept("no");
      expect("chain");
    }
  }

  private void transactionModes() {
    while (!eof()) {
      if (accept("isolation", "level")) {
        if (!(accept("serializable") || accept("repeatable", "read") || accept("read", "committed")
            || accept("read", "uncommitted"))) {
          throw new Fail("isolation level");
        }
      } else if (accept("read", "write") || accept("read", "only") || accept("deferrable")
          || accept("not", "deferrable")) {
        // mode
      } else {
        throw new Fail("transaction mode");
      }
      acceptPunct(",");
    }
  }

  private Node set() {
    p = 1;
    if (at("role") || at("session", "authorization") || at("constraints") || at("transaction")
        || at("session", "characteristics")) {
      return other();
    }
    boolean local = accept("local");
    if (!local) {
      accept("session");
    }
    String name;
    if (accept("time", "zone")) {
      name = "timezone";
    } else if (at("schema") && p + 1 < lim && t.get(p + 1).kind() == Tok.Kind.STRING) {
      p++;
      name = "search_path";
    } else if (at("names") && p + 1 < lim && t.get(p + 1).kind() != Tok.Kind.OP) {
      p++;
      name = "client_encoding";
    } else {
      StringBuilder b = new StringBuilder(ident());
      while (acceptPunct(".")) {
        b.append('.').append(ident());
      }
      name = b.toString();
      if (!accept("to") && !acceptPunct("=")) {
        throw new Fail("SET needs TO or =");
      }
    }
    if (eof()) {
      throw new Fail("SET value");
    }
    String value = text(p, lim);
    p = lim;
    return new Node.SetVariable(name, value, local);
  }

  private Node reset() {
    p = 1;
    String name;
    if (accept("all")) {
      name = "all";
    } else if (accept("time", "zone")) {
      name = "timezone";
    } else if (accept("session", "authorization")) {
      return new Node.Other("RESET SESSION AUTHORIZATION");
    } else if (accept("role")) {
      return new Node.Other("RESET ROLE");
    } else {
      StringBuilder b = new StringBuilder(ident());
      while (acceptPunct(".")) {
        b.append('.').append(ident());
      }
      name = b.toString();
    }
    return new Node.ResetVariable(name);
  }

  // ---------------------------------------------------------------- DML

  private Node dml() {
    p = 0;
    if (atPunct("(")) {
      skipGroup();
      skipRest();
      return new Node.Dml(Node.DmlKind.SELECT, null, false, false);
    }
    if (accept("with")) {
      accept("recursive");
      do {
        ident();
        if (atPunct("(")) {
          skipGroup();
        }
        expect("as");
        if (!accept("materialized")) {
          accept("not", "materialized");
        }
        skipGroup();
        if (accept("search")) {
          skipUntil(k -> k.isPunct(",") || k.kind() == Tok.Kind.WORD
              && Set.of("select", "insert", "update", "delete", "merge", "values", "table", "cycle")
              .contains(k.value()));
        }
        if (accept("cycle")) {
          skipUntil(k -> k.isPunct(",") || k.kind() == Tok.Kind.WORD
              && Set.of("select", "insert", "update", "delete", "merge", "values", "table").contains(k.value()));
        }
      } while (acceptPunct(","));
    }
    Tok f = tok();
    p++;
    Node.DmlKind kind;
    QualifiedName table = null;
    boolean fromQuery = false;
    int bodyStart;
    switch (f.value()) {
      case "insert" -> {
        kind = Node.DmlKind.INSERT;
        expect("into");
        table = qname();
        if (accept("as")) {
          ident();
        }
        if (atPunct("(") && !(p + 1 < lim && (t.get(p + 1).is("select") || t.get(p + 1).is("with")))) {
          nameList();
        }
        if (accept("overriding")) {
          ident();
          expect("value");
        }
        if (accept("default", "values")) {
          fromQuery = false;
        } else if (at("values")) {
          fromQuery = false;
        } else if (at("select") || at("with") || at("table") || atPunct("(")) {
          fromQuery = true;
        } else {
          throw new Fail("INSERT source");
        }
      }
      case "update" -> {
        kind = Node.DmlKind.UPDATE;
        accept("only");
        table = qname();
        acceptPunct("*");
        skipUntil(k -> k.is("set"));
        expect("set");
      }
      case "delete" -> {
        kind = Node.DmlKind.DELETE;
        expect("from");
        accept("only");
        table = qname();
      }
      case "merge" -> {
        kind = Node.DmlKind.MERGE;
        expect("into");
        accept("only");
        table = qname();
        skipUntil(k -> k.is("using"));
        expect("using");
      }
      case "copy" -> {
        kind = Node.DmlKind.COPY;
        if (atPunct("(")) {
          skipGroup();
          fromQuery = true;
        } else {
          table = qname();
          if (atPunct("(")) {
            nameList();
          }
        }
        if (!accept("from") && !accept("to")) {
          throw new Fail("COPY direction");
        }
      }
      case "select", "values", "table" -> {
        kind = Node.DmlKind.SELECT;
        if (f.is("table")) {
          table = qname();
        }
      }
      default -> throw new Fail("not DML");
    }
    bodyStart = p;
    boolean hasWhere = false;
    while (p < lim) {
      Tok k = t.get(p);
      if (k.is("where")) {
        hasWhere = true;
      }
      if (kind == Node.DmlKind.SELECT && table == null && k.is("from") && p + 1 < lim && t.get(p + 1).isName()) {
        int save = p;
        p++;
        accept("only");
        if (p < lim && t.get(p).isName()) {
          table = qname();
        }
        p = Math.max(p, save + 1);
        continue;
      }
      if (k.isPunct("(") || k.isPunct("[")) {
        skipGroup();
      } else {
        p++;
      }
    }
    if (kind == Node.DmlKind.SELECT && bodyStart == lim && !f.is("table") && !f.is("select")) {
      throw new Fail("empty");
    }
    return new Node.Dml(kind, table, hasWhere, fromQuery);
  }

  // ---------------------------------------------------------------- TRUNCATE, maintenance, LOCK, REFRESH, DO

  private Node truncate() {
    p = 1;
    accept("table");
    List<QualifiedName> tables = new ArrayList<>();
    do {
      accept("only");
      tables.add(qname());
      acceptPunct("*");
    } while (acceptPunct(","));
    if (!accept("restart", "identity")) {
      accept("continue", "identity");
    }
    boolean cascade = accept("cascade");
    if (!cascade) {
      accept("restrict");
    }
    return new Node.Truncate(tables, cascade);
  }

  private Node maintenance() {
    Tok f = t.get(0);
    p = 1;
    String command = f.is("analyse") ? "ANALYZE" : f.value().toUpperCase(Locale.ROOT);
    boolean full = false;
    while (p < lim && t.get(p).kind() == Tok.Kind.WORD
        && Set.of("full", "freeze", "verbose", "analyze", "analyse").contains(t.get(p).value())) {
      if (t.get(p).is("full")) {
        full = true;
      }
      p++;
    }
    if (atPunct("(")) {
      int open = p;
      int close = skipGroup();
      for (int i = open + 1; i < close - 1; i++) {
        if (t.get(i).is("full")) {
          Tok nx = t.get(i + 1);
          full = !(nx.is("false") || nx.is("off") || nx.raw().equals("0"));
        }
      }
    }
    QualifiedName table = null;
    if (!eof()) {
      table = qname();
      if (f.is("cluster") && accept("on")) {
        // CLUSTER index ON table (pre-8.3 syntax)
        table = qname();
      } else {
        if (atPunct("(")) {
          nameList();
        }
        if (f.is("cluster") && accept("using")) {
          ident();
        }
        while (!f.is("cluster") && acceptPunct(",")) {
          qname();
          if (atPunct("(")) {
            nameList();
          }
        }
      }
    }
    return new Node.Maintenance(command, full, table);
  }

  private Node lock() {
    p = 1;
    accept("table");
    List<QualifiedName> tables = new ArrayList<>();
    do {
      accept("only");
      tables.add(qname());
      acceptPunct("*");
    } while (acceptPunct(","));
    String mode = "ACCESS EXCLUSIVE";
    if (accept("in")) {
      int st = p;
      while (!eof() && !at("mode")) {
        if (tok().kind() != Tok.Kind.WORD) {
          throw new Fail("lock mode");
        }
        p++;
      }
      mode = text(st, p).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (!Set.of("ACCESS SHARE", "ROW SHARE", "ROW EXCLUSIVE", "SHARE UPDATE EXCLUSIVE", "SHARE",
          "SHARE ROW EXCLUSIVE", "EXCLUSIVE", "ACCESS EXCLUSIVE").contains(mode)) {
        throw new Fail("lock mode");
      }
      expect("mode");
    }
    accept("nowait");
    return new Node.LockTable(tables, mode);
  }

  private Node refresh() {
    p = 1;
    expect("materialized", "view");
    boolean conc = accept("concurrently");
    QualifiedName view = qname();
    if (accept("with")) {
      accept("no");
      expect("data");
    }
    return new Node.RefreshMaterializedView(view, conc);
  }

  private Node doBlock() {
    p = 1;
    if (accept("language")) {
      ident();
    }
    Tok body = tok();
    p++;
    if (accept("language")) {
      ident();
    }
    if (body.kind() == Tok.Kind.DOLLAR) {
      return new Node.DoBlock(body.value(), map.toHost(body.bodyStart(), body.bodyEnd()));
    }
    if (body.kind() == Tok.Kind.STRING) {
      int bs = body.start() + body.raw().indexOf('\'') + 1;
      return new Node.DoBlock(body.value(), map.toHost(bs, Math.max(bs, body.end() - 1)));
    }
    throw new Fail("DO body");
  }
}
