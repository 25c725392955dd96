package dev.godwit.schema;

/** An answer from the replayed schema: yes, no, or the history cannot tell (rules then stay quiet). */
public enum Knowledge {
  YES, NO, UNKNOWN
}
