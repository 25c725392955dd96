package dev.godwit.rule;

import dev.godwit.model.Span;

/** Replace the text of {@code span} with {@code replacement} (empty: delete; empty span: insert). */
public record Edit(Span span, String replacement) {
  public static Edit insert(int offset, String text) {
    return new Edit(new Span(offset, offset), text);
  }
}
