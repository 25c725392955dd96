package dev.godwit.format;

import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Liquibase YAML changelogs, read with SnakeYAML Engine's node API (all of YAML 1.2: block and flow
 * style, {@code {name: category}} and {@code [a, b]}, quoted and block scalars, anchors), with the offset of
 * every key and scalar character taken from the parser's marks, and turned into the same element tree as
 * {@link MiniXml}: a mapping key whose value is a mapping becomes an element, scalar entries become its
 * attributes, sequence items become its children, and a {@code sql} scalar becomes the text of a {@code sql}
 * element. The only class that sees SnakeYAML in this package.
 */
final class LiquibaseYaml {
  private final String s;
  /** UTF-16 offset of each code point index (SnakeYAML's marks count code points); null when they agree. */
  private final int[] charAt;

  private LiquibaseYaml(String s) {
    this.s = s;
    int[] map = null;
    if (s.codePointCount(0, s.length()) != s.length()) {
      map = new int[s.codePointCount(0, s.length()) + 1];
      int k = 0;
      for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
        map[k++] = i;
      }
      map[k] = s.length();
    }
    this.charAt = map;
  }

  /** The changelog's element tree; null when the text is not YAML or holds no {@code databaseChangeLog}. */
  static MiniXml.Element parse(String text) {
    return parse(text, why -> { });
  }

  /** @param invalid told why, when the text is not valid YAML */
  static MiniXml.Element parse(String text, java.util.function.Consumer<String> invalid) {
    LoadSettings settings = LoadSettings.builder().setLabel("changelog").setAllowDuplicateKeys(true)
        .setMaxAliasesForCollections(50).setCodePointLimit(Math.max(3 * 1024 * 1024, 4 * text.length())).build();
    try {
      LiquibaseYaml y = new LiquibaseYaml(text);
      for (Node doc : new Compose(settings).composeAllFromString(text)) {
        if (doc instanceof MappingNode m && m.getValue().size() == 1
            && m.getValue().get(0).getKeyNode() instanceof ScalarNode k && k.getValue().equals("databaseChangeLog")) {
          return y.element("databaseChangeLog", new Span(0, 0), m);
        }
      }
      return null;
    } catch (YamlEngineException e) {
      String where = "";
      String what = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
      if (e instanceof MarkedYamlEngineException m) {
        what = m.getProblem();
        where = m.getProblemMark().map(k -> " at line " + (k.getLine() + 1) + ", column " + (k.getColumn() + 1))
            .orElse("");
      }
      invalid.accept("not valid YAML" + where + " (" + what + "), so Liquibase cannot read it either");
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      if (Reading.strict()) {
        throw e;
      }
      return null;
    }
  }

  private int offset(Optional<Mark> mark, int dflt) {
    if (mark.isEmpty()) {
      return dflt;
    }
    int cp = mark.get().getIndex();
    int at = charAt == null ? cp : charAt[Math.min(Math.max(cp, 0), charAt.length - 1)];
    return Math.min(Math.max(at, 0), s.length());
  }

  private Span span(Node n) {
    int start = offset(n.getStartMark(), 0);
    int end = offset(n.getEndMark(), start);
    return new Span(start, Math.max(start, end));
  }

  /**
   * Where each character of the scalar's value is written: the value's characters are matched in order
   * against the scalar's text, stepping over what YAML adds around them (quotes, escapes, indentation, line
   * folds, block indicators); a character YAML made up (an escape's result) takes the position of its escape.
   */
  private int[] offsets(ScalarNode n) {
    Span sp = span(n);
    int p = sp.start();
    int end = sp.end();
    if (n.getScalarStyle() == ScalarStyle.LITERAL || n.getScalarStyle() == ScalarStyle.FOLDED) {
      int nl = s.indexOf('\n', p);
      p = nl < 0 || nl >= end ? end : nl + 1; // the content starts on the line after the | or > header
    }
    String v = n.getValue();
    int[] out = new int[v.length()];
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      while (p < end && s.charAt(p) != c && skippable(s.charAt(p))) {
        p++;
      }
      if (p < end && s.charAt(p) == c) {
        out[i] = p++;
      } else {
        out[i] = Math.min(p, Math.max(sp.start(), end - 1));
        if (p < end) {
          p++;
        }
      }
    }
    return out;
  }

  private static boolean skippable(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == '\\';
  }

  private static String value(Node n) {
    return n instanceof ScalarNode sc ? sc.getValue() : "";
  }

  /** A mapping as an element named {@code name}. */
  private MiniXml.Element element(String name, Span tag, MappingNode map) {
    Map<String, MiniXml.Attr> attrs = new LinkedHashMap<>();
    List<MiniXml.Element> children = new ArrayList<>();
    String text = "";
    int[] offsets = new int[0];
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        continue;
      }
      String k = key.getValue();
      Node v = t.getValueNode();
      if (v instanceof ScalarNode sc && k.equals("rollback")) {
        children.add(new MiniXml.Element("rollback", tag(key), Map.of(), List.of(), sc.getValue(), offsets(sc)));
      } else if (v instanceof ScalarNode sc) {
        if ((name.equals("sql") || name.equals("rollback")) && k.equals("sql")) {
          text = sc.getValue();
          offsets = offsets(sc);
        } else {
          attrs.put(k, new MiniXml.Attr(sc.getValue(), span(sc)));
        }
      } else if (v instanceof MappingNode m) {
        children.add(element(k, tag(key), m));
      } else if (v instanceof SequenceNode list) {
        List<MiniXml.Element> items = new ArrayList<>();
        for (Node item : list.getValue()) {
          if (!(item instanceof MappingNode im)) {
            continue;
          }
          for (NodeTuple it : im.getValue()) {
            if (!(it.getKeyNode() instanceof ScalarNode ik)) {
              continue;
            }
            if (it.getValueNode() instanceof MappingNode iv) {
              items.add(element(ik.getValue(), tag(ik), iv));
            } else if (it.getValueNode() instanceof ScalarNode isc && ik.getValue().equals("sql")) {
              items.add(new MiniXml.Element("sql", tag(ik), Map.of(), List.of(), isc.getValue(), offsets(isc)));
            } else if (it.getValueNode() instanceof ScalarNode isc && k.equals("databaseChangeLog")) {
              attrs.put(ik.getValue(), new MiniXml.Attr(value(isc), span(isc))); // a changelog-wide setting
            }
          }
        }
        // XML has changes and columns as direct children; other lists (rollback, preConditions) are wrapped
        if (k.equals("changes") || k.equals("columns") || k.equals("databaseChangeLog")) {
          children.addAll(items);
        } else {
          children.add(new MiniXml.Element(k, tag(key), Map.of(), items, "", new int[0]));
        }
      }
    }
    return new MiniXml.Element(name, tag, attrs, children, text, offsets);
  }

  /**
   * The element "tag" of a key: one character before the key, where XML has its '<', so that findings
   * (which point at the element name, one past the tag start) land on the key.
   */
  private Span tag(ScalarNode key) {
    Span k = span(key);
    return new Span(Math.max(0, k.start() - 1), k.end());
  }
}
