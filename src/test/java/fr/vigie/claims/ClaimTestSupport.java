package fr.vigie.claims;

import fr.vigie.entities.GazetteerStage;
import fr.vigie.model.Claim;
import fr.vigie.model.Document;
import fr.vigie.pipeline.ModelStore;

import java.util.List;

/** Runs the gazetteer and the extractor on a hand-built document. */
final class ClaimTestSupport {

    static final GazetteerStage GAZETTEER = GazetteerStage.load(ModelStore.classpath());
    static final RuleBasedClaimExtractor EXTRACTOR = new RuleBasedClaimExtractor(GAZETTEER.lexicons(),
            ClaimRules.load(ModelStore.classpath()));

    private ClaimTestSupport() {
    }

    static List<Claim> claims(Document d) {
        GAZETTEER.process(d);
        List<Claim> claims = EXTRACTOR.extract(d);
        for (Claim c : claims) {
            check(d, c.actor().text(), c.actor().start(), c.actor().end());
            check(d, c.tool().text(), c.tool().start(), c.tool().end());
            check(d, c.action().text(), c.action().start(), c.action().end());
            check(d, c.evidence().text(), c.evidence().start(), c.evidence().end());
        }
        return claims;
    }

    private static void check(Document d, String text, int start, int end) {
        if (!d.text().substring(start, end).equals(text)) {
            throw new AssertionError("offsets [" + start + "," + end + ") do not give \"" + text + "\"");
        }
    }

    static Claim only(List<Claim> claims) {
        if (claims.size() != 1) throw new AssertionError("expected one claim, got " + describe(claims));
        return claims.get(0);
    }

    static Claim find(List<Claim> claims, String actor, String tool) {
        return claims.stream().filter(c -> c.actor().canonical().equals(actor) && c.tool().canonical().equals(tool))
                .findFirst().orElseThrow(() -> new AssertionError("no claim " + actor + " / " + tool + " in " + describe(claims)));
    }

    static String describe(List<Claim> claims) {
        StringBuilder b = new StringBuilder("[");
        for (Claim c : claims) {
            b.append("\n  ").append(c.actor().canonical()).append(" | ").append(c.action().type()).append(" ")
                    .append(c.action().text()).append(" | ").append(c.tool().canonical()).append(" | ")
                    .append(c.modality()).append(" | ").append(c.legal().status()).append(" ").append(c.legal().grounds())
                    .append(" | time ").append(c.time() == null ? null : c.time().value())
                    .append(" | place ").append(c.place() == null ? null : c.place().canonical())
                    .append(" | s").append(c.evidence().sentence());
        }
        return b.append("]").toString();
    }
}
