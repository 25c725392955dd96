package dev.godwit.model;

import java.util.List;

/**
 * An expression kept as source text, with the names of the functions it calls (lower case, without
 * schema) and whether it is a plain literal (a constant that needs no evaluation).
 */
public record Expr(String text, Span span, List<String> functions, boolean literal) {
  public Expr {
    functions = List.copyOf(functions);
  }
}
