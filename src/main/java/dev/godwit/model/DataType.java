package dev.godwit.model;

import java.util.List;

/**
 * A column type as written. {@code name} is the canonical base name (lower case, with PostgreSQL's
 * aliases resolved: {@code int4}/{@code int} → {@code integer}, {@code varchar} → {@code character
 * varying}, {@code timestamptz} → {@code timestamp with time zone}, ...); {@code modifiers} are the
 * type modifiers in parentheses ({@code varchar(50)} → ["50"]); {@code text} is the source text.
 */
public record DataType(String name, List<String> modifiers, boolean array, String text) {
  public DataType {
    modifiers = List.copyOf(modifiers);
  }

  public boolean isSerial() {
    return name.equals("serial") || name.equals("bigserial") || name.equals("smallserial");
  }

  @Override
  public String toString() {
    return text;
  }
}
