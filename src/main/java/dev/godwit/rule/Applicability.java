package dev.godwit.rule;

/** How safe a fix is to apply without review. */
public enum Applicability {
  /** Keeps the statement's meaning; {@code --fix} applies it. */
  SAFE,
  /** Valid SQL, but behaviour may change (locking, transactions, comments lost); opt-in. */
  UNSAFE,
  /** Shown as a suggestion only; never applied. */
  DISPLAY_ONLY
}
