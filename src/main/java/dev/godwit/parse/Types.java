package dev.godwit.parse;

import java.util.Map;

/** PostgreSQL type-name aliases resolved to the canonical names {@code format_type} prints. */
final class Types {
  private Types() {}

  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("int", "integer"),
      Map.entry("int4", "integer"),
      Map.entry("integer", "integer"),
      Map.entry("int8", "bigint"),
      Map.entry("bigint", "bigint"),
      Map.entry("int2", "smallint"),
      Map.entry("smallint", "smallint"),
      Map.entry("serial", "serial"),
      Map.entry("serial4", "serial"),
      Map.entry("bigserial", "bigserial"),
      Map.entry("serial8", "bigserial"),
      Map.entry("smallserial", "smallserial"),
      Map.entry("serial2", "smallserial"),
      Map.entry("varchar", "character varying"),
      Map.entry("character varying", "character varying"),
      Map.entry("char varying", "character varying"),
      Map.entry("national character varying", "character varying"),
      Map.entry("national char varying", "character varying"),
      Map.entry("nchar varying", "character varying"),
      Map.entry("char", "character"),
      Map.entry("character", "character"),
      Map.entry("bpchar", "character"),
      Map.entry("nchar", "character"),
      Map.entry("national character", "character"),
      Map.entry("national char", "character"),
      Map.entry("bool", "boolean"),
      Map.entry("boolean", "boolean"),
      Map.entry("float8", "double precision"),
      Map.entry("double precision", "double precision"),
      Map.entry("float4", "real"),
      Map.entry("real", "real"),
      Map.entry("decimal", "numeric"),
      Map.entry("dec", "numeric"),
      Map.entry("numeric", "numeric"),
      Map.entry("timestamptz", "timestamp with time zone"),
      Map.entry("timestamp with time zone", "timestamp with time zone"),
      Map.entry("timestamp", "timestamp without time zone"),
      Map.entry("timestamp without time zone", "timestamp without time zone"),
      Map.entry("timetz", "time with time zone"),
      Map.entry("time with time zone", "time with time zone"),
      Map.entry("time", "time without time zone"),
      Map.entry("time without time zone", "time without time zone"),
      Map.entry("varbit", "bit varying"),
      Map.entry("bit varying", "bit varying"));

  /**
   * The canonical name for a lower-cased base name ({@code "int4"}, {@code "character varying"}).
   * {@code float} depends on its precision modifier.
   */
  static String canonical(String schema, String base, java.util.List<String> modifiers) {
    if (schema != null && !schema.equals("pg_catalog")) {
      return schema + "." + base;
    }
    if (base.equals("float")) {
      if (modifiers.size() == 1) {
        try {
          return Integer.parseInt(modifiers.get(0).trim()) <= 24 ? "real" : "double precision";
        } catch (NumberFormatException e) {
          return "double precision";
        }
      }
      return "double precision";
    }
    return ALIASES.getOrDefault(base, base);
  }
}
