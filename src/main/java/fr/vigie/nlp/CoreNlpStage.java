package fr.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.io.IOUtils;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.MWTAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.model.Span;
import fr.vigie.model.Token;
import fr.vigie.model.Warning;
import fr.vigie.model.WarningCode;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * Sentences, tokens, part-of-speech tags and statistical entities from Stanford CoreNLP's
 * French models (tokenize, ssplit, mwt, pos, ner; settings in
 * {@code models/nlp/corenlp-fr.properties}). The statistical sentence splits are then
 * repaired by {@link SentenceRepair}, and entity spans by {@link EntitySpans}.
 *
 * <p>With a {@link SentenceGate} the whole text is tokenised and split, and the costly
 * annotators (mwt, pos, ner: nine tenths of the time) run only on the sentences the gate
 * names, each on exactly the statistical sentences the full pipeline gives them, so a
 * tagged sentence gets the tags and entities the full pipeline gives it. The other
 * sentences keep their tokens, not split into multi-word tokens, with no tag and the
 * entity label "O". The mwt stage's own tagger, which only decides how to split the words
 * of its statistical mapping ("des": "de les" or an article), runs only on the sentences
 * that have such a word. Without a gate every sentence goes through the full pipeline.
 *
 * <p>A statistical sentence of more than {@link LongSentences#MAX_TOKENS} tokens (a table,
 * a list, a page without punctuation) is cut into pieces of at most that many before any
 * costly annotator, with a {@link WarningCode#LONG_SENTENCE_CUT} warning, and the repair
 * never joins sentences past that size: the cost of a document is then linear in its size
 * whatever its shape.
 *
 * <p>Offsets are CoreNLP's character offsets into the document text, never re-derived
 * from token words (the mwt stage splits "du" into "de" + "le" with the same offsets, and
 * the tokenizer turns « » into ").
 *
 * <p>Thread-safe: the CoreNLP annotators are shared, read-only after loading.
 */
public final class CoreNlpStage implements Stage {

    private final StanfordCoreNLP pipeline;
    private final SentenceRepair repair;
    private final EntitySpans entitySpans;
    private final SentenceGate gate;
    private final Annotator tokenize;
    private final Annotator ssplit;
    private final Annotator mwt;
    private final Annotator mwtWithoutTagger;
    private final Set<String> taggedMwtWords;
    private final Annotator pos;
    private final Annotator ner;

    private CoreNlpStage(Properties props, SentenceRepair repair, EntitySpans entitySpans, SentenceGate gate) {
        this.pipeline = new StanfordCoreNLP(props);
        this.repair = repair;
        this.entitySpans = entitySpans;
        this.gate = gate;
        // the very annotators of the full pipeline, so that a gated sentence is annotated alike
        this.tokenize = pipeline.pool.get(Annotator.STANFORD_TOKENIZE);
        this.ssplit = pipeline.pool.get(Annotator.STANFORD_SSPLIT);
        this.mwt = pipeline.pool.get(Annotator.STANFORD_MWT);
        this.pos = pipeline.pool.get(Annotator.STANFORD_POS);
        this.ner = pipeline.pool.get(Annotator.STANFORD_NER);
        Properties plain = new Properties();
        plain.putAll(props);
        plain.remove("mwt.pos.model");
        this.mwtWithoutTagger = new MWTAnnotator("", plain);
        this.taggedMwtWords = taggedMwtWords(props.getProperty("mwt.statisticalMappingFile"));
    }

    /** Loads the CoreNLP French models (a few seconds, about 400 MB of heap); every sentence is annotated. */
    public static CoreNlpStage load(ModelStore models) {
        return load(models, null);
    }

    /**
     * Loads the CoreNLP French models; the costly annotators run on the sentences
     * {@code gate} names (every sentence when it is null).
     */
    public static CoreNlpStage load(ModelStore models, SentenceGate gate) {
        Properties props = new Properties();
        try (InputStream in = models.open("nlp/corenlp-fr.properties")) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Abbreviations abbreviations = Abbreviations.load(models);
        return new CoreNlpStage(props, new SentenceRepair(abbreviations), new EntitySpans(abbreviations), gate);
    }

    /** The words whose split the mwt stage's tagger decides: the keys ("des-ADP_DET") of its statistical mapping. */
    private static Set<String> taggedMwtWords(String mappingFile) {
        Set<String> words = new HashSet<>();
        if (mappingFile == null || mappingFile.isBlank()) {
            return words;
        }
        for (String line : IOUtils.linesFromFile(mappingFile)) {
            String key = line.split("\t")[0];
            int dash = key.lastIndexOf('-');
            if (dash > 0) {
                words.add(key.substring(0, dash).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** The entity class without its IOB prefix: the French model writes "I-PER". */
    static String label(String ner) {
        if (ner == null || ner.isEmpty()) {
            return "O";
        }
        return ner.length() > 2 && ner.charAt(1) == '-' ? ner.substring(2) : ner;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public Set<Requirement> requires() {
        return EnumSet.of(Requirement.TEXT);
    }

    @Override
    public Set<Requirement> provides() {
        return EnumSet.of(Requirement.SENTENCES, Requirement.TOKENS, Requirement.POS, Requirement.NER);
    }

    @Override
    public void process(Document doc) {
        String text = doc.text();
        Annotation ann = new Annotation(text);
        tokenize.annotate(ann);
        if (ann.get(CoreAnnotations.SentencesAnnotation.class) == null) {
            // CoreNLP 4.5's tokenizer splits sentences itself (the same splits ssplit gives, which
            // then logs an error at every document): ssplit runs only when it did not
            ssplit.annotate(ann);
        }
        LongSentences.Cut cut = LongSentences.cut(text, ann.get(CoreAnnotations.SentencesAnnotation.class));
        ann.set(CoreAnnotations.SentencesAnnotation.class, cut.sentences());
        if (cut.passages() > 0) {
            doc.addWarning(Warning.of(WarningCode.LONG_SENTENCE_CUT, cut.passages() + " passages of more than "
                    + LongSentences.MAX_TOKENS + " tokens with no sentence end (a table, a list, a text without "
                    + "punctuation) were cut into " + cut.pieces() + " sentences of at most " + LongSentences.MAX_TOKENS
                    + " tokens, at a comma or a semicolon where there is one: a claim that runs across a cut is not read"));
        }
        if (gate == null) {
            // the annotators of the full pipeline after its tokenize and ssplit, as StanfordCoreNLP.annotate runs them
            mwt.annotate(ann);
            pos.annotate(ann);
            ner.annotate(ann);
        }
        List<CoreMap> raw = new ArrayList<>();
        List<List<CoreLabel>> rawTokens = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!toks.isEmpty()) {
                raw.add(s);
                rawTokens.add(toks);
            }
        }
        List<int[]> groups = repair.groups(text, rawTokens);
        if (gate != null) {
            annotateGated(text, raw, rawTokens, groups);
        }

        List<Sentence> outSentences = new ArrayList<>(groups.size());
        List<Token> outTokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (int[] g : groups) {
            int si = outSentences.size();
            int first = outTokens.size();
            for (int r = g[0]; r < g[1]; r++) {
                for (CoreLabel t : raw.get(r).get(CoreAnnotations.TokensAnnotation.class)) {
                    outTokens.add(new Token(outTokens.size(), t.beginPosition(), t.endPosition(), t.word(),
                            t.tag(), label(t.ner()), si));
                }
            }
            int start = outTokens.get(first).start();
            int end = outTokens.get(outTokens.size() - 1).end();
            outSentences.add(new Sentence(si, start, end, first, outTokens.size()));
            entities.addAll(entitySpans.entities(text, outTokens.subList(first, outTokens.size()), si));
        }
        doc.setSentences(outSentences);
        doc.setTokens(outTokens);
        for (Entity e : entities) {
            doc.addEntity(e);
        }
    }

    /** mwt, pos and ner on the statistical sentences of the repaired sentences the gate names. */
    private void annotateGated(String text, List<CoreMap> raw, List<List<CoreLabel>> rawTokens, List<int[]> groups) {
        List<Span> spans = new ArrayList<>(groups.size());
        for (int[] g : groups) {
            List<CoreLabel> last = rawTokens.get(g[1] - 1);
            spans.add(new Span(rawTokens.get(g[0]).get(0).beginPosition(), last.get(last.size() - 1).endPosition()));
        }
        List<SentenceGate.Need> needs = gate.needs(text, spans);
        if (needs.size() != groups.size()) {
            throw new IllegalStateException("the sentence gate gave " + needs.size() + " answers for " + groups.size()
                    + " sentences");
        }
        List<CoreMap> splitByTagger = new ArrayList<>();
        List<CoreMap> splitByDictionary = new ArrayList<>();
        List<CoreMap> tagged = new ArrayList<>();
        List<CoreMap> entities = new ArrayList<>();
        for (int k = 0; k < groups.size(); k++) {
            SentenceGate.Need need = needs.get(k);
            if (need == SentenceGate.Need.NOTHING) {
                continue;
            }
            for (int r = groups.get(k)[0]; r < groups.get(k)[1]; r++) {
                CoreMap s = raw.get(r);
                (hasTaggedMwtWord(rawTokens.get(r)) ? splitByTagger : splitByDictionary).add(s);
                entities.add(s);
                if (need == SentenceGate.Need.TAGS_AND_ENTITIES) {
                    tagged.add(s);
                }
            }
        }
        annotate(text, splitByTagger, mwt);
        annotate(text, splitByDictionary, mwtWithoutTagger);
        annotate(text, tagged, pos);
        annotate(text, entities, ner);
    }

    private boolean hasTaggedMwtWord(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (taggedMwtWords.contains(t.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs one annotator on some sentences of the document: every CoreNLP annotator used
     * here works sentence by sentence, and the sentence objects are shared, so their tokens
     * are annotated (or, for mwt, replaced) in place.
     */
    private static void annotate(String text, List<CoreMap> sentences, Annotator annotator) {
        if (sentences.isEmpty()) {
            return;
        }
        Annotation part = new Annotation(text);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreMap s : sentences) {
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
        }
        part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        annotator.annotate(part);
    }
}
