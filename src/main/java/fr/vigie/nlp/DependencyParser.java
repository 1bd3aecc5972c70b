package fr.vigie.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import fr.vigie.pipeline.ModelStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * CoreNLP's French dependency parser (the neural transition parser {@code depparse}, Universal
 * Dependencies, model {@code UD_French.gz} of the models-french jar), run on one sentence at a
 * time: tokenize, mwt, pos and depparse over the sentence's text alone, as one sentence, so
 * that a sentence gets the same parse whatever else the document holds and whichever
 * sentences the rest of the pipeline tagged. Settings: {@code models/nlp/corenlp-fr.properties}
 * (the keys of tokenize, mwt, pos, and {@code depparse.model}).
 *
 * <p>The models load on a thread of their own from the moment this object is made (a few
 * seconds); the first parse waits for them. Deterministic; no network. Thread-safe: the
 * annotators are read-only after loading.
 */
public final class DependencyParser {

    private final CompletableFuture<StanfordCoreNLP> pipeline;

    private DependencyParser(Properties props) {
        this.pipeline = CompletableFuture.supplyAsync(() -> new StanfordCoreNLP(props), task -> {
            Thread t = new Thread(task, "vigie-parser-loading");
            t.setDaemon(true);
            t.start();
        });
    }

    /** Starts loading the parser of {@code models}' CoreNLP settings. */
    public static DependencyParser load(ModelStore models) {
        Properties props = new Properties();
        try (InputStream in = models.open("nlp/corenlp-fr.properties")) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        props.setProperty("annotators", "tokenize, ssplit, mwt, pos, depparse");
        props.setProperty("ssplit.isOneSentence", "true");
        props.remove("ssplit.newlineIsSentenceBreak");
        if (props.getProperty("depparse.model") == null) {
            props.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/UD_French.gz");
        }
        return new DependencyParser(props);
    }

    /**
     * One parsed sentence: its words (CoreNLP's, after multi-word tokens are split: "du" is "de"
     * "le", both with the offsets of "du"), each with its character offsets into the document
     * text, universal tag, governor (an index into these arrays, -1 for the root) and relation.
     */
    public record Parse(int[] start, int[] end, String[] word, String[] tag, int[] head, String[] relation) {

        public int size() {
            return word.length;
        }

        /** The words of [from, to) in the document text: those whose offsets overlap it. */
        public List<Integer> overlapping(int from, int to) {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < word.length; i++) {
                if (start[i] < to && from < end[i]) out.add(i);
            }
            return out;
        }

        /** The number of arcs from word {@code i} up to the root. */
        public int depth(int i) {
            int d = 0;
            for (int k = i; head[k] >= 0 && d <= word.length; k = head[k]) d++;
            return d;
        }

        /**
         * The head of the phrase [from, to): the word of the phrase whose governor lies outside
         * it, the one nearest the root when there are several (the first of those); -1 when no
         * word overlaps the phrase.
         */
        public int headOf(int from, int to) {
            List<Integer> in = overlapping(from, to);
            int best = -1;
            int bestDepth = Integer.MAX_VALUE;
            for (int i : in) {
                if (head[i] >= 0 && in.contains(head[i])) continue;
                int d = depth(i);
                if (d < bestDepth) {
                    best = i;
                    bestDepth = d;
                }
            }
            return best;
        }
    }

    /** The parse of the text [start, end) of {@code text}, read as one sentence. */
    public Parse parse(String text, int start, int end) {
        StanfordCoreNLP nlp;
        try {
            nlp = pipeline.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        Annotation ann = new Annotation(text.substring(start, end));
        nlp.annotate(ann);
        List<CoreLabel> tokens = new ArrayList<>();
        List<SemanticGraph> graphs = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
            offsets.add(tokens.size());
            tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            graphs.add(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class));
        }
        int n = tokens.size();
        int[] st = new int[n], en = new int[n], head = new int[n];
        String[] word = new String[n], tag = new String[n], rel = new String[n];
        int g = 0;
        for (int i = 0; i < n; i++) {
            while (g + 1 < offsets.size() && offsets.get(g + 1) <= i) g++;
            CoreLabel t = tokens.get(i);
            st[i] = start + t.beginPosition();
            en[i] = start + t.endPosition();
            word[i] = t.word();
            tag[i] = t.tag();
            head[i] = -1;
            rel[i] = "root";
            SemanticGraph graph = graphs.get(g);
            IndexedWord w = graph == null ? null : graph.getNodeByIndexSafe(t.index());
            if (w == null) continue;
            // one sentence is asked for; should CoreNLP still give several, each keeps its own tree
            List<SemanticGraphEdge> in = graph.incomingEdgeList(w);
            if (!in.isEmpty()) {
                SemanticGraphEdge e = in.get(0);
                head[i] = offsets.get(g) + e.getGovernor().index() - 1;
                rel[i] = e.getRelation().toString();
            }
        }
        return new Parse(st, en, word, tag, head, rel);
    }
}
