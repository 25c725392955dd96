package dev.godwit.rule;

/** Whether a rule's findings carry a fix; the test harness checks that rules keep their word. */
public enum FixAvailability { NONE, SOMETIMES, ALWAYS }
