package dev.godwit.rule;

import java.util.List;

/** A mechanical rewrite that resolves a finding. Edits refer to the host file and do not overlap. */
public record Fix(String title, Applicability applicability, List<Edit> edits) {
  public Fix {
    edits = List.copyOf(edits);
  }
}
