package fr.vigie.claims.rules;

/** What a named thing of a sentence is. */
enum MentionKind { TOOL, ACTOR, PLACE, LAW, INSTITUTION, PERSON }
