package dev.godwit.schema;

import dev.godwit.model.QualifiedName;
import java.util.List;

/** An enum type and its labels, in order, as the replayed history knows them. */
public record EnumType(QualifiedName name, List<String> values, int createdIn) {
  public EnumType {
    values = List.copyOf(values);
  }
}
