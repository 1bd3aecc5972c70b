package fr.vigie.pipeline;

/** What a stage needs in the document before it runs, and what it adds. */
public enum Requirement {
    /** Cleaned text, source metadata and document date (given by ingestion). */
    TEXT,
    SENTENCES,
    TOKENS,
    /** Part-of-speech tags on tokens. */
    POS,
    /** Entities of the statistical model (PER, ORG, LOC, MISC). */
    NER,
    /** Entities of the domain gazetteers (TOOL, ACTOR, LAW…), taking precedence over NER. */
    DOMAIN_ENTITIES,
    TEMPORAL_EXPRESSIONS,
    CLAIMS
}
