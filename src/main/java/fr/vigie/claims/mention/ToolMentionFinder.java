package fr.vigie.claims.mention;

import fr.vigie.claims.mention.Mention.Determiner;
import fr.vigie.claims.mention.Mention.Kind;
import fr.vigie.claims.mention.Mention.Origin;
import fr.vigie.claims.mention.OpenVocabulary.ToolHead;
import fr.vigie.claims.mention.OpenVocabulary.ToolHeadKind;
import fr.vigie.entities.GazetteerStage;
import fr.vigie.lexicon.CuePattern.Hit;
import fr.vigie.lexicon.Entries.ToolEntry;
import fr.vigie.lexicon.Entries.ToolKind;
import fr.vigie.lexicon.Lexicons;
import fr.vigie.lexicon.Word;
import fr.vigie.lexicon.Words;
import fr.vigie.model.Claim.ToolCategory;
import fr.vigie.model.Document;
import fr.vigie.model.TemporalExpression;
import fr.vigie.model.Entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where tools are found: every phrase of a document that names a surveillance tool. The tools
 * and vendors of {@code lexicons/tools.tsv} come first, with their canonical names, widened
 * to the words that count or describe them ("trois drones de pointe"); then a noun of
 * {@code claims/tool-heads.tsv} with its name or describing complement ("le logiciel
 * Veritas", "un logiciel baptisé Veritas", "des portiques de reconnaissance de la main"),
 * its category from {@code claims/tool-category-cues.tsv}. A generic noun without either
 * ("le dispositif", "ce logiciel") refers back to the last tool of the story. Thread-safe.
 */
public final class ToolMentionFinder {

    /** Sentences a reference back looks for its antecedent. */
    private static final int LOOK_BACK = 6;
    /** Words of a describing complement after the head. */
    private static final int COMPLEMENT = 6;

    private final Lexicons lexicons;
    private final OpenVocabulary vocabulary;

    public ToolMentionFinder(Lexicons lexicons, OpenVocabulary vocabulary) {
        this.lexicons = lexicons;
        this.vocabulary = vocabulary;
    }

    public List<Mention> find(Document doc, SentenceWords words) {
        Map<Integer, List<Entity>> entities = new HashMap<>();
        for (Entity e : doc.entities()) {
            if (e.type().equals(GazetteerStage.TOOL) || e.type().equals(GazetteerStage.VENDOR)) {
                entities.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Mention> all = new ArrayList<>();
        for (int s = 0; s < words.size(); s++) {
            List<Word> ws = words.get(s);
            List<Mention> here = new ArrayList<>();
            for (Entity e : entities.getOrDefault(s, List.of())) {
                ToolEntry t = e.canonical() == null ? null : lexicons.tool(e.canonical());
                if (t == null) continue;
                int first = wordAt(ws, e.start());
                int end = wordEndAt(ws, e.end());
                if (first < 0 || end <= first) continue;
                int from = first, to = end;
                if (t.kind() == ToolKind.TECHNOLOGY) {
                    from = Phrases.quantityStart(ws, first, vocabulary.countWords());
                    to = complementEnd(ws, end, here, doc.temporalExpressions());
                }
                String vendor = t.vendor();
                here.add(new Mention(Kind.TOOL, Origin.LEXICON, Phrases.cut(doc.text(), ws, from, to), t.canonical(),
                        ws.get(from).start(), ws.get(to - 1).end(), s, from, to, null, t.category(), vendor,
                        ws.get(first).norm(), Phrases.determinerBefore(ws, from, vocabulary.countWords()), Phrases.pluralWord(ws.get(end - 1)), -1));
            }
            for (Hit<ToolHead> h : vocabulary.toolHeads().findLongest(ws, 0, ws.size())) {
                if (!Phrases.free(here, h.start(), h.end())) continue;
                Mention m = fromHead(doc, ws, s, h, here, all);
                if (m != null) here.add(m);
            }
            here.sort(Comparator.comparingInt(Mention::start));
            withTechnique(doc, ws, here);
            all.addAll(here);
        }
        return all;
    }

    private Mention fromHead(Document doc, List<Word> ws, int s, Hit<ToolHead> h, List<Mention> here, List<Mention> before) {
        String text = doc.text();
        int size = ws.size();
        int first = h.firstWord();
        int after = h.endWord();
        Determiner det = Phrases.determinerBefore(ws, first, vocabulary.countWords());
        String head = Words.fold(Phrases.cut(text, ws, first, after));
        boolean plural = Phrases.pluralWord(ws.get(after - 1));
        // a name: "le logiciel Veritas", "l'application « Signalis »", "un outil baptisé Argos"
        int nameFrom = after;
        if (nameFrom < size && vocabulary.namingVerbs().contains(ws.get(nameFrom).norm())) nameFrom++;
        boolean quoted = nameFrom < size && Phrases.isQuoteOpen(ws.get(nameFrom));
        if (quoted) nameFrom++;
        int nameEnd = quoted ? quotedEnd(ws, nameFrom) : Phrases.nameEnd(ws, nameFrom, size);
        // a quotation is a name when it reads as one ("« Sentry »", "« Parloir+ »"), not as words quoted
        // from someone ("ses caméras « chacune à sa manière »")
        if (quoted && nameEnd > nameFrom && !quotedName(ws, nameFrom, nameEnd)) nameEnd = nameFrom;
        if (nameEnd > nameFrom && (quoted || nameFrom > after || nameEnd - nameFrom <= 3)) {
            String name = Phrases.cut(text, ws, nameFrom, nameEnd);
            int end = quoted && nameEnd < size ? nameEnd + 1 : nameEnd;
            ToolCategory cat = category(ws, first, end, h.value().category());
            return new Mention(Kind.TOOL, Origin.HEAD, Phrases.cut(text, ws, first, end), name, ws.get(first).start(),
                    ws.get(end - 1).end(), s, first, end, null, cat, null, head, det, plural, -1);
        }
        // its maker: "le logiciel de Lumina", "les caméras d'Axonis" (not a place: "les caméras de Nice")
        if (after + 1 < size && (ws.get(after).norm().equals("de") || ws.get(after).norm().equals("d")
                || ws.get(after).norm().equals("'"))) {
            int v = after + 1;
            if (ws.get(after).norm().equals("d") && v < size && ws.get(v).norm().equals("'")) v++;
            int vEnd = Phrases.nameEnd(ws, v, size);
            if (vEnd > v && vEnd - v <= 3 && Phrases.free(here, ws.get(v).start(), ws.get(vEnd - 1).end())
                    && lexicons.places().longestAt(ws, v, size) == null) {
                String maker = Phrases.cut(text, ws, v, vEnd);
                ToolCategory cat = category(ws, first, vEnd, h.value().category());
                int from = Phrases.quantityStart(ws, first, vocabulary.countWords());
                String phrase = Phrases.cut(text, ws, from, vEnd);
                return new Mention(Kind.TOOL, Origin.HEAD, phrase, Phrases.capitalised(Phrases.cut(text, ws, first, vEnd)),
                        ws.get(from).start(), ws.get(vEnd - 1).end(), s, from, vEnd, null, cat, maker, head, det, plural, -1);
            }
        }
        int from = Phrases.quantityStart(ws, first, vocabulary.countWords());
        int complement = complementEnd(ws, after, here, doc.temporalExpressions());
        int to = describingClauseEnd(ws, complement, here);
        boolean described = to > after;
        // some generic heads are a tool only by what they do ("un module qui repère les attroupements")
        // or by a complement that names a technique ("une borne de reconnaissance faciale"), not by any
        // complement: "des bornes de recharge", "un module de formation" are no surveillance
        boolean generic = h.value().kind() != ToolHeadKind.SPECIFIC;
        if (h.value().kind() == ToolHeadKind.DESCRIBED && to == complement && complement > after
                && vocabulary.categoryCues().findAll(ws, after, complement).isEmpty()) {
            described = false;
        }
        if (generic && (!described || det == Determiner.DEMONSTRATIVE)) {
            Mention a = antecedent(before, here, s);
            if (a == null || (det != Determiner.DEFINITE && det != Determiner.DEMONSTRATIVE && det != Determiner.POSSESSIVE)) {
                return null;
            }
            return new Mention(Kind.TOOL, Origin.ANAPHOR, Phrases.cut(text, ws, first, to), a.canonical(),
                    ws.get(first).start(), ws.get(to - 1).end(), s, first, to, null, a.category(), a.vendor(), head, det,
                    plural, a.sentence());
        }
        if (h.value().kind() == ToolHeadKind.SPECIFIC && det == Determiner.DEMONSTRATIVE && !described) {
            Mention a = antecedent(before, here, s);
            if (a != null && a.head() != null && sameHead(a.head(), head)) {
                return new Mention(Kind.TOOL, Origin.ANAPHOR, Phrases.cut(text, ws, first, to), a.canonical(),
                        ws.get(first).start(), ws.get(to - 1).end(), s, first, to, null, a.category(), a.vendor(), head,
                        det, plural, a.sentence());
            }
        }
        String phrase = Phrases.cut(text, ws, from, to);
        String canonical = Phrases.capitalised(Phrases.cut(text, ws, first, to));
        ToolCategory cat = category(ws, first, to, h.value().category());
        // cameras that detect, recognise or count are analytics, whatever they detect
        if (to > complement && cat == ToolCategory.OTHER && vocabulary.cameraStems().stream().anyMatch(head::startsWith)) {
            cat = ToolCategory.VIDEO_ANALYTICS;
        }
        return new Mention(Kind.TOOL, Origin.HEAD, phrase, canonical, ws.get(from).start(), ws.get(to - 1).end(), s, from,
                to, null, cat, null, head, det, plural, -1);
    }

    /**
     * Plain cameras joined to the technique they run are one tool of that technique: "des caméras
     * de vidéoprotection utilisant l'intelligence artificielle (IA)" is one tool, not cameras
     * beside an intelligence. The technique's acronym in brackets right after goes with it.
     */
    private void withTechnique(Document doc, List<Word> ws, List<Mention> here) {
        for (int k = 0; k + 1 < here.size(); k++) {
            Mention cams = here.get(k);
            if (cams.origin() != Origin.HEAD || cams.category() != ToolCategory.OTHER || cams.head() == null
                    || vocabulary.cameraStems().stream().noneMatch(cams.head()::startsWith)) continue;
            int j = cams.endWord();
            // the participle may already close the cameras' phrase, read as an adjective ("caméras dotées")
            if (!vocabulary.equippingWords().contains(ws.get(j - 1).norm())) {
                if (j >= ws.size() || !vocabulary.equippingWords().contains(ws.get(j).norm())) continue;
                j++;
            }
            while (j < ws.size() && (Phrases.OF.contains(ws.get(j).norm()) || Phrases.DEFINITE.contains(ws.get(j).norm())
                    || ws.get(j).norm().equals("'") || ws.get(j).lower().equals("\u00e0") || ws.get(j).norm().equals("au")
                    || ws.get(j).norm().equals("aux") || ws.get(j).norm().equals("un") || ws.get(j).norm().equals("une"))) j++;
            Mention tech = here.get(k + 1);
            if ((tech.origin() != Origin.LEXICON && tech.origin() != Origin.HEAD) || tech.category() == ToolCategory.OTHER
                    || tech.firstWord() != j) continue;
            int end = tech.endWord();
            int remove = 1;
            if (k + 2 < here.size() && end + 2 < ws.size() && ws.get(end).norm().equals("(")
                    && here.get(k + 2).firstWord() == end + 1 && here.get(k + 2).endWord() == end + 2
                    && ws.get(end + 2).norm().equals(")") && here.get(k + 2).category() == tech.category()) {
                end = end + 3;
                remove = 2;
            }
            Mention joined = new Mention(Kind.TOOL, Origin.HEAD, Phrases.cut(doc.text(), ws, cams.firstWord(), end),
                    tech.canonical(), cams.start(), ws.get(end - 1).end(), cams.sentence(), cams.firstWord(), end, null,
                    tech.category(), tech.vendor(), cams.head(), cams.determiner(), cams.plural(), -1);
            here.set(k, joined);
            for (int r = 0; r < remove; r++) here.remove(k + 1);
        }
    }

    private static boolean sameHead(String a, String b) {
        String x = a.endsWith("s") ? a.substring(0, a.length() - 1) : a;
        String y = b.endsWith("s") ? b.substring(0, b.length() - 1) : b;
        return x.equals(y);
    }

    private ToolCategory category(List<Word> ws, int from, int to, ToolCategory fallback) {
        for (Hit<ToolCategory> c : vocabulary.categoryCues().findLongest(ws, from, to)) {
            return c.value();
        }
        return fallback;
    }

    /** The last tool named (not referred to) in this sentence or the few before. */
    private static Mention antecedent(List<Mention> before, List<Mention> here, int s) {
        for (int k = here.size() - 1; k >= 0; k--) {
            if (!here.get(k).refersBack()) return here.get(k);
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            Mention m = before.get(k);
            if (s - m.sentence() > LOOK_BACK) break;
            if (!m.refersBack()) return m;
        }
        return null;
    }

    /**
     * The end of the describing complement after a head: adjectives ("supplémentaires",
     * "biométriques", "augmentées") and "de …"/"à …" phrases of nouns and adjectives ("de
     * reconnaissance de la main", "à lecture de plaques"), up to the first word that is
     * neither (a verb, a relative, a circumstance): "les caméras installées en 2019" is
     * "caméras installées", "le logiciel détecte" is "logiciel". A temporal expression is no
     * complement: "500 machines d'ici 2024" is "machines".
     */
    private int complementEnd(List<Word> ws, int after, List<Mention> here, List<TemporalExpression> times) {
        boolean plural = after > 0 && Phrases.pluralWord(ws.get(after - 1));
        int size = ws.size();
        int limit = Math.min(size, after + COMPLEMENT);
        int end = after;
        int j = after;
        boolean afterPreposition = false;
        boolean afterA = false;
        while (j < limit) {
            Word w = ws.get(j);
            String n = w.norm();
            if (!Phrases.free(here, w.start(), w.end()) || inTime(times, w)) break;
            if (Phrases.OF.contains(n) || w.lower().equals("\u00e0")) {
                afterPreposition = true;
                afterA = w.lower().equals("\u00e0");
                j++;
                continue;
            }
            // "à" with a count or an article says where or how far ("étendu à trois quartiers",
            // "installées à la gare"): "caméras à reconnaissance faciale" has neither
            if (afterA && (vocabulary.countWords().contains(n) || Phrases.isNumber(w) || Phrases.isDeterminer(w))) break;
            if (afterPreposition && (Phrases.DEFINITE.contains(n) || n.equals("'"))) {
                j++;
                continue;
            }
            if (n.equals("-") && j > after && Phrases.adjacent(ws.get(j - 1), w)) {
                j++;
                continue;
            }
            if (w.isPunctuation() || Phrases.STOP.contains(n) || w.capitalized() || Phrases.isNumber(w)) break;
            // after a plural head an adjective agrees ("caméras thermiques"): "caméras détectent" is a verb
            boolean agrees = !plural || n.endsWith("s") || n.endsWith("x");
            boolean describes = afterPreposition ? !looksFinite(n) : (looksAdjective(n) && agrees) || isCategoryCue(ws, j);
            if (!describes) break;
            afterPreposition = false;
            j++;
            end = j;
        }
        return end;
    }


    private static boolean inTime(List<TemporalExpression> times, Word w) {
        for (TemporalExpression t : times) {
            if (t.start() < w.end() && w.start() < t.end()) return true;
        }
        return false;
    }

    /** Words that close a describing clause: a circumstance, another clause. */
    private static final java.util.Set<String> CLAUSE_STOP = java.util.Set.of("qui", "que", "qu", "dont", "pour", "afin",
            "dans", "sur", "sous", "avec", "sans", "chez", "depuis", "pendant", "lors", "selon", "mais", "et", "ou", "ont",
            "sont", "est", "a", "avait", "avaient", "sera", "seront", "grace", "comme", "si", "quand", "lorsque");

    /**
     * The end of a clause that says what the tool does, when one follows its phrase: "des caméras
     * qui repèrent les chutes des patients", "douze capteurs capables de reconnaître les cris",
     * "des appareils reconnaissant le contour de la main" (a relative, a present participle, or a
     * word of {@code describing-leads} and "de", with a verb of
     * {@code describing-verb-stems}), up to the next
     * punctuation, circumstance or clause, and six words at most.
     */
    private int describingClauseEnd(List<Word> ws, int to, List<Mention> here) {
        int size = ws.size();
        int j = to;
        if (j < size && ws.get(j).norm().equals("qui")) {
            j++;
        } else if (j < size && describing(ws.get(j).norm()) && (ws.get(j).norm().endsWith("ant") || ws.get(j).norm().endsWith("ants"))) {
            // a present participle says it as a relative would: "des appareils reconnaissant le contour de la main"
            return objectEnd(ws, j + 1, to, here);
        } else if (j >= 3 && describing(ws.get(j - 1).norm()) && Phrases.OF.contains(ws.get(j - 2).norm())
                && vocabulary.describingLeads().contains(ws.get(j - 3).norm())) {
            // the complement already holds "capables de reconnaître": its object follows
            return objectEnd(ws, j, to, here);
        } else if (j + 1 < size && vocabulary.describingLeads().contains(ws.get(j).norm()) && (ws.get(j + 1).norm().equals("de")
                || ws.get(j + 1).norm().equals("d"))) {
            j += 2;
            if (j < size && ws.get(j).norm().equals("'")) j++;
        } else {
            return to;
        }
        if (j >= size || !describing(ws.get(j).norm())) return to;
        return objectEnd(ws, j + 1, to, here);
    }

    private int objectEnd(List<Word> ws, int from, int to, List<Mention> here) {
        int end = from;
        int limit = Math.min(ws.size(), from + 6);
        for (int k = from; k < limit; k++) {
            Word w = ws.get(k);
            if (w.isPunctuation() && !w.norm().equals("'") && !w.norm().equals("-")) break;
            if (CLAUSE_STOP.contains(w.norm()) || !Phrases.free(here, w.start(), w.end())) break;
            end = k + 1;
        }
        // an object ends on a noun or an adjective, not on an article or a preposition
        while (end > from && (Phrases.isDeterminer(ws.get(end - 1)) || Phrases.OF.contains(ws.get(end - 1).norm())
                || ws.get(end - 1).lower().equals("\u00e0"))) end--;
        return end > from ? end : to;
    }

    private boolean describing(String n) {
        for (String stem : vocabulary.describingVerbStems()) if (n.startsWith(stem)) return true;
        return false;
    }

    /** A word that can only be a verb form here: conjugated endings no noun or adjective of a tool phrase takes. */
    private static boolean looksFinite(String n) {
        return n.endsWith("ait") || n.endsWith("aient") || n.endsWith("ront") || n.endsWith("rait") || n.endsWith("ons")
                || n.endsWith("ez") || n.endsWith("era") || n.endsWith("ira");
    }

    /** Adjective and participle endings of French ("biométriques", "augmentées", "mobiles", "thermique"). */
    private static boolean looksAdjective(String n) {
        // adverbs ("immédiatement") and present participles ("exploitant") say what is done, not what it is
        if (n.length() < 4 || looksFinite(n) || n.endsWith("ment") || n.endsWith("ant") || n.endsWith("ants")) return false;
        for (String end : ADJECTIVE_ENDINGS) {
            if (n.endsWith(end)) return true;
        }
        return false;
    }

    private static final List<String> ADJECTIVE_ENDINGS = List.of("ique", "iques", "if", "ifs", "ive", "ives", "al",
            "ale", "ales", "aux", "el", "elle", "els", "elles", "aire", "aires", "ee", "ees", "ible", "ibles",
            "able", "ables", "ile", "iles", "eur", "eurs", "euse", "euses", "ien", "iens", "ienne", "iennes",
            "ent", "ents", "ente", "entes", "ois", "oise", "oises", "ain", "aine", "aines", "ains");

    private boolean isCategoryCue(List<Word> ws, int j) {
        for (Hit<ToolCategory> c : vocabulary.categoryCues().findAll(ws, j, Math.min(ws.size(), j + 3))) {
            if (c.firstWord() == j) return true;
        }
        return false;
    }

    /** Whether quoted words read as a name: a capital or a digit first, or no grammar word among them. */
    private static boolean quotedName(List<Word> ws, int from, int end) {
        String first = ws.get(from).norm();
        if (ws.get(from).capitalized() || (!first.isEmpty() && Character.isDigit(first.charAt(0)))) return true;
        for (int j = from; j < end; j++) {
            Word w = ws.get(j);
            if (Phrases.isDeterminer(w) || Phrases.STOP.contains(w.norm()) || w.lower().equals("\u00e0")) return false;
        }
        return true;
    }

    private static int quotedEnd(List<Word> ws, int from) {
        for (int j = from; j < ws.size() && j < from + 6; j++) {
            if (Phrases.isQuoteClose(ws.get(j))) return j;
        }
        return from;
    }


    private static int wordAt(List<Word> ws, int offset) {
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).end() > offset) return i;
        }
        return -1;
    }

    private static int wordEndAt(List<Word> ws, int offset) {
        int end = -1;
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).start() < offset) end = i + 1;
        }
        return end;
    }
}
