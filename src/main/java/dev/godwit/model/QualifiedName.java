package dev.godwit.model;

/**
 * A possibly schema-qualified object name. Unquoted identifiers are folded to lower case as
 * PostgreSQL does; quoted ones keep their case. {@code schema} is null when not written.
 */
public record QualifiedName(String schema, String name) {
  public static QualifiedName of(String name) {
    return new QualifiedName(null, name);
  }

  /** The name as a user would write it in a message: {@code schema.name} or {@code name}. */
  @Override
  public String toString() {
    return schema == null ? name : schema + "." + name;
  }

  /** Same object, ignoring an unwritten schema on either side ({@code public} is the default). */
  public boolean sameAs(QualifiedName other) {
    if (other == null || !name.equals(other.name)) {
      return false;
    }
    String a = schema == null ? "public" : schema;
    String b = other.schema == null ? "public" : other.schema;
    return a.equals(b) || schema == null || other.schema == null;
  }
}
