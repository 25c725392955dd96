package dev.godwit.format;

import dev.godwit.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient XML reader that keeps the offset of everything it reads (the JDK's parsers report
 * only where a tag ends). Enough for Liquibase changelogs: elements, attributes, character data,
 * CDATA, comments, the five predefined entities and numeric character references. It never throws:
 * malformed input ends the element where it is.
 */
final class MiniXml {
  /** An attribute value, decoded, with the span of its raw text. */
  record Attr(String value, Span span) {}

  /**
   * An element.
   *
   * @param tag the span of the start tag, {@code <name ...>}
   * @param text the element's own character data (CDATA included), decoded
   * @param textOffsets where each character of {@code text} is written in the file
   */
  record Element(String name, Span tag, Map<String, Attr> attrs, List<Element> children, String text,
      int[] textOffsets) {
    String attr(String n) {
      Attr a = attrs.get(n);
      return a == null ? null : a.value();
    }

    /** Local name without a namespace prefix. */
    String local() {
      int c = name.indexOf(':');
      return c < 0 ? name : name.substring(c + 1);
    }

    List<Element> children(String local) {
      List<Element> out = new ArrayList<>();
      for (Element e : children) {
        if (e.local().equals(local)) {
          out.add(e);
        }
      }
      return out;
    }

    Element child(String local) {
      for (Element e : children) {
        if (e.local().equals(local)) {
          return e;
        }
      }
      return null;
    }
  }

  private final String s;
  private int i;

  private MiniXml(String s) {
    this.s = s;
  }

  /** The root element, or null when there is none. */
  static Element parse(String text) {
    MiniXml x = new MiniXml(text);
    try {
      return x.document();
    } catch (RuntimeException e) {
      if (Reading.strict()) {
        throw e; // the reader is lenient by design: a crash is a bug, and fails the tests
      }
      return null;
    }
  }

  private Element document() {
    while (i < s.length()) {
      int lt = s.indexOf('<', i);
      if (lt < 0) {
        return null;
      }
      i = lt;
      if (s.startsWith("<?", i)) {
        skipPast("?>");
      } else if (s.startsWith("<!--", i)) {
        skipPast("-->");
      } else if (s.startsWith("<!", i)) {
        skipPast(">");
      } else {
        return element();
      }
    }
    return null;
  }

  private void skipPast(String end) {
    int k = s.indexOf(end, i);
    i = k < 0 ? s.length() : k + end.length();
  }

  /** At '<' of a start tag. */
  private Element element() {
    int start = i;
    i++;
    String name = name();
    Map<String, Attr> attrs = new LinkedHashMap<>();
    boolean empty = false;
    while (i < s.length()) {
      skipSpace();
      if (i >= s.length()) {
        break;
      }
      char c = s.charAt(i);
      if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '>') {
        i += 2;
        empty = true;
        break;
      }
      if (c == '>') {
        i++;
        break;
      }
      String an = name();
      if (an.isEmpty()) {
        i++;
        continue;
      }
      skipSpace();
      if (i < s.length() && s.charAt(i) == '=') {
        i++;
        skipSpace();
        if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
          char q = s.charAt(i);
          int vs = i + 1;
          int ve = s.indexOf(q, vs);
          if (ve < 0) {
            ve = s.length();
          }
          StringBuilder v = new StringBuilder();
          decode(vs, ve, v, null);
          attrs.put(an, new Attr(v.toString(), new Span(vs, ve)));
          i = Math.min(s.length(), ve + 1);
        }
      } else {
        attrs.put(an, new Attr("", new Span(i, i)));
      }
    }
    Span tag = new Span(start, i);
    List<Element> children = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    List<Integer> offsets = new ArrayList<>();
    if (!empty) {
      while (i < s.length()) {
        int lt = s.indexOf('<', i);
        int stop = lt < 0 ? s.length() : lt;
        decode(i, stop, text, offsets);
        i = stop;
        if (lt < 0) {
          break;
        }
        if (s.startsWith("</", i)) {
          skipPast(">");
          break;
        } else if (s.startsWith("<!--", i)) {
          skipPast("-->");
        } else if (s.startsWith("<![CDATA[", i)) {
          int cs = i + 9;
          int ce = s.indexOf("]]>", cs);
          if (ce < 0) {
            ce = s.length();
          }
          for (int k = cs; k < ce; k++) {
            text.append(s.charAt(k));
            offsets.add(k);
          }
          i = Math.min(s.length(), ce + 3);
        } else if (s.startsWith("<?", i) || s.startsWith("<!", i)) {
          skipPast(">");
        } else {
          children.add(element());
        }
      }
    }
    int[] off = offsets.stream().mapToInt(Integer::intValue).toArray();
    return new Element(name, tag, attrs, children, text.toString(), off);
  }

  private String name() {
    int st = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '=' || c == '>' || c == '/' || c == '<') {
        break;
      }
      i++;
    }
    return s.substring(st, i);
  }

  private void skipSpace() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private void decode(int from, int to, StringBuilder out, List<Integer> offsets) {
    int k = from;
    while (k < to) {
      char c = s.charAt(k);
      if (c == '&') {
        int semi = s.indexOf(';', k);
        if (semi > k && semi < to && semi - k <= 10) {
          String ent = s.substring(k + 1, semi);
          String rep = switch (ent) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            case "apos" -> "'";
            default -> {
              try {
                if (ent.startsWith("#x")) {
                  yield new String(Character.toChars(Integer.parseInt(ent.substring(2), 16)));
                } else if (ent.startsWith("#")) {
                  yield new String(Character.toChars(Integer.parseInt(ent.substring(1))));
                }
              } catch (IllegalArgumentException e) {
                // not a character reference: keep the text
              }
              yield null;
            }
          };
          if (rep != null) {
            for (int r = 0; r < rep.length(); r++) {
              out.append(rep.charAt(r));
              if (offsets != null) {
                offsets.add(k);
              }
            }
            k = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      if (offsets != null) {
        offsets.add(k);
      }
      k++;
    }
  }
}
