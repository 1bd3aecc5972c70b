package fr.vigie.claims;

import fr.vigie.model.Claim;
import fr.vigie.model.Document;

import java.util.List;

/**
 * Reads a document that has sentences, tokens with POS, entities (statistical and domain)
 * and temporal expressions, and returns its claims (SPEC §3), with ids c1, c2… in text
 * order. Thread-safe.
 */
public interface ClaimExtractor {

    List<Claim> extract(Document document);
}
