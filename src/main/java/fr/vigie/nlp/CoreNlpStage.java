package fr.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import fr.vigie.model.Document;
import fr.vigie.model.Entity;
import fr.vigie.model.Sentence;
import fr.vigie.model.Token;
import fr.vigie.pipeline.ModelStore;
import fr.vigie.pipeline.Requirement;
import fr.vigie.pipeline.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Sentences, tokens, part-of-speech tags and statistical entities from Stanford CoreNLP's
 * French models (tokenize, ssplit, mwt, pos, ner; settings in
 * {@code models/nlp/corenlp-fr.properties}). The statistical sentence splits are then
 * repaired by {@link SentenceRepair}, and entity spans by {@link EntitySpans}.
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

    private CoreNlpStage(StanfordCoreNLP pipeline, SentenceRepair repair, EntitySpans entitySpans) {
        this.pipeline = pipeline;
        this.repair = repair;
        this.entitySpans = entitySpans;
    }

    /** Loads the CoreNLP French models (a few seconds, about 400 MB of heap). */
    public static CoreNlpStage load(ModelStore models) {
        Properties props = new Properties();
        try (InputStream in = models.open("nlp/corenlp-fr.properties")) {
            props.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Abbreviations abbreviations = Abbreviations.load(models);
        return new CoreNlpStage(new StanfordCoreNLP(props), new SentenceRepair(abbreviations),
                new EntitySpans(abbreviations));
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
        pipeline.annotate(ann);
        List<List<CoreLabel>> raw = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> toks = s.get(CoreAnnotations.TokensAnnotation.class);
            if (!toks.isEmpty()) {
                raw.add(toks);
            }
        }
        List<List<CoreLabel>> sentences = repair.repair(text, raw);

        List<Sentence> outSentences = new ArrayList<>(sentences.size());
        List<Token> outTokens = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        for (List<CoreLabel> toks : sentences) {
            int si = outSentences.size();
            int first = outTokens.size();
            for (CoreLabel t : toks) {
                outTokens.add(new Token(outTokens.size(), t.beginPosition(), t.endPosition(), t.word(),
                        t.tag(), label(t.ner()), si));
            }
            int start = toks.get(0).beginPosition();
            int end = toks.get(toks.size() - 1).endPosition();
            outSentences.add(new Sentence(si, start, end, first, outTokens.size()));
            entities.addAll(entitySpans.entities(text, outTokens.subList(first, outTokens.size()), si));
        }
        doc.setSentences(outSentences);
        doc.setTokens(outTokens);
        for (Entity e : entities) {
            doc.addEntity(e);
        }
    }
}
