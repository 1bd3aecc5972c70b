package fr.vigie.time;

/** The tense the sentence gives a partial date: it decides between past and next occurrences. */
public enum Tense { PAST, FUTURE, NONE }
