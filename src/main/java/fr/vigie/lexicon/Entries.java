package fr.vigie.lexicon;

import fr.vigie.model.Claim.ActorType;
import fr.vigie.model.Claim.LegalStatus;
import fr.vigie.model.Claim.ToolCategory;

/** The records the lexicon files are read into. */
public final class Entries {

    private Entries() {
    }

    /** What a tool entry names: a product, a technology in general, or a vendor (when only the vendor is named). */
    public enum ToolKind { PRODUCT, TECHNOLOGY, VENDOR }

    /** A line of {@code tools.tsv}. */
    public record ToolEntry(String canonical, ToolCategory category, String vendor, ToolKind kind) {
    }

    /** A line of {@code actors.tsv}, a place acting as an actor, or an actor built from a pattern. */
    public record ActorEntry(String canonical, ActorType type) {
    }

    /** A line of {@code actor-patterns.tsv}: a head ("police municipale") that takes a place ("de Nice"). */
    public record ActorPattern(ActorType type, String template) {

        /** The canonical name for a place, "{de place}" giving "de Nice", "d'Antibes", "du Havre". */
        public String canonicalFor(String place) {
            return template.replace("{de place}", dePlace(place)).replace("{place}", place);
        }

        /** The canonical name for a place and the head as written after it ("Vitré Communauté"). */
        public String canonicalFor(String place, String head) {
            return canonicalFor(place).replace("{head}", head);
        }

        static String dePlace(String place) {
            if (place.startsWith("Le ")) return "du " + place.substring(3);
            if (place.startsWith("Les ")) return "des " + place.substring(4);
            char c = Words.fold(place.substring(0, 1)).isEmpty() ? 'x' : Words.fold(place.substring(0, 1)).charAt(0);
            if ("aeiouyh".indexOf(c) >= 0) return "d'" + place;
            return "de " + place;
        }
    }

    /** What kind of place. */
    public enum PlaceKind { COMMUNE, DEPARTMENT, REGION, COUNTRY, AREA }

    /** A line of {@code places.tsv}; {@code actorType} is what the place is when it acts (a town: LOCAL_AUTHORITY), null if never. */
    public record PlaceEntry(String canonical, PlaceKind kind, ActorType actorType) {
    }

    /** A line of {@code institutions.tsv}: bodies that judge, control, report or complain, never users in a claim. */
    public record InstitutionEntry(String canonical, String role) {
    }

    /** A line of {@code legal-references.tsv}; {@code status}/{@code ground} are implied when the text places a usage under it. */
    public record LawEntry(String canonical, String kind, LegalStatus status, String ground) {
    }
}
