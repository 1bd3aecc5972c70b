package fr.vigie.claims.rules;

import fr.vigie.claims.ClaimRules.Trigger;

/**
 * A trigger in a sentence. {@code governs}: it takes the usage noun after it ("a suspendu
 * l'utilisation"); {@code governed}: that noun, which speaks only for its own "par" agent.
 */
record TriggerHit(Trigger trigger, int first, int end, int start, int stop, boolean governs, boolean governed) {
}
