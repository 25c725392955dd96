package dev.godwit.format;

import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The block-style YAML subset Liquibase changelogs use (mappings, sequences, plain, quoted and
 * {@code |}/{@code >} block scalars), read with the offset of every key and scalar character, and turned
 * into the same element tree as {@link MiniXml}: a mapping key whose value is a mapping becomes an
 * element, scalar entries become its attributes, sequence items become its children, and a
 * {@code sql} scalar becomes the text of a {@code sql} element. Flow style ({@code {...}}, {@code [...]})
 * is not read. Never throws; returns null when there is nothing to read.
 */
final class MiniYaml {
  private record Line(int indent, int start, int end) {}

  /** A scalar with the host offset of each character. */
  private record Scalar(String value, int[] offsets, Span span) {}

  private final String s;
  private final List<Line> lines = new ArrayList<>();
  private int li;

  private MiniYaml(String s) {
    this.s = s;
    int i = 0;
    while (i <= s.length()) {
      int e = s.indexOf('\n', i);
      if (e < 0) {
        e = s.length();
      }
      int k = i;
      while (k < e && s.charAt(k) == ' ') {
        k++;
      }
      int end = e > i && s.charAt(e - 1) == '\r' ? e - 1 : e;
      lines.add(new Line(k - i, k, end));
      i = e + 1;
    }
  }

  static MiniXml.Element parse(String text) {
    try {
      MiniYaml y = new MiniYaml(text);
      Object root = y.node(0);
      return root instanceof Map<?, ?> m && m.size() == 1 ? y.element("databaseChangeLog", new Span(0, 0), m) : null;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private boolean blank(Line l) {
    return l.start >= l.end || s.charAt(l.start) == '#' || s.startsWith("---", l.start);
  }

  /** Reads the node whose lines are indented at least {@code min}. */
  private Object node(int min) {
    while (li < lines.size() && blank(lines.get(li))) {
      li++;
    }
    if (li >= lines.size() || lines.get(li).indent < min) {
      return null;
    }
    Line first = lines.get(li);
    if (s.startsWith("- ", first.start) || (first.end - first.start == 1 && s.charAt(first.start) == '-')) {
      List<Object> seq = new ArrayList<>();
      int indent = first.indent;
      while (li < lines.size()) {
        while (li < lines.size() && blank(lines.get(li))) {
          li++;
        }
        if (li >= lines.size()) {
          break;
        }
        Line l = lines.get(li);
        if (l.indent != indent || !s.startsWith("-", l.start)) {
          break;
        }
        // the item's content starts after "- ": re-read the line as if indented there
        int contentStart = l.start + 1;
        while (contentStart < l.end && s.charAt(contentStart) == ' ') {
          contentStart++;
        }
        if (contentStart >= l.end) {
          li++;
          seq.add(node(indent + 1));
        } else {
          lines.set(li, new Line(l.indent + (contentStart - l.start), contentStart, l.end));
          seq.add(node(indent + 1));
        }
      }
      return seq;
    }
    Map<Scalar, Object> map = new LinkedHashMap<>();
    int indent = first.indent;
    while (li < lines.size()) {
      while (li < lines.size() && blank(lines.get(li))) {
        li++;
      }
      if (li >= lines.size()) {
        break;
      }
      Line l = lines.get(li);
      if (l.indent != indent) {
        break;
      }
      int colon = keyEnd(l);
      if (colon < 0) {
        li++;
        continue;
      }
      Scalar key = scalar(l.start, colon);
      int v = colon + 1;
      while (v < l.end && s.charAt(v) == ' ') {
        v++;
      }
      li++;
      if (v >= l.end || s.charAt(v) == '#') {
        map.put(key, node(indent + 1));
      } else if (s.charAt(v) == '|' || s.charAt(v) == '>') {
        map.put(key, block(indent));
      } else {
        int e = l.end;
        if (s.charAt(v) != '"' && s.charAt(v) != '\'') {
          int hash = s.indexOf(" #", v);
          if (hash >= 0 && hash < e) {
            e = hash;
          }
        }
        map.put(key, scalar(v, e));
      }
    }
    return map;
  }

  private int keyEnd(Line l) {
    char q = 0;
    for (int k = l.start; k < l.end; k++) {
      char c = s.charAt(k);
      if (q != 0) {
        if (c == q) {
          q = 0;
        }
      } else if (c == '"' || c == '\'') {
        q = c;
      } else if (c == ':' && (k + 1 == l.end || s.charAt(k + 1) == ' ')) {
        return k;
      }
    }
    return -1;
  }

  private Scalar block(int parentIndent) {
    StringBuilder v = new StringBuilder();
    List<Integer> off = new ArrayList<>();
    int indent = -1;
    int start = li < lines.size() ? lines.get(li).start : s.length();
    while (li < lines.size()) {
      Line l = lines.get(li);
      boolean empty = l.start >= l.end;
      if (!empty && l.indent <= parentIndent) {
        break;
      }
      if (!empty && indent < 0) {
        indent = l.indent;
      }
      int from = empty ? l.end : l.start - l.indent + Math.max(indent, 0);
      for (int k = Math.min(from, l.end); k < l.end; k++) {
        v.append(s.charAt(k));
        off.add(k);
      }
      v.append('\n');
      off.add(l.end);
      li++;
    }
    return new Scalar(v.toString(), off.stream().mapToInt(Integer::intValue).toArray(), new Span(start, start));
  }

  private Scalar scalar(int from, int to) {
    while (to > from && s.charAt(to - 1) == ' ') {
      to--;
    }
    StringBuilder v = new StringBuilder();
    List<Integer> off = new ArrayList<>();
    if (to > from && (s.charAt(from) == '"' || s.charAt(from) == '\'')) {
      char q = s.charAt(from);
      for (int k = from + 1; k < to; k++) {
        char c = s.charAt(k);
        if (c == q) {
          if (q == '\'' && k + 1 < to && s.charAt(k + 1) == '\'') {
            v.append('\'');
            off.add(k);
            k++;
            continue;
          }
          break;
        }
        if (q == '"' && c == '\\' && k + 1 < to) {
          char n = s.charAt(k + 1);
          v.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
          off.add(k);
          k++;
          continue;
        }
        v.append(c);
        off.add(k);
      }
    } else {
      for (int k = from; k < to; k++) {
        v.append(s.charAt(k));
        off.add(k);
      }
    }
    return new Scalar(v.toString(), off.stream().mapToInt(Integer::intValue).toArray(), new Span(from, Math.max(from, to)));
  }

  /** A mapping as an element named {@code name}. */
  private MiniXml.Element element(String name, Span tag, Map<?, ?> map) {
    Map<String, MiniXml.Attr> attrs = new LinkedHashMap<>();
    List<MiniXml.Element> children = new ArrayList<>();
    String text = "";
    int[] offsets = new int[0];
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Scalar k = (Scalar) e.getKey();
      Object v = e.getValue();
      if (v instanceof Scalar sc && k.value().equals("rollback")) {
        children.add(new MiniXml.Element("rollback", tag(k), Map.of(), List.of(), sc.value(), sc.offsets()));
      } else if (v instanceof Scalar sc) {
        if ((name.equals("sql") && k.value().equals("sql")) || (name.equals("rollback") && k.value().equals("sql"))) {
          text = sc.value();
          offsets = sc.offsets();
        } else {
          attrs.put(k.value(), new MiniXml.Attr(sc.value(), sc.span()));
        }
      } else if (v instanceof Map<?, ?> m) {
        children.add(element(k.value(), tag(k), m));
      } else if (v instanceof List<?> list) {
        List<MiniXml.Element> items = new ArrayList<>();
        for (Object item : list) {
          if (item instanceof Map<?, ?> im) {
            for (Map.Entry<?, ?> ie : im.entrySet()) {
              Scalar ik = (Scalar) ie.getKey();
              if (ie.getValue() instanceof Map<?, ?> iv) {
                items.add(element(ik.value(), tag(ik), iv));
              } else if (ie.getValue() instanceof Scalar isc && ik.value().equals("sql")) {
                items.add(new MiniXml.Element("sql", tag(ik), Map.of(), List.of(), isc.value(), isc.offsets()));
              }
            }
          }
        }
        // XML has changes and columns as direct children; other lists (rollback, preConditions) are wrapped
        if (k.value().equals("changes") || k.value().equals("columns") || k.value().equals("databaseChangeLog")) {
          children.addAll(items);
        } else {
          children.add(new MiniXml.Element(k.value(), tag(k), Map.of(), items, "", new int[0]));
        }
      }
    }
    if (name.equals("rollback") && map.isEmpty()) {
      return new MiniXml.Element(name, tag, attrs, children, text, offsets);
    }
    return new MiniXml.Element(name, tag, attrs, children, text, offsets);
  }

  /**
   * The element "tag" of a key: one character before the key, where XML has its '<', so that findings
   * (which point at the element name, one past the tag start) land on the key.
   */
  private static Span tag(Scalar key) {
    return new Span(Math.max(0, key.span().start() - 1), key.span().end());
  }
}
